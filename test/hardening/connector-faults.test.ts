// When Teams' connector (the serviceUrl) answers 500 or 429 or hangs, the turn still ends in bounded time,
// is logged with its id, other conversations are unaffected, and the process keeps serving. A turn ends by
// its deadline (TURN_DEADLINE_MS) however the connector fails, makes no retry that would not fit, and sends
// no apology through a connector that just failed.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/bot/app';
import { capRetryAfter, createBoundedHttpClient } from '../../src/bot/http/outbound-client';
import { createTurnDeadlines } from '../../src/bot/http/turn-deadline';
import { ScoutBot } from '../../src/bot/scout-bot';
import { capturingLogger, post, startBot } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { closedPort } from '../support/faults';
import { personalMessage } from '../support/fixtures';

jest.setTimeout(60_000);

/** Teams gives up on a turn's HTTP request after 15 s: every turn here must end well before. */
const TEAMS_LIMIT_MS = 15_000;

let app: App;
let strict: App;
let connector: LocalConnector;
const { log, lines } = capturingLogger();

beforeAll(async () => {
  connector = await startConnector();
  app = await startBot({ OUTBOUND_TIMEOUT_MS: '500', OUTBOUND_MAX_RETRY_AFTER_MS: '300' }, {}, log);
  // The shipped per-attempt timeout (10 s) and Retry-After cap (5 s), under a short turn deadline.
  strict = await startBot({ TURN_DEADLINE_MS: '3000' }, {}, log);
});
afterAll(async () => {
  await app.close();
  await strict.close();
  await connector.close();
});

async function timed(activity: Record<string, any>, bot: App = app) {
  const t0 = Date.now();
  const res = await post(bot.url, activity);
  return { ...res, ms: Date.now() - t0 };
}

const apologies = (conv: string) => connector.to(conv).filter((r) => /^Sorry/.test(r.activity.summary ?? ''));
const logged = (msg: string, turn: string) => lines.some((l) => l.msg === msg && l.turn === turn);

test('a 500 from the connector is retried and the reply arrives', async () => {
  const conv = 'a:fault-500';
  connector.behave({ status: 500, times: 2 }, conv);
  const res = await timed(personalMessage(connector.serviceUrl, 'models', conv));
  expect(res.status).toBe(200);
  await connector.waitFor(1, conv);
  expect(connector.attempts(conv)).toBe(3);
});

test('a 429 is retried after Retry-After, and a huge Retry-After is capped', async () => {
  const conv = 'a:fault-429';
  connector.behave({ status: 429, times: 1, retryAfter: '3600' }, conv);
  const res = await timed(personalMessage(connector.serviceUrl, 'models', conv));
  expect(res.status).toBe(200);
  await connector.waitFor(1, conv);
  expect(connector.attempts(conv)).toBe(2);
  // Retry-After: 3600 would have held the turn for an hour; the cap (300 ms here) bounds it.
  expect(res.ms).toBeLessThan(10_000);
});

test('a connector that hangs ends the turn in bounded time, logged with its id; others are unaffected', async () => {
  const stuck = 'a:fault-hang';
  const healthy = 'a:fault-healthy';
  connector.behave({ hang: true }, stuck);
  const hung = personalMessage(connector.serviceUrl, 'models', stuck);
  const pending = timed(hung);
  // While one conversation's replies hang, another conversation is answered at once.
  const other = await timed(personalMessage(connector.serviceUrl, 'regions', healthy));
  expect(other.status).toBe(200);
  await connector.waitFor(1, healthy);
  const res = await pending;
  expect(res.ms).toBeLessThan(TEAMS_LIMIT_MS);
  expect(res.status).toBeLessThan(600);
  expect(logged('turn failed', hung.id)).toBe(true);
  connector.behave(null, stuck);
  await post(app.url, personalMessage(connector.serviceUrl, 'models', stuck));
  await connector.waitFor(1, stuck);
});

describe('the turn deadline, with the shipped timeouts', () => {
  test('a hanging connector: the turn ends by its deadline, with one attempt and no apology', async () => {
    const conv = 'a:deadline-hang';
    connector.behave({ hang: true }, conv);
    const activity = personalMessage(connector.serviceUrl, 'models', conv);
    const res = await timed(activity, strict);
    connector.behave(null, conv);
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(TEAMS_LIMIT_MS);
    // The reply was tried once; the apology was not sent into the same hung connector.
    expect(connector.attempts(conv)).toBe(1);
    expect(logged('turn failed', activity.id)).toBe(true);
    expect(logged('no apology sent: the connector failed in this turn', activity.id)).toBe(true);
  });

  test('a connector slower than the deadline: the turn ends without waiting for it', async () => {
    const conv = 'a:deadline-slow';
    connector.behave({ delayMs: 6_000 }, conv);
    const activity = personalMessage(connector.serviceUrl, 'models', conv);
    const res = await timed(activity, strict);
    connector.behave(null, conv);
    expect(res.ms).toBeLessThan(TEAMS_LIMIT_MS);
    expect(connector.attempts(conv)).toBe(1);
    expect(logged('no apology sent: the connector failed in this turn', activity.id)).toBe(true);
  });

  test('a slow connector that answers within the deadline still gets the reply', async () => {
    const conv = 'a:deadline-slow-ok';
    connector.behave({ delayMs: 1_000 }, conv);
    const res = await timed(personalMessage(connector.serviceUrl, 'models', conv), strict);
    connector.behave(null, conv);
    expect(res.status).toBe(200);
    expect(await connector.waitFor(1, conv)).toHaveLength(1);
  });

  test('429 with Retry-After: 3600: no retry that cannot fit in the turn, and no apology', async () => {
    const conv = 'a:deadline-429';
    connector.behave({ status: 429, retryAfter: '3600' }, conv);
    const activity = personalMessage(connector.serviceUrl, 'models', conv);
    const res = await timed(activity, strict);
    connector.behave(null, conv);
    expect(res.ms).toBeLessThan(TEAMS_LIMIT_MS);
    // The capped wait (5 s) is longer than the turn has left (3 s): the bot gives up instead of waiting.
    expect(connector.attempts(conv)).toBe(1);
    expect(apologies(conv)).toEqual([]);
    expect(logged('no apology sent: the connector failed in this turn', activity.id)).toBe(true);
  });

  test('a connector that always answers 500: the turn ends, and the apology is not sent into it', async () => {
    const conv = 'a:deadline-500';
    connector.behave({ status: 500 }, conv);
    const activity = personalMessage(connector.serviceUrl, 'models', conv);
    const res = await timed(activity, strict);
    connector.behave(null, conv);
    expect(res.ms).toBeLessThan(TEAMS_LIMIT_MS);
    expect(connector.attempts(conv)).toBeLessThanOrEqual(4); // botbuilder's retries at most, no apology after
    expect(logged('no apology sent: the connector failed in this turn', activity.id)).toBe(true);
  });

  test('a serviceUrl that refuses connections: the turn ends at once, logged, without an apology', async () => {
    const activity = personalMessage(`http://127.0.0.1:${await closedPort()}/`, 'models', 'a:deadline-refused');
    const res = await timed(activity, strict);
    expect(res.ms).toBeLessThan(TEAMS_LIMIT_MS);
    expect(logged('turn failed', activity.id)).toBe(true);
    expect(logged('no apology sent: the connector failed in this turn', activity.id)).toBe(true);
  });

  test('a failed turn does not mark the conversation: its next turn is answered', async () => {
    const conv = 'a:deadline-next';
    connector.behave({ hang: true }, conv);
    await timed(personalMessage(connector.serviceUrl, 'models', conv), strict);
    connector.behave(null, conv);
    expect((await timed(personalMessage(connector.serviceUrl, 'regions', conv), strict)).status).toBe(200);
    expect(await connector.waitFor(1, conv)).toHaveLength(1);
  });

  test('a turn that fails on its own, with the connector healthy, still apologises', async () => {
    const conv = 'a:deadline-own-failure';
    const run = jest.spyOn(ScoutBot.prototype, 'run').mockImplementationOnce(async () => {
      throw new Error('a bug in the turn');
    });
    try {
      await timed(personalMessage(connector.serviceUrl, 'models', conv), strict);
    } finally {
      run.mockRestore();
    }
    const replies = await connector.waitFor(1, conv);
    expect(replies[0]!.activity.summary).toBe('Sorry, something went wrong');
  });
});

describe('the outbound client', () => {
  let server: http.Server;
  let url = '';
  let answer: { status: number; headers: Record<string, string> } = { status: 200, headers: {} };
  let requests = 0;
  beforeAll(async () => {
    server = http.createServer((_req, res) => {
      requests++;
      res.writeHead(answer.status, answer.headers);
      res.end('{}');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v3/conversations/x/activities`;
  });
  afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

  const request = () => ({ url, method: 'POST', headers: { toJson: () => ({ 'content-type': 'application/json' }) }, body: '{}' });

  test('Retry-After in any header botbuilder reads (-ms variants too) comes back capped, in seconds', async () => {
    const client = createBoundedHttpClient({ timeoutMs: 5_000, maxRetryAfterMs: 300 });
    const variants: Record<string, string>[] = [
      { 'retry-after': '3600' },
      { 'retry-after-ms': '3600000' },
      { 'x-ms-retry-after-ms': '3600000', 'retry-after': '3600' },
    ];
    for (const headers of variants) {
      answer = { status: 429, headers };
      const res = await client.sendRequest(request());
      expect(res.headers.toJson()).toMatchObject({ 'retry-after': '0.3' });
      expect(Object.keys(res.headers.toJson())).not.toContain('retry-after-ms');
      expect(Object.keys(res.headers.toJson())).not.toContain('x-ms-retry-after-ms');
    }
  });

  test('a 5xx is handed back for botbuilder to retry while a retry fits in the turn, and refused when not', async () => {
    const client = createBoundedHttpClient({ timeoutMs: 5_000, maxRetryAfterMs: 5_000 });
    answer = { status: 503, headers: {} };
    const roomy = createTurnDeadlines(10_000);
    const tight = createTurnDeadlines(1_000);
    const roomyClient = createBoundedHttpClient({ timeoutMs: 5_000, maxRetryAfterMs: 5_000, turns: roomy });
    const tightClient = createBoundedHttpClient({ timeoutMs: 5_000, maxRetryAfterMs: 5_000, turns: tight });
    expect((await roomy.run(() => roomyClient.sendRequest(request()))).status).toBe(503);
    await expect(tight.run(() => tightClient.sendRequest(request()))).rejects.toThrow(/a retry would not fit in the turn/);
    // Outside any turn only the per-attempt bounds apply.
    expect((await client.sendRequest(request())).status).toBe(503);
  });

  test('after Teams failed a turn for good, that turn sends nothing more', async () => {
    const turns = createTurnDeadlines(10_000);
    const client = createBoundedHttpClient({ timeoutMs: 5_000, maxRetryAfterMs: 5_000, turns });
    answer = { status: 200, headers: {} };
    const refused = { ...request(), url: `http://127.0.0.1:${await closedPort()}/v3/conversations/x/activities` };
    const before = requests;
    await turns.run(async () => {
      await expect(client.sendRequest(refused)).rejects.toThrow(/abandoned: ECONNREFUSED/);
      await expect(client.sendRequest(request())).rejects.toThrow(/already failed in this turn/);
      expect(turns.current()?.trouble).toMatch(/ECONNREFUSED/);
    });
    expect(requests).toBe(before);
    // Another turn starts afresh.
    expect((await turns.run(() => client.sendRequest(request()))).status).toBe(200);
  });
});

test('Retry-After values are capped whether given in seconds or as a date', () => {
  expect(capRetryAfter('3600', 5000)).toBe('5');
  expect(capRetryAfter('2', 5000)).toBe('2');
  const now = Date.UTC(2026, 0, 1);
  expect(capRetryAfter(new Date(now + 60_000).toUTCString(), 5000, now)).toBe('5');
  expect(capRetryAfter('nonsense', 5000)).toBe('0');
});
