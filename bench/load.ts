// A small HTTP load generator: N keep-alive connections, each POSTing the next activity as soon as its
// previous request is answered (closed loop), until a time limit or a request count is reached.
// A request's latency is from writing the request to the end of its response: for a message activity,
// CloudAdapter answers only after the turn, including the reply sent to the connector.
import http from 'node:http';
import { summary } from './stats';

export interface LoadOptions {
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  bodies: readonly Buffer[];
  connections: number;
  /** Stop issuing requests after this long. */
  durationMs: number;
  /** ...or after this many requests, whichever comes first. */
  maxRequests?: number;
  /** Where in `bodies` to start. */
  offset?: number;
  /** One request's time limit. */
  timeoutMs?: number;
}

export interface LoadResult {
  requests: number;
  /** Requests that did not get a 200 (errors, timeouts, other statuses). */
  failed: number;
  elapsedMs: number;
  rps: number;
  /** Latency in µs. */
  latency: ReturnType<typeof summary>;
}

export async function drive(o: LoadOptions): Promise<LoadResult> {
  const target = new URL('/api/messages', o.url);
  const agent = new http.Agent({ keepAlive: true, maxSockets: o.connections });
  const timeoutMs = o.timeoutMs ?? 10_000;
  const maxRequests = o.maxRequests ?? Number.POSITIVE_INFINITY;
  const latencies: number[] = [];
  let issued = 0;
  let failed = 0;
  let next = o.offset ?? 0;
  const started = process.hrtime.bigint();
  const deadline = started + BigInt(Math.round(o.durationMs * 1e6));

  const post = (body: Buffer) =>
    new Promise<number>((resolve) => {
      const req = http.request(
        {
          agent,
          host: target.hostname,
          port: target.port,
          path: target.pathname,
          method: 'POST',
          headers: { 'content-type': 'application/json', 'content-length': body.length },
          timeout: timeoutMs,
        },
        (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
          res.on('error', () => resolve(0));
        },
      );
      req.on('timeout', () => req.destroy(new Error('timeout')));
      req.on('error', () => resolve(0));
      req.end(body);
    });

  const worker = async () => {
    while (issued < maxRequests && process.hrtime.bigint() < deadline) {
      issued++;
      const body = o.bodies[next++ % o.bodies.length]!;
      const t0 = process.hrtime.bigint();
      const status = await post(body);
      if (status === 200) latencies.push(Number(process.hrtime.bigint() - t0) / 1000);
      else {
        failed++;
        await new Promise((r) => setTimeout(r, 10)); // an error must not become a busy loop
      }
    }
  };
  await Promise.all(Array.from({ length: o.connections }, worker));
  const elapsedMs = Number(process.hrtime.bigint() - started) / 1e6;
  agent.destroy();
  return { requests: issued, failed, elapsedMs, rps: (issued - failed) / (elapsedMs / 1000), latency: summary(latencies) };
}
