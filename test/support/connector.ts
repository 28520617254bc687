// A local Bot Framework connector: the bot's replies (POST/PUT to {serviceUrl}/v3/conversations/...) land
// here and are recorded, so tests read exactly what Teams would have received.
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export interface Recorded {
  method: string;
  path: string;
  conversationId: string;
  /** The activity the bot sent. */
  activity: Record<string, any>;
}

export interface LocalConnector {
  serviceUrl: string;
  replies: Recorded[];
  /** Replies sent to one conversation. */
  to(conversationId: string): Recorded[];
  /** Waits until at least `count` replies have arrived for the conversation (or all, without one). */
  waitFor(count: number, conversationId?: string, timeoutMs?: number): Promise<Recorded[]>;
  clear(): void;
  close(): Promise<void>;
  /**
   * Make the connector misbehave (for one conversation, or all): answer `status` (with Retry-After) for the
   * next `times` requests (all, without it), answer after `delayMs`, or never answer (`hang`). null resets.
   */
  behave(b: Behaviour | null, conversationId?: string): void;
  /** Every request that reached the connector, answered or not: attempts per conversation. */
  attempts(conversationId: string): number;
}

export interface Behaviour {
  status?: number;
  times?: number;
  delayMs?: number;
  retryAfter?: string;
  hang?: boolean;
}

export async function startConnector(): Promise<LocalConnector> {
  const replies: Recorded[] = [];
  const behaviours = new Map<string, Behaviour>();
  const attempts = new Map<string, number>();
  let counter = 0;
  const server = http.createServer((req, res) => {
    // Tell the bot's client to stop reusing an idle connection well before this server closes it (as the
    // bot's own server does, src/bot/http/limits.ts): a Node server closing at exactly the time it
    // advertises resets a reply written at the last moment on a busy machine, which the real Bot Connector
    // service, keeping idle connections for minutes, does not do.
    res.setHeader('Keep-Alive', 'timeout=5');
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      const match = /^\/v3\/conversations\/([^/]+)\/activities/.exec(req.url ?? '');
      const conversationId = match ? decodeURIComponent(match[1]!) : '';
      attempts.set(conversationId, (attempts.get(conversationId) ?? 0) + 1);
      const key = behaviours.has(conversationId) ? conversationId : '*';
      let behaviour = behaviours.get(key) ?? null;
      if (behaviour?.times !== undefined) {
        if (behaviour.times <= 0) behaviour = null;
        else behaviours.set(key, { ...behaviour, times: behaviour.times - 1 });
      }
      const respond = () => {
        if (behaviour?.hang) return; // never answers: the bot must bound its own wait
        if (behaviour?.status && behaviour.status >= 400) {
          if (behaviour.retryAfter) res.setHeader('retry-after', behaviour.retryAfter);
          res.writeHead(behaviour.status, { 'content-type': 'application/json' });
          res.end(JSON.stringify({ error: { code: 'Fault', message: 'injected' } }));
          return;
        }
        if (match) {
          let activity: Record<string, any> = {};
          try {
            activity = JSON.parse(Buffer.concat(chunks).toString('utf8'));
          } catch {
            /* recorded as empty */
          }
          replies.push({ method: req.method ?? '', path: req.url ?? '', conversationId, activity });
        }
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ id: `reply-${++counter}` }));
      };
      if (behaviour?.delayMs) setTimeout(respond, behaviour.delayMs);
      else respond();
    });
  });
  server.keepAliveTimeout = 15_000;
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  const to = (id: string) => replies.filter((r) => r.conversationId === id);
  return {
    serviceUrl: `http://127.0.0.1:${port}/`,
    replies,
    to,
    async waitFor(count, conversationId, timeoutMs = 5000) {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const got = conversationId ? to(conversationId) : replies;
        if (got.length >= count) return got;
        if (Date.now() > deadline) throw new Error(`expected ${count} replies${conversationId ? ` to ${conversationId}` : ''}, got ${got.length}`);
        await new Promise((r) => setTimeout(r, 10));
      }
    },
    clear: () => {
      replies.length = 0;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
    behave: (b, conversationId = '*') => {
      if (b) behaviours.set(conversationId, b);
      else behaviours.delete(conversationId);
    },
    attempts: (conversationId) => attempts.get(conversationId) ?? 0,
  };
}
