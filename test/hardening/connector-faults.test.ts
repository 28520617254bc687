// When Teams' connector (the serviceUrl) answers 500 or 429 or hangs, the turn still ends in bounded time,
// is logged with its id, other conversations are unaffected, and the process keeps serving.
import type { App } from '../../src/bot/app';
import { capRetryAfter } from '../../src/bot/http/outbound-client';
import { capturingLogger, post, startBot } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { personalMessage } from '../support/fixtures';

jest.setTimeout(30_000);

let app: App;
let connector: LocalConnector;
const { log, lines } = capturingLogger();

beforeAll(async () => {
  connector = await startConnector();
  app = await startBot({ OUTBOUND_TIMEOUT_MS: '500', OUTBOUND_MAX_RETRY_AFTER_MS: '300' }, {}, log);
});
afterAll(async () => {
  await app.close();
  await connector.close();
});

async function timed(activity: Record<string, any>) {
  const t0 = Date.now();
  const res = await post(app.url, activity);
  return { ...res, ms: Date.now() - t0 };
}

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
  expect(res.ms).toBeLessThan(15_000);
  expect(res.status).toBeLessThan(600);
  expect(lines.some((l) => l.msg === 'turn failed' && l.turn === hung.id)).toBe(true);
  connector.behave(null, stuck);
  await post(app.url, personalMessage(connector.serviceUrl, 'models', stuck));
  await connector.waitFor(1, stuck);
});

test('Retry-After values are capped whether given in seconds or as a date', () => {
  expect(capRetryAfter('3600', 5000)).toBe('5');
  expect(capRetryAfter('2', 5000)).toBe('2');
  const now = Date.UTC(2026, 0, 1);
  expect(capRetryAfter(new Date(now + 60_000).toUTCString(), 5000, now)).toBe('5');
  expect(capRetryAfter('nonsense', 5000)).toBe('0');
});
