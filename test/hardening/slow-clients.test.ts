// Slow and idle clients, and floods of connections: a client that sends its headers a byte at a time, or
// its body a byte at a time, is cut at the header or request timeout (Node's own defaults would let it
// hold the connection for 60 s and 300 s); connections over the cap are closed at once while the bot goes
// on answering; an idle keep-alive connection is kept a little longer than clients are told.
// The limits are set small here through the same settings as in production (HTTP_* in .env.example).
// Times are asserted only loosely: never cut before the limit, and cut well before Node's defaults.
import http from 'node:http';
import type { App } from '../../src/bot/app';
import { capturingLogger, post, startBot, withBot } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { personalMessage } from '../support/fixtures';
import { rawConnect, type RawConnection } from '../support/raw-http';

jest.setTimeout(60_000);

const HEADERS_MS = 600;
const REQUEST_MS = 1_500;
/** Far under Node's defaults (60 s for headers, 300 s for the request), far over the limits above. */
const CUT_WELL_BEFORE_MS = 15_000;

function hostOf(url: string): string {
  return new URL(url).host;
}

describe('timeouts', () => {
  const bot = withBot({ HTTP_HEADERS_TIMEOUT_MS: String(HEADERS_MS), HTTP_REQUEST_TIMEOUT_MS: String(REQUEST_MS), HTTP_KEEP_ALIVE_TIMEOUT_MS: '1000' });

  async function stillAnswers() {
    const conv = `a:alive-${Math.random()}`;
    expect((await post(bot.app.url, personalMessage(bot.connector.serviceUrl, 'models', conv))).status).toBe(200);
    await bot.connector.waitFor(1, conv);
  }

  test('a client sending its headers a byte every 50 ms is cut with 408 after the header timeout', async () => {
    const c = await rawConnect(bot.app.url);
    c.trickle(`POST /api/messages HTTP/1.1\r\nHost: ${hostOf(bot.app.url)}\r\nContent-Type: application/json\r\nX-Padding: ${'a'.repeat(10_000)}`, 50);
    const { afterMs, text } = await c.closed;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(afterMs).toBeGreaterThanOrEqual(HEADERS_MS - 50);
    expect(afterMs).toBeLessThan(CUT_WELL_BEFORE_MS);
    await stillAnswers();
  });

  test('a connection that sends nothing is cut after the header timeout', async () => {
    const c = await rawConnect(bot.app.url);
    const { afterMs } = await c.closed;
    expect(afterMs).toBeGreaterThanOrEqual(HEADERS_MS - 50);
    expect(afterMs).toBeLessThan(CUT_WELL_BEFORE_MS);
  });

  test('a client sending its headers, then its body a byte every 50 ms, is cut with 408 after the request timeout, and no turn runs', async () => {
    const conv = 'a:slow-body';
    const body = JSON.stringify(personalMessage(bot.connector.serviceUrl, `models ${' '.repeat(2_000)}`, conv));
    const c = await rawConnect(bot.app.url);
    c.socket.write(
      `POST /api/messages HTTP/1.1\r\nHost: ${hostOf(bot.app.url)}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n`,
    );
    c.trickle(body, 50);
    const { afterMs, text } = await c.closed;
    expect(text).toMatch(/^HTTP\/1\.1 408 /);
    expect(afterMs).toBeGreaterThanOrEqual(REQUEST_MS - 50);
    expect(afterMs).toBeLessThan(CUT_WELL_BEFORE_MS);
    expect(bot.connector.to(conv)).toHaveLength(0);
    await stillAnswers();
  });

  test('a turn that takes longer than the request timeout is not cut: the limit is on receiving the request', async () => {
    const conv = 'a:slow-turn';
    bot.connector.behave({ delayMs: REQUEST_MS + 1_000 }, conv); // the reply to Teams is slow, so the turn is
    const res = await post(bot.app.url, personalMessage(bot.connector.serviceUrl, 'models', conv));
    bot.connector.behave(null, conv);
    expect(res.status).toBe(200);
    expect(bot.connector.to(conv)).toHaveLength(1);
  });

  test('an idle keep-alive connection is advertised for 1 s and still answers a request sent on it after 2 s', async () => {
    const request = (conv: string) => {
      const body = JSON.stringify(personalMessage(bot.connector.serviceUrl, 'models', conv));
      return `POST /api/messages HTTP/1.1\r\nHost: ${hostOf(bot.app.url)}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`;
    };
    const answers = (c: RawConnection) => c.received().match(/^HTTP\/1\.1 \d+ .*$/gm) ?? [];
    const c = await rawConnect(bot.app.url);
    c.socket.write(request('a:keep-alive-1'));
    await bot.connector.waitFor(1, 'a:keep-alive-1');
    for (let i = 0; i < 100 && answers(c).length < 1; i++) await new Promise((r) => setTimeout(r, 20));
    expect(c.received()).toMatch(/^HTTP\/1\.1 200 OK\r\n(.*\r\n)*Keep-Alive: timeout=1\r\n/i);
    // A client that reuses the connection later than it was told (here on purpose; on a busy machine, by a
    // stalled event loop) is still served on the same connection, not reset.
    await new Promise((r) => setTimeout(r, 2_000));
    c.socket.write(request('a:keep-alive-2'));
    await bot.connector.waitFor(1, 'a:keep-alive-2');
    for (let i = 0; i < 100 && answers(c).length < 2; i++) await new Promise((r) => setTimeout(r, 20));
    expect(answers(c)).toEqual(['HTTP/1.1 200 OK', 'HTTP/1.1 200 OK']);
    c.socket.destroy();
  });
});

describe('the connection cap', () => {
  const CAP = 4;
  let app: App;
  let connector: LocalConnector;
  const logged = capturingLogger('warn');
  const held: RawConnection[] = [];
  beforeAll(async () => {
    connector = await startConnector();
    // A long keep-alive, so the client's open connection outlives any stall of a busy machine.
    app = await startBot({ HTTP_MAX_CONNECTIONS: String(CAP), HTTP_KEEP_ALIVE_TIMEOUT_MS: '60000' }, {}, logged.log);
  });
  afterAll(async () => {
    for (const c of held) c.socket.destroy();
    await app?.close(1_000);
    await connector?.close();
  });

  async function connections(): Promise<number> {
    return new Promise((resolve, reject) => app.server.server.getConnections((err, n) => (err ? reject(err) : resolve(n))));
  }

  test('connections over the cap are closed at once while the bot goes on answering on its open connections', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
    const ask = (conv: string) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request(`${app.url}/api/messages`, { method: 'POST', agent, headers: { 'content-type': 'application/json' } }, (res) => {
          res.resume();
          res.on('end', () => resolve(res.statusCode ?? 0));
        });
        req.on('error', reject);
        req.end(JSON.stringify(personalMessage(connector.serviceUrl, 'models', conv)));
      });
    // One kept-alive connection that serves normal requests, and idle ones up to the cap.
    expect(await ask('a:cap-before')).toBe(200);
    for (let i = 1; i < CAP; i++) held.push(await rawConnect(app.url));
    for (let i = 0; i < 50 && (await connections()) < CAP; i++) await new Promise((r) => setTimeout(r, 20));
    expect(await connections()).toBe(CAP);

    const over = await Promise.all([rawConnect(app.url), rawConnect(app.url)]);
    for (const c of over) c.socket.write(`GET /healthz HTTP/1.1\r\nHost: ${hostOf(app.url)}\r\n\r\n`);
    const cut = await Promise.all(over.map((c) => c.closed));
    expect(cut.map((c) => c.text)).toEqual(['', '']); // closed unanswered, not queued
    expect(cut.every((c) => c.afterMs < CUT_WELL_BEFORE_MS)).toBe(true);

    // At the cap, the open connection is still served.
    expect(await ask('a:cap-during')).toBe(200);
    await connector.waitFor(1, 'a:cap-during');
    // Once a held connection goes, a new one is accepted again.
    held.pop()!.socket.destroy();
    for (let i = 0; i < 50 && (await connections()) >= CAP; i++) await new Promise((r) => setTimeout(r, 20));
    expect((await post(app.url, personalMessage(connector.serviceUrl, 'models', 'a:cap-after'))).status).toBe(200);
    agent.destroy();

    // Logged once for the burst, with the count.
    for (let i = 0; i < 100 && !logged.lines.some((l) => /connection cap/.test(l.msg)); i++) await new Promise((r) => setTimeout(r, 20));
    expect(logged.lines.filter((l) => /connection cap/.test(l.msg))).toEqual([expect.objectContaining({ dropped: 2, maxConnections: CAP })]);
  });
});
