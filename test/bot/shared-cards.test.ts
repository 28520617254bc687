// Cards in a group chat or channel are read by many and re-checked by few: they leave out the model and
// region pickers (half a card's height on a phone), where the personal chat's card keeps them. And a catalog
// older than CATALOG_MAX_AGE_DAYS says so on every card. Over the Bot Framework protocol, Teams' shapes.
import path from 'node:path';
import { cardOf, headlineOf, textOf } from '../support/cards';
import { post, startBot } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { channelMention, fixture, personalMessage } from '../support/fixtures';
import { ROOT } from '../support/knowledge';
import { loadKnowledge } from '../../src/knowledge/load';
import type { App } from '../../src/bot/app';

let connector: LocalConnector;
let fresh: App;
let old: App;

beforeAll(async () => {
  connector = await startConnector();
  // A fixed clock: the shipped catalog's newest document (2026-10-07) is 56 days old on 2026-12-02, the
  // seed's (2025-02-06) far older than the 120 days allowed by default.
  const now = () => Date.parse('2026-12-02T12:00:00Z');
  fresh = await startBot({}, { now });
  old = await startBot({}, { now, knowledge: loadKnowledge({ catalogFile: path.join(ROOT, 'data/catalog-seed.json'), maxAgeDays: 120 }) });
});
afterAll(async () => {
  await fresh?.close();
  await old?.close();
  await connector?.close();
});

async function cardFor(app: App, activity: Record<string, any>): Promise<Record<string, any>> {
  const conv = activity.conversation.id as string;
  const before = connector.to(conv).length;
  expect((await post(app.url, activity)).status).toBe(200);
  const replies = await connector.waitFor(before + 1, conv);
  return cardOf(replies[before]!.activity);
}

/** Every input element of a card, by id. */
function inputIds(card: unknown): string[] {
  const out: string[] = [];
  const visit = (n: unknown): void => {
    if (Array.isArray(n)) n.forEach(visit);
    else if (n && typeof n === 'object') {
      const el = n as Record<string, unknown>;
      if (typeof el.type === 'string' && el.type.startsWith('Input.') && typeof el.id === 'string') out.push(el.id);
      Object.values(el).forEach(visit);
    }
  };
  visit(card);
  return out;
}

test('a check in a personal chat keeps the model and region pickers; the same check in a channel or group chat leaves them out', async () => {
  const personal = await cardFor(fresh, personalMessage(connector.serviceUrl, 'can I fine-tune o4-mini in West Europe?', 'a:shared-cards-personal'));
  expect(inputIds(personal)).toEqual(['model', 'region']);
  const channel = await cardFor(fresh, channelMention(connector.serviceUrl, 'can I fine-tune o4-mini in West Europe?'));
  expect(headlineOf(channel)).toBe(headlineOf(personal));
  expect(inputIds(channel)).toEqual([]);
  const group = await cardFor(fresh, fixture('message-groupchat-mention', connector.serviceUrl));
  expect(inputIds(group)).toEqual([]);
  expect(JSON.stringify(channel).length).toBeLessThan(JSON.stringify(personal).length);
});

test('a catalog older than CATALOG_MAX_AGE_DAYS says so on every card; a current one says nothing of its age', async () => {
  for (const text of ['can I fine-tune o4-mini in West Europe?', 'models', 'help']) {
    const stale = textOf(await cardFor(old, personalMessage(connector.serviceUrl, text, `a:shared-cards-old-${text}`)));
    expect([text, stale]).toEqual([
      text,
      expect.stringMatching(/These facts may be out of date: the newest document they come from is of 2025-02-06, 664 days ago \(over the 120-day limit\)/),
    ]);
    const current = textOf(await cardFor(fresh, personalMessage(connector.serviceUrl, text, `a:shared-cards-fresh-${text}`)));
    expect([text, current]).toEqual([text, expect.not.stringMatching(/may be out of date/)]);
  }
});
