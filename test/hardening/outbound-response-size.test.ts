// The outbound client (src/bot/http/outbound-client.ts) reads a connector's answer only up to
// MAX_RESPONSE_BYTES: a connector that answers a reply with an endless body costs the turn one failed
// attempt, not the process's memory; and connections to one serviceUrl are reused between replies.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { MAX_RESPONSE_BYTES, createBoundedHttpClient } from '../../src/bot/http/outbound-client';
import { createTurnDeadlines } from '../../src/bot/http/turn-deadline';

let server: http.Server;
let url = '';
let huge = false;
const sockets = new Set<unknown>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    sockets.add(req.socket);
    req.resume();
    req.on('end', () => {
      // Not chained: restify, loaded by other tests in the same worker, replaces writeHead with one that returns nothing.
      res.writeHead(200, { 'content-type': 'application/json' });
      if (!huge) return void res.end('{"id":"1"}');
      const chunk = Buffer.alloc(64 * 1024, 'a');
      let sent = 0;
      const more = () => {
        while (sent < 4 * MAX_RESPONSE_BYTES && !res.destroyed) {
          sent += chunk.length;
          if (!res.write(chunk)) return void res.once('drain', more);
        }
        res.end();
      };
      more();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/conversations/x/activities`;
});
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

const request = () => ({ url, method: 'POST', headers: { toJson: () => ({ 'content-type': 'application/json' }) }, body: '{"type":"message"}' });

test('an answer larger than the bound fails the attempt, and the turn sends nothing more', async () => {
  const turns = createTurnDeadlines(10_000);
  const client = createBoundedHttpClient({ timeoutMs: 5_000, maxRetryAfterMs: 1_000, turns });
  huge = true;
  try {
    await turns.run(async () => {
      await expect(client.sendRequest(request())).rejects.toThrow(/reply to Teams abandoned/);
      expect(turns.current()?.down).toBeTruthy();
    });
  } finally {
    huge = false;
  }
});

test('replies to one serviceUrl, one after another, reuse kept-alive connections instead of opening one each', async () => {
  const client = createBoundedHttpClient({ timeoutMs: 5_000, maxRetryAfterMs: 1_000 });
  sockets.clear();
  for (let i = 0; i < 10; i++) {
    const res = await client.sendRequest(request());
    expect([res.status, res.bodyAsText]).toEqual([200, '{"id":"1"}']);
  }
  // undici may open a second connection while the first is being handed back, never one per reply.
  expect(sockets.size).toBeLessThanOrEqual(2);
});
