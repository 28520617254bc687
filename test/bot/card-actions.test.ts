// In-card actions (Action.Execute -> adaptiveCard/action invokes): answered in the HTTP response, in place
// or as a new reply depending on where the card lives.
import { actionsOf, cardOf, headlineOf, textOf } from '../support/cards';
import { post, withBot } from '../support/bot-server';
import { fixture, personalMessage } from '../support/fixtures';

const bot = withBot();

type Scope = 'personal' | 'groupChat' | 'channel';

function invoke(verb: string, data: Record<string, unknown>, scope: Scope, conversationId: string) {
  return fixture('invoke-adaptiveCard-action', bot.connector.serviceUrl, (a) => {
    a.id = `invoke-${Math.random().toString(36).slice(2)}`;
    a.value.action = { type: 'Action.Execute', title: 'Check', verb, data };
    a.conversation = { id: conversationId, conversationType: scope, isGroup: scope !== 'personal', tenantId: a.conversation.tenantId };
  });
}

test('a clarification button answers the question in one click', async () => {
  const conv = 'a:clarify';
  await post(bot.app.url, personalMessage(bot.connector.serviceUrl, 'can I fine-tune mini in West Europe?', conv));
  const [reply] = await bot.connector.waitFor(1, conv);
  const card = cardOf(reply!.activity);
  expect(headlineOf(card)).toMatch(/Which model do you mean by “mini”/);
  const buttons = actionsOf(card).filter((x) => x.type === 'Action.Execute');
  expect(buttons.map((b) => b.title)).toEqual(expect.arrayContaining(['gpt-4o-mini', 'gpt-4.1-mini', 'o4-mini']));
  const o4 = buttons.find((b) => b.title === 'o4-mini')!;
  expect(o4.verb).toBe('clarify');
  const res = await post(bot.app.url, invoke(o4.verb, o4.data, 'personal', conv));
  expect(res.status).toBe(200);
  expect(res.body.statusCode).toBe(200);
  expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
  expect(headlineOf(res.body.value)).toMatch(/^Yes, with Global training/);
  expect(textOf(res.body.value)).toContain('o4-mini in West Europe');
});

test('the Check button in a personal chat returns the updated card in place', async () => {
  const conv = 'a:picker';
  const res = await post(bot.app.url, invoke('check', { model: 'gpt-4o', region: 'eastus2', origin: 'conversation' }, 'personal', conv));
  expect(res.status).toBe(200);
  expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
  expect(headlineOf(res.body.value)).toMatch(/^Yes, with Standard or Global training/);
  expect(bot.connector.to(conv)).toHaveLength(0);
});

test.each<Scope>(['groupChat', 'channel'])('the Check button on a shared card in a %s answers in a new reply and leaves the card', async (scope) => {
  const conv = scope === 'channel' ? '19:fake-channel-id@thread.tacv2;messageid=99' : '19:group@thread.v2';
  const res = await post(bot.app.url, invoke('check', { model: 'o4-mini', region: 'swedencentral', origin: 'conversation' }, scope, conv));
  expect(res.status).toBe(200);
  expect(res.body.type).toBe('application/vnd.microsoft.activity.message');
  const [reply] = await bot.connector.waitFor(1, conv);
  expect(reply!.activity.summary).toContain('o4-mini in Sweden Central');
});

test('a card inserted by the message extension is updated in place and names who asked', async () => {
  const conv = '19:not-a-member@thread.v2';
  const res = await post(bot.app.url, invoke('check', { model: 'gpt-4.1', region: 'japaneast', origin: 'extension' }, 'groupChat', conv));
  expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
  const text = textOf(res.body.value);
  expect(text).toContain('Asked by Ada Lovelace');
  expect(text).toMatch(/Vision fine-tuning isn't supported in Japan East/);
  expect(bot.connector.to(conv)).toHaveLength(0);
});

test.each([
  [{ origin: 'conversation' }, /Pick a model and a region/],
  [{ model: 'gpt-4o', origin: 'conversation' }, /Pick a region/],
  [{ model: 'not-a-model', region: 'westeurope', origin: 'conversation' }, /Pick a model/],
  [{ model: 'gpt-4o', region: 'atlantis', origin: 'conversation' }, /Pick a region/],
])('bad or missing picker values %j give a card that says what is missing', async (data, message) => {
  const res = await post(bot.app.url, invoke('check', data, 'personal', 'a:bad-picker'));
  expect(res.status).toBe(200);
  expect(headlineOf(res.body.value)).toMatch(message);
});

test('an invoke without an action gets 400, and the bot keeps serving', async () => {
  const bad = invoke('check', {}, 'personal', 'a:no-action');
  delete bad.value.action;
  expect((await post(bot.app.url, bad)).status).toBe(400);
  const unknownVerb = await post(bot.app.url, invoke('launchRockets', {}, 'personal', 'a:no-action'));
  expect(headlineOf(unknownVerb.body.value)).toMatch(/I don’t know this button/);
});
