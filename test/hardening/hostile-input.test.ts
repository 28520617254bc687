// Anything a client can send gets a 4xx or a polite card, never a 5xx from the server itself, and the
// next request is served.
import { readdirSync } from 'node:fs';
import fc from 'fast-check';
import { cardOf, headlineOf, textOf } from '../support/cards';
import { post, withBot } from '../support/bot-server';
import { FIXTURES, fixture, personalMessage } from '../support/fixtures';

jest.setTimeout(120_000);

const bot = withBot();

async function stillAnswers() {
  const conv = `a:alive-${Math.random()}`;
  expect((await post(bot.app.url, personalMessage(bot.connector.serviceUrl, 'models', conv))).status).toBe(200);
  await bot.connector.waitFor(1, conv);
}

test.each([
  ['no conversation', (a: any) => delete a.conversation, /conversation/],
  ['no conversation id', (a: any) => delete a.conversation.id, /conversation/],
  ['no from', (a: any) => delete a.from, /from/],
  ['no serviceUrl', (a: any) => delete a.serviceUrl, /serviceUrl/],
  ['a serviceUrl that is not http(s)', (a: any) => (a.serviceUrl = 'file:///etc/passwd'), /serviceUrl/],
  ['a serviceUrl that is not a URL', (a: any) => (a.serviceUrl = 'not a url'), /serviceUrl/],
  ['no type', (a: any) => delete a.type, /type/],
  ['text that is not a string', (a: any) => (a.text = { evil: true }), /text/],
  ['entities that are not a list', (a: any) => (a.entities = 'x'), /entities/],
])('an activity with %s gets 400 saying what is missing', async (_name, breakIt, message) => {
  const a = personalMessage(bot.connector.serviceUrl, 'models', 'a:broken');
  breakIt(a);
  const res = await post(bot.app.url, a);
  expect(res.status).toBe(400);
  expect(res.body.message).toMatch(message);
  await stillAnswers();
});

test.each([
  ['an invoke whose name is a number', 'invoke-adaptiveCard-action', (a: any) => (a.name = 42), '"name" must be a string'],
  ['an invoke whose name is an object', 'invoke-composeExtension-query', (a: any) => (a.name = { toString: 'x' }), '"name" must be a string'],
  ['a channelId that is an object', 'message-personal', (a: any) => (a.channelId = { id: 'msteams' }), '"channelId" must be a string'],
  ['a locale that is a number', 'message-personal', (a: any) => (a.locale = 1033), '"locale" must be a string'],
  ['a from that is a list', 'message-personal', (a: any) => (a.from = [{ id: '29:x' }]), '"from" must be an object'],
  ['a from.id that is a number', 'message-personal', (a: any) => (a.from.id = 29), '"from.id" must be a string'],
  ['a from.name that is an object', 'message-personal', (a: any) => (a.from.name = { first: 'Ada' }), '"from.name" must be a string'],
  ['a conversation that is a string', 'message-personal', (a: any) => (a.conversation = 'a:1'), '"conversation" must be an object'],
  [
    'a conversation id over 1024 characters',
    'message-personal',
    (a: any) => (a.conversation.id = 'a:'.padEnd(1025, 'x')),
    '"conversation.id" is longer than 1024 characters',
  ],
  ['a recipient that is a list', 'message-personal', (a: any) => (a.recipient = []), '"recipient" must be an object'],
  ['a serviceUrl that is a number', 'message-personal', (a: any) => (a.serviceUrl = 443), '"serviceUrl" must be a string'],
  ['an entity that is null', 'message-channel-mention', (a: any) => (a.entities = [null]), '"entities[0]" must be an object'],
  ['an attachment that is a string', 'message-personal', (a: any) => (a.attachments = ['x']), '"attachments[0]" must be an object'],
  ['a member added that is a number', 'conversation-update-bot-added-personal', (a: any) => (a.membersAdded = [1]), '"membersAdded[0]" must be an object'],
  ['channelData that is a string', 'message-channel-mention', (a: any) => (a.channelData = 'team'), '"channelData" must be an object'],
  ['a channelData.tenant.id that is a number', 'message-personal', (a: any) => (a.channelData.tenant.id = 0), '"channelData.tenant.id" must be a string'],
  ['a type that is a list', 'message-personal', (a: any) => (a.type = ['message']), '"type" must be a string'],
])('%s gets 400 naming the field, and no turn runs', async (_name, base, breakIt, message) => {
  const conv = `a:shape-${_name}`;
  const a = fixture(base, bot.connector.serviceUrl, (x) => {
    if (x.conversation?.id) x.conversation.id = conv;
  });
  breakIt(a);
  const res = await post(bot.app.url, a);
  expect(res).toEqual({ status: 400, body: { error: 'BadRequest', message: expect.stringContaining(message) } });
  expect(bot.connector.to(conv)).toHaveLength(0);
  await stillAnswers();
});

test('several problems are named together (at most three)', async () => {
  const a = personalMessage(bot.connector.serviceUrl, 'models');
  Object.assign(a, { name: 1, locale: 2, channelId: 3, textFormat: 4 });
  const res = await post(bot.app.url, a);
  expect(res.status).toBe(400);
  expect(res.body.message.split('; ')).toEqual(['"channelId" must be a string', '"name" must be a string', '"locale" must be a string']);
});

test.each(
  readdirSync(FIXTURES)
    .filter((f) => f.endsWith('.json') && !f.endsWith('.response.json'))
    .map((f) => f.replace(/\.json$/, '')),
)('the real Teams activity %s passes the guard and is answered 200', async (name) => {
  const res = await post(bot.app.url, fixture(name, bot.connector.serviceUrl));
  expect(res.status).toBe(200);
});

test.each([
  ['100,000 characters', 'can I fine-tune o4-mini in West Europe? '.repeat(2500)],
  ['control characters', 'can I\u0000 fine-tune\u0007 o4-mini\u001b[31m in West Europe?\r\n'],
  ['mixed scripts and emoji', 'можно ли 微调 o4-mini في West Europe 🚀🔥?'],
  ['a template expression', '${source.url} ${jndi:ldap://x} {{MicrosoftAppPassword}}'],
  ['a markdown link', '[click me](https://evil.example) can I fine-tune o4-mini in West Europe?'],
  ['HTML', '<img src=x onerror=alert(1)><script>alert(1)</script> o4-mini'],
  ['right-to-left and zero-width tricks', '\u202egpt-4o\u200b in \u200dSweden Central'],
])('%s gets a polite card and no echo of the input', async (_name, text) => {
  const conv = `a:hostile-${_name}`;
  const res = await post(bot.app.url, personalMessage(bot.connector.serviceUrl, text, conv));
  expect(res.status).toBe(200);
  const [reply] = await bot.connector.waitFor(1, conv);
  const card = cardOf(reply!.activity);
  expect(headlineOf(card).length).toBeGreaterThan(0);
  const json = JSON.stringify(card);
  expect(json).not.toMatch(/evil\.example|onerror|<script>|jndi|MicrosoftAppPassword/);
  expect(json.length).toBeLessThan(28 * 1024);
});

test('the headline question wrapped in hostile text is still answered', async () => {
  const conv = 'a:hostile-wrapped';
  await post(bot.app.url, personalMessage(bot.connector.serviceUrl, '<b>can I fine-tune o4-mini in West Europe?</b> 🙂 ${x}', conv));
  const [reply] = await bot.connector.waitFor(1, conv);
  expect(headlineOf(cardOf(reply!.activity))).toMatch(/^Yes, with Global training/);
  expect(textOf(cardOf(reply!.activity))).not.toContain('${x}');
});

const TYPES = [
  'message',
  'invoke',
  'conversationUpdate',
  'installationUpdate',
  'messageReaction',
  'event',
  'typing',
  'endOfConversation',
  'messageUpdate',
  'messageDelete',
  'somethingNew',
  '',
];
const INVOKE_NAMES = ['adaptiveCard/action', 'composeExtension/query', 'composeExtension/selectItem', 'task/fetch', 'signin/verifyState', 'unknown/thing'];

test('2,000 generated activities, valid and invalid: never a 5xx, the process stays healthy, memory bounded', async () => {
  const base = fixture('message-personal', bot.connector.serviceUrl);
  const anything = fc.oneof(
    fc.string(),
    fc.integer(),
    fc.constant(null),
    fc.boolean(),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.dictionary(fc.string({ maxLength: 8 }), fc.string(), { maxKeys: 3 }),
  );
  const activity = fc.record(
    {
      type: fc.oneof(fc.constantFrom(...TYPES), anything),
      name: fc.oneof(fc.constantFrom(...INVOKE_NAMES), anything),
      text: fc.oneof(
        fc.string({ maxLength: 300 }),
        fc.string({ unit: 'grapheme', maxLength: 100 }),
        fc.constantFrom('models', 'can I fine-tune o4-mini in West Europe?', 'mini', '/check gpt-4o swedencentral'),
        anything,
      ),
      // Only the local connector or addresses that cannot be reached: the bot must never be made to call out.
      serviceUrl: fc.oneof(
        fc.constant(bot.connector.serviceUrl),
        fc.constantFrom('not a url', 'ftp://127.0.0.1/', ''),
        anything.filter((v) => typeof v !== 'string' || !/^\s*https?:/i.test(v)),
      ),
      conversation: fc.oneof(
        fc.record({
          id: fc.oneof(
            fc.string({ minLength: 1, maxLength: 40 }).map((s) => `a:${s}`),
            anything,
          ),
          conversationType: fc.constantFrom('personal', 'groupChat', 'channel', 'weird'),
        }),
        anything,
      ),
      from: fc.oneof(fc.record({ id: fc.string({ minLength: 1, maxLength: 20 }), name: fc.string() }), anything),
      value: fc.oneof(
        fc.record({
          action: fc.record({
            type: fc.constantFrom('Action.Execute', 'Action.Submit'),
            verb: fc.constantFrom('check', 'clarify', 'ask', 'x'),
            data: fc.dictionary(fc.constantFrom('model', 'region', 'text', 'origin'), fc.string({ maxLength: 40 })),
          }),
        }),
        fc.record({
          commandId: fc.constantFrom('findFineTuning', 'other'),
          parameters: fc.array(fc.record({ name: fc.constantFrom('question', 'initialRun', 'x'), value: anything }), { maxLength: 2 }),
        }),
        anything,
      ),
      entities: fc.oneof(fc.constant(base.entities), anything),
      membersAdded: fc.oneof(fc.array(fc.record({ id: fc.string() }), { maxLength: 2 }), anything),
    },
    { requiredKeys: [] },
  );
  const statuses = new Map<number, number>();
  if (global.gc) global.gc();
  const heapBefore = process.memoryUsage().heapUsed;
  await fc.assert(
    fc.asyncProperty(activity, async (generated) => {
      const body = { ...base, ...generated, recipient: base.recipient, channelId: 'msteams' };
      const res = await post(bot.app.url, body);
      statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
      return res.status < 500;
    }),
    { numRuns: 2000 },
  );
  // Still healthy, still answering.
  expect((await fetch(`${bot.app.url}/healthz`)).status).toBe(200);
  await stillAnswers();
  if (global.gc) global.gc();
  // The bot shares this process with the test (and jest): a loose bound that a leak per request would break.
  expect(process.memoryUsage().heapUsed - heapBefore).toBeLessThan(200 * 1024 * 1024);
  expect([...statuses.keys()].every((s) => s < 500)).toBe(true);
});

test.each(['task/fetch', 'composeExtension/selectItem', 'config/fetch', 'made/up'])(
  'an invoke the bot does not handle (%s) gets 400, not 501',
  async (name) => {
    const a = fixture('invoke-adaptiveCard-action', bot.connector.serviceUrl, (x) => {
      x.name = name;
    });
    const res = await post(bot.app.url, a);
    expect(res.status).toBe(400);
    expect(res.body.error).toBe('NotSupported');
  },
);
