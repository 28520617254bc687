// State in Azure Blob Storage (Azurite): two bot instances behind one registration share follow-ups.
import type { App } from '../../src/bot/app';
import { startAzurite, type Azurite } from '../support/azurite';
import { post, startBot } from '../support/bot-server';
import { cardOf, headlineOf } from '../support/cards';
import { startConnector, type LocalConnector } from '../support/connector';
import { personalMessage } from '../support/fixtures';

jest.setTimeout(60_000);

let azurite: Azurite;
let connector: LocalConnector;
let first: App;
let second: App;

beforeAll(async () => {
  azurite = await startAzurite();
  connector = await startConnector();
  const env = { STATE_STORAGE: 'blob', BLOB_CONNECTION_STRING: azurite.connectionString, BLOB_CONTAINER: 'scout-state' };
  first = await startBot(env);
  second = await startBot(env);
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await connector?.close();
  await azurite?.stop();
});

test('a follow-up asked of a second instance continues the question asked of the first', async () => {
  const conv = '19:shared-state@thread.v2';
  expect((await post(first.url, personalMessage(connector.serviceUrl, 'can I fine-tune o4-mini in West Europe?', conv))).status).toBe(200);
  await connector.waitFor(1, conv);
  expect((await post(second.url, personalMessage(connector.serviceUrl, 'what about Sweden Central?', conv))).status).toBe(200);
  const replies = await connector.waitFor(2, conv);
  expect(replies[1]!.activity.summary).toContain('o4-mini in Sweden Central');
  expect(headlineOf(cardOf(replies[1]!.activity))).toMatch(/^Yes/);
});

test('channel conversation ids with ;messageid= and colons are stored and read back', async () => {
  const conv = '19:fake-channel-id@thread.tacv2;messageid=1752484700789';
  await post(first.url, personalMessage(connector.serviceUrl, 'model gpt-4o', conv));
  await connector.waitFor(1, conv);
  await post(second.url, personalMessage(connector.serviceUrl, 'in Sweden Central?', conv));
  const replies = await connector.waitFor(2, conv);
  expect(replies[1]!.activity.summary).toContain('gpt-4o in Sweden Central');
});

test('/healthz shows the Blob state store answering', async () => {
  const res = await fetch(`${first.url}/healthz`);
  expect(res.status).toBe(200);
  expect(await res.json()).toMatchObject({ status: 'ok', stateStore: { kind: 'blob', state: 'ok', failures: 0, lastError: null } });
});
