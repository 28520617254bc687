// The HTTP client the connector (the bot's replies to Teams) sends through. botbuilder's default client
// retries 5xx and 429 (honouring Retry-After) but sets no timeout, so a serviceUrl that accepts a
// connection and never answers would hold a turn forever, and a Retry-After of an hour would be obeyed.
// botbuilder lets us replace only the client under its retry policy (ConnectorClientOptions.httpClient),
// and no library offers one with these bounds, so this small one is written here:
// - each attempt is aborted after `timeoutMs`, or at the turn's deadline if that comes first;
// - Retry-After (and the -ms variants botbuilder's pipeline prefers) is capped at `maxRetryAfterMs`;
// - a failed attempt is answered as a failure the pipeline does not retry (a plain Error) when its retry
//   would not fit in what is left of the turn, so the turn ends by its deadline instead of after it;
// - once Teams timed out, refused or reset a connection in a turn, that turn sends nothing more.
// The retries themselves stay botbuilder's. Errors thrown here are plain Errors: botbuilder's pipeline
// retries only its own RestErrors, so a timed-out or refused attempt is not retried into the same failure.
import { markDown, type TurnDeadlines, type TurnOutbound } from './turn-deadline';

import type { HeadersLike, RequestLike, ResponseLike } from './compat-http';

export type CompatResponse = ResponseLike;

export interface BoundedHttpClientOptions {
  timeoutMs: number;
  maxRetryAfterMs: number;
  /** Per-turn deadlines and failures; without it only the per-attempt bounds apply. */
  turns?: TurnDeadlines;
  now?: () => number;
}

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
function retryAfterMs(value: string, now: number, maxMs: number): number {
  const seconds = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : (Date.parse(value) - now) / 1000;
  if (!Number.isFinite(seconds) || seconds < 0) return 0;
  return Math.min(seconds * 1000, maxMs);
}

/** The wait a 429/503 asks for, from whichever header botbuilder's pipeline would read first, capped. */
function requestedWaitMs(headers: Headers, now: number, maxMs: number): number | null {
  for (const name of ['retry-after-ms', 'x-ms-retry-after-ms']) {
    const v = Number(headers.get(name));
    if (headers.has(name) && Number.isFinite(v) && v >= 0) return Math.min(v, maxMs);
  }
  const v = headers.get('retry-after');
  return v === null ? null : retryAfterMs(v, now, maxMs);
}

function describe(error: unknown, timeoutMs: number): string {
  const e = error as { name?: string; cause?: { code?: string }; message?: string };
  if (e?.name === 'TimeoutError') return `no answer within ${Math.round(timeoutMs)} ms`;
  return e?.cause?.code ?? e?.message ?? String(error);
}

export function createBoundedHttpClient(options: BoundedHttpClientOptions) {
  const now = options.now ?? Date.now;
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
      const signals = [AbortSignal.timeout(timeoutMs)];
      if (request.abortSignal) signals.push(request.abortSignal);
      const body =
        request.body === undefined || request.body === null ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      let res: Response;
      let bodyAsText: string;
      try {
        res = await fetch(request.url, {
          method: request.method,
          headers: request.headers.toJson({ preserveCase: true }),
          body,
          signal: AbortSignal.any(signals),
        });
        bodyAsText = await res.text();
      } catch (error) {
        // Aborted by the pipeline itself (the caller gave up): not Teams' failure.
        if (request.abortSignal?.aborted) throw error;
        throw giveUp(turn, describe(error, timeoutMs));
      }

      let wait: number | null = null;
      if (res.status === 429 || res.status === 503) wait = requestedWaitMs(res.headers, now(), options.maxRetryAfterMs);
      if (turn) {
        turn.trouble = res.status >= 400 ? `Teams answered ${res.status}` : null;
        if (isRetried(res.status)) {
          // Would botbuilder's pause before the retry, and the retry itself, still end by the deadline?
          const pause = wait ?? LONGEST_5XX_RETRY_PAUSE_MS;
          if (turn.deadline - now() < pause + MIN_ATTEMPT_MS) {
            throw giveUp(
              turn,
              `Teams answered ${res.status}${wait !== null ? ` asking to retry in ${Math.round(wait / 1000)} s` : ''}, and a retry would not fit in the turn`,
            );
          }
        }
      }
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        // The capped wait is written as Retry-After; the -ms variants would otherwise be read uncapped.
        if (k === 'retry-after' || k === 'retry-after-ms' || k === 'x-ms-retry-after-ms') return;
        headers[k] = v;
      });
      if (wait !== null) headers['retry-after'] = String(wait / 1000);
      return { request, status: res.status, headers: headersLike(headers), bodyAsText };
    },
  };
}
