// Watches in Azure Blob Storage (Azurite) shared by two instances: a watch set through one is listed by the
// other, and when both swap in the same changed catalog the conversation gets its notice once.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../../src/bot/app';
import { startAzurite, type Azurite } from '../support/azurite';
import { post, startBot } from '../support/bot-server';
import { cardOf, textOf } from '../support/cards';
import { startConnector, type LocalConnector } from '../support/connector';
import { channelMention, personalMessage } from '../support/fixtures';
import { ROOT } from '../support/knowledge';
import { loadKnowledge } from '../../src/knowledge/load';

jest.setTimeout(60_000);

const seed = readFileSync(path.join(ROOT, 'data/source/fine-tune-models.md'), 'utf8');
const changed = seed
  .replace('ms.date: 02/06/2025', 'ms.date: 03/01/2026')
  .replace('| `o4-mini` <br> (2025-04-16) | East US2 <br> Sweden Central |', '| `o4-mini` <br> (2025-04-16) | East US2 <br> Sweden Central <br> West Europe |');

let serving = seed;
let source: http.Server;
let azurite: Azurite;
let connector: LocalConnector;
let first: App;
let second: App;

beforeAll(async () => {
  source = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/markdown' });
    res.end(serving);
  });
  await new Promise<void>((r) => source.listen(0, '127.0.0.1', r));
  azurite = await startAzurite();
  connector = await startConnector();
  const env = {
    STATE_STORAGE: 'blob',
    BLOB_CONNECTION_STRING: azurite.connectionString,
    BLOB_CONTAINER: 'scout-watch-test',
    CATALOG_SOURCE_URL: `http://127.0.0.1:${(source.address() as AddressInfo).port}/doc.md`,
    CATALOG_REFRESH_MINUTES: '600',
  };
  // Both start from the seed's catalog, which the served document changes.
  const seedKnowledge = () => loadKnowledge({ catalogFile: path.join(ROOT, 'data/catalog-seed.json') });
  first = await startBot(env, { watch: { heldRetryMs: 200 }, knowledge: seedKnowledge() });
  second = await startBot(env, { watch: { heldRetryMs: 200 }, knowledge: seedKnowledge() });
  await Promise.all([first.refresher!.refreshNow(), second.refresher!.refreshNow()]);
});
afterAll(async () => {
  await first?.close();
  await second?.close();
  await connector?.close();
  await azurite?.stop();
  await new Promise((r) => source.close(r));
});

async function say(app: App, activity: Record<string, any>): Promise<Record<string, any>> {
  const conv = activity.conversation.id as string;
  const before = connector.to(conv).length;
  expect((await post(app.url, activity)).status).toBe(200);
  return (await connector.waitFor(before + 1, conv))[before]!.activity;
}

test('two instances that swap in the same changed catalog post each conversation’s notice once', async () => {
  const personal = 'a:blob-watch-personal';
  const channel = '19:blob-watch-channel@thread.tacv2';
  expect((await say(first, personalMessage(connector.serviceUrl, 'watch o4-mini in West Europe with data residency', personal))).text).toMatch(/^Watching/);
  expect((await say(second, channelMention(connector.serviceUrl, 'notify us of any change to o4-mini', undefined, `${channel};messageid=1`))).text).toMatch(
    /^Watching/,
  );
  // Set through one instance, listed by the other.
  expect(textOf(cardOf(await say(second, personalMessage(connector.serviceUrl, 'watches', personal))))).toMatch(/1\. o4-mini in West Europe/);

  const before = connector.replies.length;
  serving = changed;
  await Promise.all([first.refresher!.refreshNow(), second.refresher!.refreshNow()]);
  await Promise.all([first.notifier.idle(), second.notifier.idle()]);
  const posts = connector.replies.slice(before);
  expect(posts.map((r) => r.conversationId).sort()).toEqual([channel, personal].sort());
  expect(textOf(cardOf(posts.find((p) => p.conversationId === personal)!.activity))).toContain('✅ Yes, with Standard training');

  // Each instance refreshing again, or starting over on the same catalog, posts nothing more.
  await Promise.all([first.refresher!.refreshNow(), second.refresher!.refreshNow()]);
  await Promise.all([first.notifier.resume(), second.notifier.resume()]);
  await Promise.all([first.notifier.idle(), second.notifier.idle()]);
  expect(connector.replies.length - before).toBe(2);
});
