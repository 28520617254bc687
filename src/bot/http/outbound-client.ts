// The HTTP client the connector (the bot's replies to Teams) sends through. botbuilder's default client
// retries 5xx and 429 (honouring Retry-After) but sets no timeout, so a serviceUrl that accepts a
// connection and never answers would hold a turn forever, and a Retry-After of an hour would be obeyed.
// botbuilder lets us replace only the client under its retry policy (ConnectorClientOptions.httpClient),
// and no library offers one with these two bounds, so this small one is written here: each attempt is
// aborted after `timeoutMs`, and Retry-After is capped at `maxRetryAfterMs`. The retries stay botbuilder's.

/** The parts of the compat request/response shapes (@azure/core-http-compat) that this client uses. */
interface HeadersLike {
  toJson(options?: { preserveCase?: boolean }): Record<string, string>;
}
interface RequestLike {
  url: string;
  method: string;
  headers: HeadersLike;
  body?: unknown;
  abortSignal?: AbortSignal;
}
export interface CompatResponse {
  request: RequestLike;
  status: number;
  headers: HeadersLike;
  bodyAsText?: string;
}

export interface BoundedHttpClientOptions {
  timeoutMs: number;
  maxRetryAfterMs: number;
}

function headersLike(values: Record<string, string>): HeadersLike {
  return { toJson: () => ({ ...values }) };
}

/** Caps a Retry-After value (seconds, or an HTTP date) to at most `maxMs`, written back in seconds. */
export function capRetryAfter(value: string, maxMs: number, now = Date.now()): string {
  const seconds = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : (Date.parse(value) - now) / 1000;
  if (!Number.isFinite(seconds) || seconds < 0) return '0';
  return String(Math.min(seconds, maxMs / 1000));
}

export function createBoundedHttpClient(options: BoundedHttpClientOptions) {
  return {
    async sendRequest(request: RequestLike): Promise<CompatResponse> {
      const signals = [AbortSignal.timeout(options.timeoutMs)];
      if (request.abortSignal) signals.push(request.abortSignal);
      const body = request.body === undefined || request.body === null ? undefined : typeof request.body === 'string' ? request.body : JSON.stringify(request.body);
      const res = await fetch(request.url, {
        method: request.method,
        headers: request.headers.toJson({ preserveCase: true }),
        body,
        signal: AbortSignal.any(signals),
      });
      const bodyAsText = await res.text();
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => {
        headers[k] = k === 'retry-after' ? capRetryAfter(v, options.maxRetryAfterMs) : v;
      });
      return { request, status: res.status, headers: headersLike(headers), bodyAsText };
    },
  };
}
