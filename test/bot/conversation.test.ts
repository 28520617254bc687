// The bot over the Bot Framework protocol: real restify server, real CloudAdapter, replies recorded by a
// local bot.connector. Activities are the Teams fixtures' shapes.
import { cardOf, headlineOf, textOf } from '../support/cards';
import { post, startBot, withBot } from '../support/bot-server';
import { channelMention, fixture, personalMessage } from '../support/fixtures';

const bot = withBot();
beforeEach(() => bot.connector.clear());

async function ask(activity: Record<string, any>) {
  const before = bot.connector.to(activity.conversation.id).length;
  const res = await post(bot.app.url, activity);
  expect(res.status).toBeLessThan(300);
  const replies = await bot.connector.waitFor(before + 1, activity.conversation.id);
  return replies[replies.length - 1]!;
}

test('a personal chat question gets one card that answers yes with Global training first', async () => {
  const activity = fixture('message-personal', bot.connector.serviceUrl);
  const reply = await ask(activity);
  expect(bot.connector.to(activity.conversation.id)).toHaveLength(1);
  const card = cardOf(reply.activity);
  expect(card.version).toBe('1.5');
  expect(headlineOf(card)).toMatch(/^Yes, with Global training/);
  const text = textOf(card);
  expect(text).toMatch(/East US 2 and Sweden Central/);
  expect(text).toMatch(/o4-mini has a Developer tier/i);
  expect(text).toMatch(/Fine-tuning model support, 2026-10-06/);
  expect(text).toMatch(/Standard training regions were last listed on 2026-03-05/);
  expect(reply.activity.summary).toMatch(/^Yes, with Global training — o4-mini in West Europe/);
  expect(reply.activity.replyToId).toBe(activity.id);
});

test('a group chat @mention is answered without the mention getting in the way', async () => {
  const reply = await ask(fixture('message-groupchat-mention', bot.connector.serviceUrl));
  const card = cardOf(reply.activity);
  expect(headlineOf(card)).toContain('o4-mini');
  expect(textOf(card)).toMatch(/East US 2.*Sweden Central/s);
});

test('a channel @mention about something the document does not cover gets a polite card', async () => {
  const reply = await ask(fixture('message-channel-mention', bot.connector.serviceUrl));
  const card = cardOf(reply.activity);
  expect(headlineOf(card)).toMatch(/can't answer questions about quota/i);
  expect(textOf(card)).toMatch(/Open the source document/);
});

test.each([
  ['/check o4-mini westeurope', /^Yes, with Global training/],
  ['check o4-mini swedencentral', /^Yes, with Standard or Global training/],
  ['/model gpt-4o', /^gpt-4o: where you can fine-tune it/],
  ['model gpt-4.1-nano', /^gpt-4.1-nano: where/],
  ['/region swedencentral', /can be fine-tuned in Sweden Central/],
  ['region West Europe', /can be fine-tuned in West Europe/],
  ['/models', /^\d+ models can be fine-tuned/],
  ['models', /^\d+ models can be fine-tuned/],
  ['/regions', /^Fine-tuning is available in \d+ regions/],
  ['regions', /^Fine-tuning is available in \d+ regions/],
  ['/compare gpt-4o gpt-4.1', /gpt-4o vs gpt-4.1/],
  ['compare gpt-4o gpt-4.1', /gpt-4o vs gpt-4.1/],
  ['/help', /^Ask me where you can fine-tune/],
  ['help', /^Ask me where you can fine-tune/],
])('the command %s is answered with the right card', async (text, headline) => {
  const reply = await ask(personalMessage(bot.connector.serviceUrl, text, `a:cmd-${text}`));
  expect(headlineOf(cardOf(reply.activity))).toMatch(headline);
});

test('a follow-up continues the last question of the same person', async () => {
  const conv = 'a:follow-up';
  await ask(personalMessage(bot.connector.serviceUrl, 'can I fine-tune o4-mini in West Europe?', conv));
  const reply = await ask(personalMessage(bot.connector.serviceUrl, 'what about Sweden Central?', conv));
  const card = cardOf(reply.activity);
  expect(headlineOf(card)).toMatch(/^Yes, with Standard or Global training/);
  expect(reply.activity.summary).toContain('o4-mini in Sweden Central');
  const next = await ask(personalMessage(bot.connector.serviceUrl, 'and gpt-4.1?', conv));
  expect(next.activity.summary).toContain('gpt-4.1 in Sweden Central');
  const residency = await ask(personalMessage(bot.connector.serviceUrl, 'with data residency?', conv));
  expect(headlineOf(cardOf(residency.activity))).toMatch(/^Yes, with Standard training/);
});

test('two conversations interleaved never see each other’s memory', async () => {
  const a = 'a:conversation-a';
  const b = '19:conversation-b@thread.v2';
  await ask(personalMessage(bot.connector.serviceUrl, 'can I fine-tune o4-mini in West Europe?', a));
  await ask(personalMessage(bot.connector.serviceUrl, 'can I fine-tune gpt-4o in East US?', b));
  const ra = await ask(personalMessage(bot.connector.serviceUrl, 'what about Sweden Central?', a));
  const rb = await ask(personalMessage(bot.connector.serviceUrl, 'and gpt-4.1?', b));
  expect(ra.activity.summary).toContain('o4-mini in Sweden Central');
  expect(rb.activity.summary).toContain('gpt-4.1 in East US');
  expect(bot.connector.to(a).every((r) => r.conversationId === a)).toBe(true);
});

test('two people in one channel thread do not continue each other’s questions', async () => {
  const thread = '19:fake-channel-id@thread.tacv2;messageid=42';
  await ask(channelMention(bot.connector.serviceUrl, 'can I fine-tune o4-mini in West Europe?', '29:ada', thread));
  const other = await ask(channelMention(bot.connector.serviceUrl, 'what about Sweden Central?', '29:grace', thread));
  // Grace asked nothing before: her question is about the region alone, not Ada's check.
  expect(headlineOf(cardOf(other.activity))).toMatch(/can be fine-tuned in Sweden Central/);
  const ada = await ask(channelMention(bot.connector.serviceUrl, 'what about Sweden Central?', '29:ada', thread));
  expect(ada.activity.summary).toContain('o4-mini in Sweden Central');
});

/** Posts a personal message in one conversation to the given bot and returns the reply it caused. */
function sender(url: string, conv: string) {
  return async (text: string) => {
    const before = bot.connector.to(conv).length;
    await post(url, personalMessage(bot.connector.serviceUrl, text, conv));
    return (await bot.connector.waitFor(before + 1, conv)).at(-1)!;
  };
}

test('memory older than 30 minutes is ignored', async () => {
  let now = Date.UTC(2026, 0, 1, 9, 0);
  const clocked = await startBot({}, { now: () => now });
  try {
    const send = sender(clocked.url, 'a:stale');
    await send('can I fine-tune o4-mini in West Europe?');
    now += 31 * 60_000;
    const reply = await send('what about Sweden Central?');
    expect(headlineOf(cardOf(reply.activity))).toMatch(/can be fine-tuned in Sweden Central/);
  } finally {
    await clocked.close();
  }
});

test('MEMORY_MINUTES sets how long a question is remembered', async () => {
  let now = Date.UTC(2026, 0, 1, 9, 0);
  const clocked = await startBot({ MEMORY_MINUTES: '45' }, { now: () => now });
  try {
    const send = sender(clocked.url, 'a:window-45');
    await send('can I fine-tune o4-mini in West Europe?');
    now += 40 * 60_000;
    expect((await send('what about Sweden Central?')).activity.summary).toContain('o4-mini in Sweden Central');
    now += 46 * 60_000;
    expect(headlineOf(cardOf((await send('what about West Europe?')).activity))).toMatch(/can be fine-tuned in West Europe/);
  } finally {
    await clocked.close();
  }
});

test('the welcome card comes once when the bot is added, whatever events announce it', async () => {
  const added = fixture('conversation-update-bot-added-personal', bot.connector.serviceUrl);
  const conv = added.conversation.id;
  expect((await post(bot.app.url, added)).status).toBeLessThan(300);
  const [welcome] = await bot.connector.waitFor(1, conv);
  expect(headlineOf(cardOf(welcome!.activity))).toMatch(/^Ask me where you can fine-tune/);
  const install = fixture('installation-update-add', bot.connector.serviceUrl, (a) => {
    a.conversation = { ...added.conversation };
  });
  expect((await post(bot.app.url, install)).status).toBeLessThan(300);
  expect((await post(bot.app.url, added)).status).toBeLessThan(300);
  await new Promise((r) => setTimeout(r, 200));
  expect(bot.connector.to(conv)).toHaveLength(1);
});

test('a bot added to a team welcomes the channel', async () => {
  const added = fixture('conversation-update-bot-added-team', bot.connector.serviceUrl);
  expect((await post(bot.app.url, added)).status).toBeLessThan(300);
  const [welcome] = await bot.connector.waitFor(1, added.conversation.id);
  expect(textOf(cardOf(welcome!.activity))).toMatch(/Try asking/);
});

test('a card reaction or an unknown activity type is accepted quietly and the next message is answered', async () => {
  expect((await post(bot.app.url, fixture('message-reaction', bot.connector.serviceUrl))).status).toBeLessThan(300);
  const odd = personalMessage(bot.connector.serviceUrl, 'x', 'a:odd');
  odd.type = 'somethingNew';
  expect((await post(bot.app.url, odd)).status).toBeLessThan(300);
  const reply = await ask(personalMessage(bot.connector.serviceUrl, 'models', 'a:odd'));
  expect(headlineOf(cardOf(reply.activity))).toMatch(/models can be fine-tuned/);
  expect(bot.connector.to('a:odd')).toHaveLength(1);
});

test('an Action.Submit click (message with value, no text) is answered from the value', async () => {
  const submit = fixture('message-submit-from-card', bot.connector.serviceUrl, (a) => {
    a.value = { text: 'model o4-mini' };
  });
  const reply = await ask(submit);
  expect(headlineOf(cardOf(reply.activity))).toMatch(/^o4-mini/);
});

test('a turn that fails gets a short apology without internals, and the process keeps serving', async () => {
  const { loadKnowledge } = await import('../../src/knowledge/load');
  const real = loadKnowledge();
  let broken = true;
  const flaky = {
    ...real,
    understand: (...args: Parameters<typeof real.understand>) => {
      if (broken) throw new Error('secret internal detail at /srv/app.js:42');
      return real.understand(...args);
    },
  };
  const fragile = await startBot({}, { knowledge: flaky });
  try {
    const conv = 'a:fails';
    expect((await post(fragile.url, personalMessage(bot.connector.serviceUrl, 'models', conv))).status).toBe(200);
    const [apology] = await bot.connector.waitFor(1, conv);
    const card = cardOf(apology!.activity);
    expect(headlineOf(card)).toBe('Sorry, something went wrong on my side');
    expect(JSON.stringify(card)).not.toMatch(/secret|srv|app\.js/);
    broken = false;
    await post(fragile.url, personalMessage(bot.connector.serviceUrl, 'models', conv));
    const replies = await bot.connector.waitFor(2, conv);
    expect(headlineOf(cardOf(replies[1]!.activity))).toMatch(/models can be fine-tuned/);
  } finally {
    await fragile.close();
  }
});

test('installationUpdate and conversationUpdate arriving together still give one welcome', async () => {
  const added = fixture('conversation-update-bot-added-personal', bot.connector.serviceUrl, (a) => {
    a.conversation.id = 'a:together';
  });
  const install = fixture('installation-update-add', bot.connector.serviceUrl, (a) => {
    a.conversation = { ...added.conversation };
  });
  await Promise.all([post(bot.app.url, added), post(bot.app.url, install), post(bot.app.url, added)]);
  await bot.connector.waitFor(1, 'a:together');
  await new Promise((r) => setTimeout(r, 200));
  expect(bot.connector.to('a:together')).toHaveLength(1);
});
