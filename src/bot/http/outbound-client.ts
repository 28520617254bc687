// The HTTP client the connector (the bot's replies to Teams) sends through. botbuilder's default client
// retries 5xx and 429 (honouring Retry-After) but sets no timeout, so a serviceUrl that accepts a
// connection and never answers would hold a turn forever, and a Retry-After of an hour would be obeyed.
// botbuilder lets us replace only the client under its retry policy (ConnectorClientOptions.httpClient),
// and no library offers one with these bounds, so this small one is written here, over undici:
// - each attempt is aborted after `timeoutMs`, or at the turn's deadline if that comes first;
// - Retry-After (and the -ms variants botbuilder's pipeline prefers) is capped at `maxRetryAfterMs`;
// - a failed attempt is answered as a failure the pipeline does not retry (a plain Error) when its retry
//   would not fit in what is left of the turn, so the turn ends by its deadline instead of after it;
// - once Teams timed out, refused or reset a connection in a turn, that turn sends nothing more.
// The retries themselves stay botbuilder's. Errors thrown here are plain Errors: botbuilder's pipeline
// retries only its own RestErrors, so a timed-out or refused attempt is not retried into the same failure.
// Why undici's `request` and not the global fetch: measured under the bench's bare echo bot (bench/compare.ts,
// docs/BENCHMARKS.md), fetch with AbortSignal.any/timeout cost about twice botbuilder's default client's CPU
// per reply (WHATWG Request/Response/Headers objects, web streams, signal plumbing); undici's request API on
// one keep-alive Agent (a connection pool per serviceUrl origin) costs less than botbuilder's default.
import { Agent, request as send, type Dispatcher } from 'undici';
import { markDown, type TurnDeadlines, type TurnOutbound } from './turn-deadline';

import type { HeadersLike, RequestLike, ResponseLike } from './compat-http';

export type CompatResponse = ResponseLike;

export interface BoundedHttpClientOptions {
  timeoutMs: number;
  maxRetryAfterMs: number;
  /** Per-turn deadlines and failures; without it only the per-attempt bounds apply. */
  turns?: TurnDeadlines;
  now?: () => number;
  /** Where requests go; by default one keep-alive Agent for this client (a connection pool per origin). */
  dispatcher?: Dispatcher;
}

/** A connector's answer to a reply is a small JSON object; anything far bigger is not read whole. */
export const MAX_RESPONSE_BYTES = 1 << 20;

/** Shortest attempt worth starting: below this the turn's remaining time is treated as spent. */
export const MIN_ATTEMPT_MS = 250;
/** The longest pause botbuilder's pipeline makes before retrying a 5xx without Retry-After: 1, 2, then 4 s
 *  (exponential, with jitter below it; @typespec/ts-http-runtime exponentialRetryStrategy, 3 retries). */
export const LONGEST_5XX_RETRY_PAUSE_MS = 4_000;
/** Statuses botbuilder's pipeline retries (exponentialRetryStrategy and throttlingRetryStrategy). */
const isRetried = (status: number) => status === 408 || status === 429 || (status >= 500 && status !== 501 && status !== 505);

function headersLike(values: Record<string, string>): HeadersLike {
  return { toJson: () => ({ ...values }) };
}

/** Caps a Retry-After value (seconds, or an HTTP date) to at most `maxMs`, written back in seconds. */
export function capRetryAfter(value: string, maxMs: number, now = Date.now()): string {
  return String(retryAfterMs(value, now, maxMs) / 1000);
}

/** A Retry-After value (seconds or an HTTP date) in ms, 0 when unreadable or past, at most `maxMs`. */
export function retryAfterMs(value: string, now: number, maxMs: number): number {
  const seconds = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : (Date.parse(value) - now) / 1000;
  if (!Number.isFinite(seconds) || seconds < 0) return 0;
  return Math.min(seconds * 1000, maxMs);
}

type ResponseHeaders = Record<string, string | string[] | undefined>;

const headerValue = (headers: ResponseHeaders, name: string): string | undefined => {
  const v = headers[name];
  return Array.isArray(v) ? v[0] : v;
};

/** The wait a 429/503 asks for, from whichever header botbuilder's pipeline would read first, capped. */
function requestedWaitMs(headers: ResponseHeaders, now: number, maxMs: number): number | null {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const raw = headerValue(headers, name);
    const v = Number(raw);
    if (raw !== undefined && Number.isFinite(v) && v >= 0) return Math.min(v, maxMs);
  }
  const v = headerValue(headers, 'retry-after');
  return v === undefined ? null : retryAfterMs(v, now, maxMs);
}

class AttemptTimedOut extends Error {}

function describe(error: unknown, timeoutMs: number, timedOut: boolean): string {
  const e = error as { name?: string; code?: string; cause?: { code?: string }; message?: string };
  if (timedOut || error instanceof AttemptTimedOut || e?.code === 'UND_ERR_HEADERS_TIMEOUT' || e?.code === 'UND_ERR_BODY_TIMEOUT') {
    return `no answer within ${Math.round(timeoutMs)} ms`;
  }
  return e?.code ?? e?.cause?.code ?? e?.message ?? String(error);
}

export function createBoundedHttpClient(options: BoundedHttpClientOptions) {
  const now = options.now ?? Date.now;
  // Per-phase limits as a second line behind the attempt's timer; maxResponseSize bounds what is read.
  // Idle connections keep undici's defaults (4 s, or the server's Keep-Alive hint less 2 s): a connection is
  // let go before the server closes it, since a reply POSTed on a connection the server just closed fails
  // and is not retried.
  const dispatcher =
    options.dispatcher ?? new Agent({ headersTimeout: options.timeoutMs, bodyTimeout: options.timeoutMs, maxResponseSize: MAX_RESPONSE_BYTES });
  const giveUp = (turn: TurnOutbound | undefined, reason: string): Error => {
    markDown(turn, reason);
    return new Error(`reply to Teams abandoned: ${reason}`);
  };
  return {
    async sendRequest(request: RequestLike): Promise<CompatResponse> {
      const turn = options.turns?.current();
      if (turn?.down) throw new Error(`reply to Teams not sent: the connector already failed in this turn (${turn.down})`);
      const remaining = turn ? turn.deadline - now() : Infinity;
      if (remaining < MIN_ATTEMPT_MS) throw giveUp(turn, 'the turn’s deadline has passed');
      const timeoutMs = Math.min(options.timeoutMs, remaining);
      // One timer bounds the whole attempt (connecting, sending, headers and body); the pipeline's own
      // signal (its caller giving up) aborts it too.
      const abort = new AbortController();
      const timer = setTimeout(() => abort.abort(new AttemptTimedOut()), timeoutMs);
      const outer = request.abortSignal;
      const follow = () => abort.abort(outer?.reason);
      outer?.addEventListener('abort', follow, { once: true });
      const body =
        request.body === undefined || request.body === null ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      let status: number;
      let received: ResponseHeaders;
      let bodyAsText: string;
      try {
        const res = await send(request.url, {
          dispatcher,
          method: request.method as Dispatcher.HttpMethod,
          headers: request.headers.toJson({ preserveCase: true }),
          body,
          signal: abort.signal,
        });
        status = res.statusCode;
        received = res.headers;
        bodyAsText = await res.body.text();
      } catch (error) {
        // Aborted by the pipeline itself (the caller gave up): not Teams' failure.
        if (outer?.aborted) throw error;
        throw giveUp(turn, describe(error, timeoutMs, abort.signal.aborted));
      } finally {
        clearTimeout(timer);
        outer?.removeEventListener('abort', follow);
      }

      let wait: number | null = null;
      if (status === 429 || status === 503) wait = requestedWaitMs(received, now(), options.maxRetryAfterMs);
      if (turn) {
        turn.trouble = status >= 400 ? `Teams answered ${status}` : null;
        if (isRetried(status)) {
          // Would botbuilder's pause before the retry, and the retry itself, still end by the deadline?
          const pause = wait ?? LONGEST_5XX_RETRY_PAUSE_MS;
          if (turn.deadline - now() < pause + MIN_ATTEMPT_MS) {
            throw giveUp(
              turn,
              `Teams answered ${status}${wait !== null ? ` asking to retry in ${Math.round(wait / 1000)} s` : ''}, and a retry would not fit in the turn`,
            );
          }
        }
      }
      const headers: Record<string, string> = {};
      for (const k in received) {
        const v = received[k];
        // The capped wait is written as Retry-After; the -ms variants would otherwise be read uncapped.
        if (v === undefined || k === 'retry-after' || k === 'retry-after-ms' || k === 'x-ms-retry-after-ms') continue;
        headers[k] = Array.isArray(v) ? v.join(', ') : v;
      }
      if (wait !== null) headers['retry-after'] = String(wait / 1000);
      return { request, status, headers: headersLike(headers), bodyAsText };
    },
  };
}
