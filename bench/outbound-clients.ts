// Outbound HTTP clients to measure under botbuilder's connector, one at a time in the bare echo bot
// (BARE_CLIENT=<name>): the product's own (src/bot/http/outbound-client.ts, with its bounds) and bare
// transports without any bound, to see what the transport itself costs per reply. Bench-only.
import { Agent, Pool, request as undiciRequest } from 'undici';
import type { RequestLike, ResponseLike } from '../src/bot/http/compat-http';
import { createBoundedHttpClient } from '../src/bot/http/outbound-client';

export const OUTBOUND_CLIENT_NAMES = ['project', 'fetch', 'fetch-signals', 'undici-request', 'undici-pool'] as const;
export type OutboundClientName = (typeof OUTBOUND_CLIENT_NAMES)[number];

interface CompatClient {
  sendRequest(request: RequestLike): Promise<ResponseLike>;
}

const bodyOf = (r: RequestLike) => (r.body === undefined || r.body === null ? undefined : typeof r.body === 'string' ? r.body : JSON.stringify(r.body));
const headersOf = (values: Record<string, string>) => ({ toJson: () => ({ ...values }) });

function fetchClient(signals: boolean): CompatClient {
  return {
    async sendRequest(request) {
      const res = await fetch(request.url, {
        method: request.method,
        headers: request.headers.toJson({ preserveCase: true }),
        body: bodyOf(request),
        signal: signals ? AbortSignal.any([AbortSignal.timeout(10_000)]) : undefined,
      });
      const bodyAsText = await res.text();
      const headers: Record<string, string> = {};
      res.headers.forEach((v, k) => (headers[k] = v));
      return { request, status: res.status, headers: headersOf(headers), bodyAsText };
    },
  };
}

function undiciClient(pooled: boolean): CompatClient {
  const agent = new Agent({ keepAliveTimeout: 30_000 });
  const pools = new Map<string, Pool>();
  const dispatcherFor = (url: URL) => {
    if (!pooled) return agent;
    let pool = pools.get(url.origin);
    if (!pool) pools.set(url.origin, (pool = new Pool(url.origin, { keepAliveTimeout: 30_000 })));
    return pool;
  };
  return {
    async sendRequest(request) {
      const url = new URL(request.url);
      const res = await undiciRequest(url, {
        dispatcher: dispatcherFor(url),
        method: request.method as 'POST',
        headers: request.headers.toJson({ preserveCase: true }),
        body: bodyOf(request),
        headersTimeout: 10_000,
        bodyTimeout: 10_000,
      });
      const bodyAsText = await res.body.text();
      const headers: Record<string, string> = {};
      for (const [k, v] of Object.entries(res.headers)) if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
      return { request, status: res.statusCode, headers: headersOf(headers), bodyAsText };
    },
  };
}

export function outboundClient(name: OutboundClientName): CompatClient {
  switch (name) {
    case 'project':
      return createBoundedHttpClient({ timeoutMs: 10_000, maxRetryAfterMs: 5_000 });
    case 'fetch':
      return fetchClient(false);
    case 'fetch-signals':
      return fetchClient(true);
    case 'undici-request':
      return undiciClient(false);
    case 'undici-pool':
      return undiciClient(true);
  }
}
