// Every card the bot can produce, checked the way Teams' renderer reads it. The real bot (restify +
// CloudAdapter) is asked the benchmark corpus (bench/questions.txt: every intent, junk included) in personal
// chats, as channel @mentions and as follow-ups in one conversation; the message extension is searched; the
// cards' buttons are pressed (adaptiveCard/action: check, clarify, ask). Every card that comes back, in a
// reply or in an invoke response, must parse with the adaptivecards SDK at version 1.5 with no errors or
// warnings, use nothing newer than 1.5, stay under 28 KB, label every input and give every image alt text.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { App } from '../../src/bot/app';
import { INTENTS } from '../../src/core/question';
import { loadKnowledge } from '../../src/knowledge/load';
import { actionsOf, type Card } from '../support/cards';
import { post, startBot } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { channelMention, fixture, personalMessage, type Activity } from '../support/fixtures';
import { ROOT } from '../support/knowledge';
import { cardProblems, versionProblems } from '../support/validate-card';

const CARD = 'application/vnd.microsoft.card.adaptive';

const CORPUS = [
  ...new Set(
    readFileSync(path.join(ROOT, 'bench', 'questions.txt'), 'utf8')
      .split('\n')
      .map((l) => l.replace(/\r$/, '')),
  ),
];

/** Asked one after another in one conversation: each leans on the one before. */
const FOLLOW_UPS = [
  'can I fine-tune o4-mini in West Europe?',
  'what about Sweden Central?',
  'and gpt-4.1?',
  'with data residency?',
  'tell me about gpt-4o-mini',
  'and in Japan East?',
  'with images?',
  'what about gpt-4o?',
  'global training?',
  'what can I fine-tune in Germany?',
  'and in Switzerland?',
  'compare gpt-4o and gpt-4.1',
  'and o4-mini?',
  'mini',
  'help',
  'and in Poland Central?',
];

/** Searched in the message extension (plus its empty first run). */
const SEARCHES = [
  '',
  'o4-mini',
  'gpt-4.1-mini in Germany West Central',
  'mini',
  'Sweden Central',
  'Europe',
  'vision',
  'compare gpt-4o gpt-4.1',
  'regions',
  'models',
  'gtp-4o in swedn central',
  'gpt-4',
  'how much does it cost',
  'asdfghjkl',
  '<script>alert(1)</script>',
  '${jndi:ldap://x}',
];

interface Collected {
  /** Where the card came from, for failure messages. */
  source: string;
  card: Card;
}

let app: App;
let connector: LocalConnector;
const collected: Collected[] = [];
const asked = new Set<string>();
const unanswered: string[] = [];
let n = 0;
const nextId = (prefix: string) => `${prefix}-${++n}`;

function cardsOfActivity(activity: Record<string, any>): Card[] {
  return (Array.isArray(activity.attachments) ? activity.attachments : []).filter((a: any) => a?.contentType === CARD).map((a: any) => a.content as Card);
}

/** Posts a message and records the cards it got back (the connector has them once the POST returns). */
async function ask(activity: Activity, source: string): Promise<Card[]> {
  const conv = activity.conversation.id as string;
  const before = connector.to(conv).length;
  const res = await post(app.url, activity);
  if (res.status >= 300) throw new Error(`${source}: HTTP ${res.status}`);
  const replies = await connector.waitFor(before + 1, conv).catch(() => connector.to(conv));
  const cards = replies.slice(before).flatMap((r) => cardsOfActivity(r.activity));
  if (cards.length === 0) unanswered.push(source);
  cards.forEach((card) => collected.push({ source, card }));
  return cards;
}

function invoke(verb: string, data: Record<string, unknown>, scope: 'personal' | 'groupChat' | 'channel', conversationId: string): Activity {
  return fixture('invoke-adaptiveCard-action', connector.serviceUrl, (a) => {
    a.id = nextId('invoke');
    a.value.action = { type: 'Action.Execute', title: verb, verb, data };
    a.conversation = { id: conversationId, conversationType: scope, isGroup: scope !== 'personal', tenantId: a.conversation.tenantId };
  });
}

/** Presses a button; the card comes back in the invoke response or as a new reply, depending on scope. */
async function press(verb: string, data: Record<string, unknown>, scope: 'personal' | 'groupChat' | 'channel', source: string): Promise<void> {
  const conv = scope === 'personal' ? `a:${nextId('press')}` : `19:${nextId('press')}@thread.v2`;
  const before = connector.to(conv).length;
  const res = await post(app.url, invoke(verb, data, scope, conv));
  if (res.status !== 200) throw new Error(`${source}: HTTP ${res.status} ${JSON.stringify(res.body)}`);
  if (res.body?.type === CARD) collected.push({ source, card: res.body.value });
  else {
    const replies = await connector.waitFor(before + 1, conv).catch(() => connector.to(conv));
    const cards = replies.slice(before).flatMap((r) => cardsOfActivity(r.activity));
    if (cards.length === 0) unanswered.push(source);
    cards.forEach((card) => collected.push({ source, card }));
  }
}

async function search(text: string, source: string): Promise<void> {
  const initialRun = text === '';
  const activity = fixture(initialRun ? 'invoke-composeExtension-query-initialRun' : 'invoke-composeExtension-query', connector.serviceUrl, (a) => {
    a.id = nextId('search');
    a.value.commandId = 'findFineTuning';
    if (!initialRun) a.value.parameters = [{ name: 'question', value: text }];
  });
  const res = await post(app.url, activity);
  if (res.status !== 200) throw new Error(`${source}: HTTP ${res.status}`);
  const attachments = res.body?.composeExtension?.attachments ?? [];
  const cards = attachments.filter((a: any) => a?.contentType === CARD).map((a: any) => a.content as Card);
  if (cards.length === 0) unanswered.push(source);
  cards.forEach((card: Card) => collected.push({ source, card }));
}

beforeAll(async () => {
  connector = await startConnector();
  app = await startBot();

  // The welcome card.
  await ask(
    fixture('conversation-update-bot-added-personal', connector.serviceUrl, (a) => (a.conversation.id = 'a:corpus-welcome')),
    'welcome',
  );

  // Every question, each in a fresh personal chat of its own user.
  for (const q of CORPUS) {
    const id = nextId('q');
    await ask(personalMessage(connector.serviceUrl, q, `a:corpus-${id}`, `29:corpus-${id}`), `personal: ${JSON.stringify(q)}`);
    asked.add(q);
  }
  // Follow-ups in one conversation, by one person.
  for (const q of FOLLOW_UPS) {
    await ask(personalMessage(connector.serviceUrl, q, 'a:corpus-follow-ups', '29:corpus-follower'), `follow-up: ${JSON.stringify(q)}`);
    asked.add(q);
  }
  // Some of the corpus as channel @mentions (every fifth question, and the follow-ups in one thread).
  for (const [i, q] of CORPUS.entries()) {
    if (i % 5 === 0)
      await ask(channelMention(connector.serviceUrl, q, '29:corpus-channel', `19:corpus-channel@thread.tacv2;messageid=${i}`), `channel: ${JSON.stringify(q)}`);
  }
  for (const q of FOLLOW_UPS.slice(0, 6)) {
    await ask(
      channelMention(connector.serviceUrl, q, '29:corpus-channel-follower', '19:corpus-thread@thread.tacv2;messageid=1'),
      `channel follow-up: ${JSON.stringify(q)}`,
    );
  }
  // The message extension.
  for (const s of SEARCHES) {
    await search(s, `search: ${JSON.stringify(s)}`);
    asked.add(s);
  }

  // Buttons on the cards so far: clarification candidates and help examples, as found on the cards.
  const seen = new Set<string>();
  for (const { card } of [...collected]) {
    for (const action of actionsOf(card)) {
      if (action.type !== 'Action.Execute' || (action.verb !== 'clarify' && action.verb !== 'ask')) continue;
      const key = `${action.verb}|${JSON.stringify(action.data)}`;
      if (seen.has(key)) continue;
      seen.add(key);
      await press(action.verb, action.data, 'personal', `button ${action.verb}: ${JSON.stringify(action.data)}`);
      await press(action.verb, action.data, 'channel', `button ${action.verb} in a channel: ${JSON.stringify(action.data)}`);
    }
  }
  // The Check button under the pickers, with what a person can pick (the data Teams merges in), in every
  // scope and from both origins; and with nothing or nonsense picked, which answers with an error card.
  const picks: [string, string][] = [
    ['o4-mini', 'westeurope'],
    ['gpt-4o', 'japaneast'],
    ['gpt-4.1-nano', 'polandcentral'],
    ['gpt-4.1', 'centralus'],
    ['Ministral-3B', 'swedencentral'],
    ['Qwen-32B', 'eastus2'],
    ['gpt-4o-mini', 'australiacentral2'],
    ['gpt-4.1-mini', 'germanywestcentral'],
  ];
  for (const [model, region] of picks) {
    await press('check', { model, region, origin: 'conversation' }, 'personal', `check ${model} ${region}`);
    await press('check', { model, region, origin: 'conversation' }, 'groupChat', `check ${model} ${region} in a group chat`);
    await press('check', { model, region, origin: 'extension' }, 'groupChat', `check ${model} ${region} on an extension card`);
  }
  for (const data of [{ origin: 'conversation' }, { model: 'gpt-4o', origin: 'conversation' }, { model: 'nope', region: 'nowhere', origin: 'extension' }]) {
    await press('check', data, 'personal', `check with ${JSON.stringify(data)}`);
  }
  await press('requestFineTuneQuota', { model: 'o4-mini', region: 'westeurope' }, 'personal', 'a button the bot does not know');
  await press('clarify', { origin: 'conversation' }, 'personal', 'clarify with no question');
}, 180_000);

afterAll(async () => {
  await app?.close();
  await connector?.close();
});

test('the corpus asks at least 100 distinct questions, of every intent, junk included', () => {
  expect(asked.size).toBeGreaterThanOrEqual(100);
  const { understand } = loadKnowledge();
  const intents = new Set([...asked].map((q) => understand(q).intent));
  expect([...intents].sort()).toEqual([...INTENTS].sort());
});

test('every message, mention, search and button press gets at least one card back', () => {
  expect(unanswered).toEqual([]);
  expect(collected.length).toBeGreaterThan(asked.size);
});

test('every card parses with the adaptivecards SDK at 1.5: no errors, no warnings, nothing newer, under 28 KB, labelled inputs, alt texts', () => {
  // Identical cards (the same answer asked twice) are checked once, and reported with every source.
  const unique = new Map<string, string[]>();
  for (const { source, card } of collected) {
    const json = JSON.stringify(card);
    unique.set(json, [...(unique.get(json) ?? []), source]);
  }
  const failures: string[] = [];
  for (const [json, sources] of unique) {
    for (const problem of cardProblems(JSON.parse(json)))
      failures.push(`${sources[0]}${sources.length > 1 ? ` (+${sources.length - 1} more)` : ''}: ${problem}`);
  }
  expect(failures).toEqual([]);
  expect(unique.size).toBeGreaterThanOrEqual(100);
});

test('the checker is not vacuous: it catches what the corpus must not contain', () => {
  const base = { type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: 'x', wrap: true }] };
  expect(cardProblems(base)).toEqual([]);
  const bad = (patch: Record<string, unknown>) => cardProblems({ ...base, ...patch });
  expect(bad({ body: [{ type: 'Carousel', pages: [] }] }).join('\n')).toMatch(/Carousel/);
  expect(bad({ body: [{ type: 'Input.Text', id: 'x', label: 'X', labelPosition: 'inline' }] }).join('\n')).toMatch(/labelPosition/);
  expect(bad({ body: [{ type: 'Input.Text', id: 'x' }] }).join('\n')).toMatch(/no label/);
  expect(bad({ body: [{ type: 'Image', url: 'https://example.com/x.png' }] }).join('\n')).toMatch(/alt text/);
  expect(bad({ body: [{ type: 'TextBlock', text: 'x', wrapp: true }] }).join('\n')).toMatch(/wrapp/);
  expect(bad({ body: [{ type: 'FactSet', facts: [{ title: 'a', value: 'b', $when: 'x' }] }] }).join('\n')).toMatch(/\$when/);
  expect(bad({ actions: [{ type: 'Action.Execute', title: 'Go', verb: 'go', role: 'Button' }] }).join('\n')).toMatch(/role/);
  expect(bad({ actions: [{ type: 'Action.Popover', title: 'Go' }] }).join('\n')).toMatch(/Action.Popover/);
  expect(bad({ body: [{ type: 'TextBlock', text: 'x'.repeat(30 * 1024) }] }).join('\n')).toMatch(/over 28672/);
  expect(bad({ version: '1.6' }).join('\n')).toMatch(/not 1\.5/);
  expect(bad({ body: [{ type: 'TextBlock', text: '${headline}' }] }).join('\n')).toMatch(/unexpanded template expression/);
  // What someone typed stays as typed, and is not mistaken for a template left unexpanded.
  expect(bad({ body: [{ type: 'RichTextBlock', inlines: [{ type: 'TextRun', text: '${jndi:ldap://x}' }] }] })).toEqual([]);
  expect(versionProblems({ ...base, msteams: { width: 'Full' }, $schema: 'http://adaptivecards.io/schemas/adaptive-card.json' })).toEqual([]);
});
