// Watching, over the Bot Framework protocol: watches set in a personal chat and in a channel, a changed
// document served to the refresher, and the proactive posts that reach the local connector: one card per
// conversation whose watched answers changed, none where they did not. Then the bad cases: the bot removed
// from a conversation (403) drops its watches, a rate-limited one (429) is retried without holding up others,
// and watches on something unknown are refused.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../../src/bot/app';
import { capturingLogger, post, startBot } from '../support/bot-server';
import { cardOf, textOf } from '../support/cards';
import { startConnector, type LocalConnector } from '../support/connector';
import { channelMention, fixture, personalMessage } from '../support/fixtures';
import { ROOT } from '../support/knowledge';
import { loadKnowledge } from '../../src/knowledge/load';
import { cardProblems } from '../support/validate-card';

jest.setTimeout(60_000);

const seed = readFileSync(path.join(ROOT, 'data/source/fine-tune-models.md'), 'utf8');
/** The seed with a new date and o4-mini gaining West Europe as a Standard region. */
const withWestEurope = (date: string) =>
  seed
    .replace('ms.date: 02/06/2025', `ms.date: ${date}`)
    .replace(
      '| `o4-mini` <br> (2025-04-16) | East US2 <br> Sweden Central |',
      '| `o4-mini` <br> (2025-04-16) | East US2 <br> Sweden Central <br> West Europe |',
    );
/** Only the date changed: no answer changes. */
const redated = (date: string) => seed.replace('ms.date: 02/06/2025', `ms.date: ${date}`);

let serving = seed;
let source: http.Server;
let connector: LocalConnector;
let app: App;
const logged = capturingLogger('info');

const CHANNEL = '19:fake-channel-id@thread.tacv2';
const PERSONAL = 'a:watch-personal';

beforeAll(async () => {
  source = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'text/markdown' });
    res.end(serving);
  });
  await new Promise<void>((r) => source.listen(0, '127.0.0.1', r));
  connector = await startConnector();
  app = await startBot(
    {
      CATALOG_SOURCE_URL: `http://127.0.0.1:${(source.address() as AddressInfo).port}/doc.md`,
      CATALOG_REFRESH_MINUTES: '600',
      OUTBOUND_MAX_RETRY_AFTER_MS: '200',
    },
    // The bot starts from the seed's catalog, which the served documents change.
    { watch: { backoffMs: 50, maxBackoffMs: 200, heldRetryMs: 100 }, knowledge: loadKnowledge({ catalogFile: path.join(ROOT, 'data/catalog-seed.json') }) },
    logged.log,
  );
  await app.refresher!.refreshNow();
});
afterAll(async () => {
  await app?.close();
  await connector?.close();
  await new Promise((r) => source.close(r));
});

/** Sends a message and returns the bot's one reply (text or card). */
async function say(activity: Record<string, any>): Promise<Record<string, any>> {
  const conv = activity.conversation.id as string;
  const before = connector.to(conv).length;
  expect((await post(app.url, activity)).status).toBe(200);
  const replies = await connector.waitFor(before + 1, conv);
  return replies[before]!.activity;
}
const inChannel = (text: string, userId?: string) =>
  channelMention(connector.serviceUrl, text, userId, `${CHANNEL};messageid=${Math.floor(Math.random() * 1e12)}`);

/** Serves `doc`, refreshes, waits until the notifier is done; returns the posts made meanwhile. */
async function change(doc: string) {
  const before = connector.replies.length;
  serving = doc;
  const status = await app.refresher!.refreshNow();
  expect(status.ok).toBe(true);
  await app.notifier.idle();
  return connector.replies.slice(before);
}

test('watches set in a personal chat and a channel each post one card when, and only when, their answers change', async () => {
  const p = (t: string) => personalMessage(connector.serviceUrl, t, PERSONAL);
  expect((await say(p('watch o4-mini in West Europe with data residency'))).text).toMatch(/^Watching o4-mini in West Europe.*Now: No/);
  expect((await say(p('notify me of any change to o4-mini'))).text).toMatch(/^Watching o4-mini\./);
  expect((await say(p('watch gpt-4o in Sweden Central'))).text).toMatch(/^Watching gpt-4o in Sweden Central/);
  expect((await say(inChannel('tell this channel when o4-mini can be fine-tuned in West Europe with data residency'))).text).toMatch(/^Watching/);
  expect((await say(inChannel('watch Sweden Central'))).text).toMatch(/^Watching Sweden Central/);

  // Only the date changed: nothing to tell anyone.
  expect(await change(redated('02/07/2025'))).toEqual([]);

  const posts = await change(withWestEurope('03/01/2026'));
  // One card per conversation; the channel's is a new thread (posted to the channel, not as a reply).
  expect(posts.map((r) => r.conversationId).sort()).toEqual([CHANNEL, PERSONAL].sort());
  const channelPost = posts.find((r) => r.conversationId === CHANNEL)!;
  expect(channelPost.path).toBe(`/v3/conversations/${encodeURIComponent(CHANNEL)}/activities`);
  expect(channelPost.activity.replyToId).toBeUndefined();

  const personal = posts.find((r) => r.conversationId === PERSONAL)!.activity;
  const card = cardOf(personal);
  expect(cardProblems(card)).toEqual([]);
  const text = textOf(card);
  // Two of the three personal watches changed (the check and the model), in one card; gpt-4o's did not.
  expect(text).toMatch(/^2 watched answers changed/);
  expect(text).not.toContain('gpt-4o');
  // Verdict first, then before → after, with the documents' dates.
  const after = text.indexOf('✅ Yes, with Standard training');
  expect(after).toBeGreaterThan(-1);
  expect(text.indexOf('Before: ❌ No')).toBeGreaterThan(after);
  expect(text).toContain('2026-03-01');
  expect(text).toContain('2025-02-07');
  expect(personal.summary).toMatch(/^✅ Yes, with Standard training — o4-mini in West Europe/);
  expect(text.match(/\[Unwatch\]/g)).toHaveLength(2);

  const channelText = textOf(cardOf(channelPost.activity));
  expect(channelText).toMatch(/^A watched answer changed/);
  expect(channelText.split('\n')).not.toContain('Sweden Central'); // the region's answer did not change
  expect(channelText.match(/\[Unwatch\]/g)).toHaveLength(1);

  // The same change again (another refresh of the same document) posts nothing.
  expect(await change(withWestEurope('03/01/2026'))).toEqual([]);
});

test('watches lists a conversation’s own watches; unwatch by number, by the card’s button, and all', async () => {
  const conv = 'a:watch-list';
  const p = (t: string) => personalMessage(connector.serviceUrl, t, conv);
  await say(p('watch o4-mini'));
  await say(p('watch gpt-4.1 in Sweden Central'));
  await say(p('watch Sweden Central'));
  const list = await say(p('watches'));
  const listText = textOf(cardOf(list));
  expect(cardProblems(cardOf(list))).toEqual([]);
  expect(listText).toMatch(/^Watching 3 of at most 20 in this chat/);
  expect(listText).toMatch(/1\. o4-mini[\s\S]*2\. gpt-4\.1 in Sweden Central[\s\S]*3\. Sweden Central/);
  expect(listText).toContain('Set by Ada Lovelace on');
  // Another conversation (the group chat) has none of them.
  const group = fixture('message-groupchat-mention', connector.serviceUrl, (a) => (a.text = '<at>Fine-Tune Scout</at> watches'));
  expect((await say(group)).text).toMatch(/^Nothing is watched in this group chat/);

  expect((await say(p('unwatch 2'))).text).toMatch(/^Stopped watching gpt-4\.1 in Sweden Central\. 2 still watched/);
  // The list card's button for (now) watch 2, Sweden Central, pressed: an Action.Submit message.
  const again = cardOf(await say(p('watches')));
  const buttons: any[] = [];
  JSON.stringify(again, (_k, v) => (v && v.type === 'Action.Submit' ? (buttons.push(v), v) : v));
  const press = fixture('message-submit-from-card', connector.serviceUrl, (a) => {
    a.conversation = { conversationType: 'personal', id: conv };
    a.value = buttons.find((b) => b.title === 'Unwatch 2')!.data;
  });
  expect((await say(press)).text).toMatch(/^Stopped watching Sweden Central\. 1 still watched/);
  expect((await say(p('unwatch 7'))).text).toMatch(/^There is no watch 7/);
  expect((await say(p('unwatch all'))).text).toMatch(/^Stopped watching o4-mini\. Nothing is watched in this chat now/);
  expect((await say(p('watches'))).text).toMatch(/^Nothing is watched in this chat/);
});

test.each([
  ['an unknown model', 'watch gpt-4.2 in West Europe', /^I can't watch that: I don't know a model called “gpt-4\.2”/],
  ['a name that fits several models', 'watch mini', /^I can't watch that: Which model do you mean by “mini”\?/],
  ['a topic the documents do not cover', 'notify me of any change to the quota for o4-mini', /^I can't watch that: I can't answer questions about quota/],
  ['no question at all', 'watch the weather', /^I can't tell what to watch in that/],
  ['nothing', 'watch', /^What should I watch\?/],
])('a watch on %s is refused with the reason', async (_name, text, reply) => {
  const conv = `a:watch-refused-${text.length}`;
  expect((await say(personalMessage(connector.serviceUrl, text, conv))).text).toMatch(reply);
  expect((await say(personalMessage(connector.serviceUrl, 'watches', conv))).text).toMatch(/^Nothing is watched/);
});

test('a conversation keeps at most 20 watches, and the same question is watched once', async () => {
  const conv = 'a:watch-full';
  const regions = app.holder.current().catalog.regions.all.slice(0, 21);
  for (const r of regions.slice(0, 20))
    expect((await say(personalMessage(connector.serviceUrl, `watch o4-mini in ${r.name}`, conv))).text).toMatch(/^Watching/);
  expect((await say(personalMessage(connector.serviceUrl, `watch o4-mini in ${regions[0]!.name}`, conv))).text).toMatch(/^Already watching/);
  expect((await say(personalMessage(connector.serviceUrl, `watch o4-mini in ${regions[20]!.name}`, conv))).text).toMatch(/already has 20 watches/);
  await say(personalMessage(connector.serviceUrl, 'unwatch all', conv));
});

test('Teams answering 403 (the bot was removed) drops that conversation’s watches and logs it; a 429 is retried without holding up others', async () => {
  const removed = 'a:watch-removed';
  const throttled = 'a:watch-throttled';
  const fine = 'a:watch-fine';
  await change(withWestEurope('03/01/2026')); // (as the first test leaves it)
  for (const conv of [removed, throttled, fine]) await say(personalMessage(connector.serviceUrl, 'watch o4-mini in West Europe with data residency', conv));
  connector.behave({ status: 403 }, removed);
  // More 429s than the connector client retries by itself: the notifier tries again later.
  connector.behave({ status: 429, times: 6, retryAfter: '0.05' }, throttled);
  const before = { throttled: connector.attempts(throttled), fine: connector.to(fine).length, thr: connector.to(throttled).length };
  serving = redated('05/01/2026'); // o4-mini loses West Europe again, so every one of these answers changes
  await app.refresher!.refreshNow();
  await app.notifier.idle();
  connector.behave(null, removed);
  connector.behave(null, throttled);

  // The throttled conversation's notice waited for its retries; the others' went out meanwhile.
  const order = (conv: string) => connector.replies.findIndex((r) => r.conversationId === conv && r.activity.attachments);
  expect(order(fine)).toBeLessThan(order(throttled));
  expect(connector.to(fine).length - before.fine).toBe(1);
  expect(connector.to(throttled).length - before.thr).toBe(1);
  expect(connector.attempts(throttled) - before.throttled).toBe(7);
  expect(connector.to(removed)).toHaveLength(1); // the "Watching" reply, and no notice
  expect(logged.lines.some((l) => l.msg.includes('no longer in this conversation') && l.conversation === `msteams|${removed}` && l.status === 403)).toBe(true);
  expect(logged.lines.some((l) => l.msg.includes('retrying later') && l.conversation === `msteams|${throttled}`)).toBe(true);
  // The removed conversation's watches are gone.
  expect((await say(personalMessage(connector.serviceUrl, 'watches', removed))).text).toMatch(/^Nothing is watched/);
});
