// Remembered answers (src/pipeline/answer-cache.ts): a question asked again gets the very answer and card
// it got before, made once; a new catalog or a card that names who asked is never served from memory.
import path from 'node:path';
import { createAnswerCache } from '../../src/pipeline/answer-cache';
import { createMessageMaker } from '../../src/bot/handlers/card-message';
import { make, type Made } from '../../src/pipeline/made';
import { createCardRenderer } from '../../src/presentation/card-render';
import { loadKnowledge, type Knowledge } from '../../src/knowledge/load';
import { cardOf, headlineOf, textOf } from '../support/cards';
import { post, withBot } from '../support/bot-server';
import { fixture, personalMessage } from '../support/fixtures';
import { corpusQuestions, ROOT } from '../support/knowledge';

const cards = createCardRenderer(path.join(ROOT, 'cards'));
const k = loadKnowledge();

function maker(knowledge: Knowledge, text: string): { make: () => Made; made: () => number } {
  let made = 0;
  return {
    made: () => made,
    make: () => {
      made++;
      return make(knowledge.understand(text), knowledge.catalog, cards);
    },
  };
}

describe('the cache itself', () => {
  test('a question understood the same way is answered once, then served from memory', () => {
    const cache = createAnswerCache(8);
    const m = maker(k, 'can I fine-tune o4-mini in West Europe?');
    const first = cache.get(k, k.understand('can I fine-tune o4-mini in West Europe?'), m.make);
    const again = cache.get(k, k.understand('can I fine-tune o4-mini in West Europe?'), m.make);
    expect(m.made()).toBe(1);
    expect(again).toBe(first);
    expect(headlineOf(first.card('conversation'))).toBe('Yes, with Global training');
  });

  test('what it hands out is frozen all the way down: a turn cannot change the next turn’s card', () => {
    const cache = createAnswerCache(8);
    const made = cache.get(k, k.understand('o4-mini west europe'), maker(k, 'o4-mini west europe').make);
    const { answer: a } = made;
    const card = made.card('conversation');
    expect(made.card('conversation')).toBe(card);
    const body = card.body as Record<string, unknown>[];
    expect(Object.isFrozen(card)).toBe(true);
    expect(Object.isFrozen(body[0])).toBe(true);
    expect(Object.isFrozen(a)).toBe(true);
    expect(() => {
      (body[0] as Record<string, unknown>).type = 'Oops';
    }).toThrow(TypeError);
  });

  test('two ways of asking one thing share one answer; a clarification is kept per wording, since it quotes it', () => {
    const cache = createAnswerCache(8);
    const m = maker(k, 'o4-mini west europe');
    const first = cache.get(k, k.understand('o4-mini west europe'), m.make);
    expect(cache.get(k, k.understand('Can I fine-tune o4-mini in West Europe?'), m.make)).toBe(first);
    expect(m.made()).toBe(1);
    const c = maker(k, 'mini in west europe');
    const clarify = cache.get(k, k.understand('mini in west europe'), c.make);
    expect(clarify.answer.kind).toBe('clarify');
    expect(cache.get(k, k.understand('can I fine-tune mini in west europe?'), c.make)).not.toBe(clarify);
    expect(c.made()).toBe(2);
  });

  test('different questions or new knowledge each get their own answer; another origin gets its own card of the same answer', () => {
    const cache = createAnswerCache(8);
    const q = k.understand('o4-mini west europe');
    const m = maker(k, 'o4-mini west europe');
    const first = cache.get(k, q, m.make);
    cache.get(k, k.understand('o4-mini in sweden central'), m.make);
    expect(m.made()).toBe(2);
    expect(cache.size).toBe(2);
    const inConversation = first.card('conversation');
    const inserted = first.card('extension');
    expect(inserted).not.toBe(inConversation);
    expect(JSON.stringify(inserted)).toContain('"origin":"extension"');
    expect(JSON.stringify(inConversation)).not.toContain('"origin":"extension"');
    // A refreshed catalog is a new Knowledge: everything made from the old one is forgotten at once.
    const refreshed = loadKnowledge();
    cache.get(refreshed, q, m.make);
    expect(m.made()).toBe(3);
    expect(cache.size).toBe(1);
  });

  test('it holds at most its number of entries, forgetting the least recently asked', () => {
    const cache = createAnswerCache(2);
    const texts = ['o4-mini west europe', 'gpt-4.1 in japan east', 'gpt-4o in east us 2'];
    const m = maker(k, texts[0]!);
    for (const t of texts) cache.get(k, k.understand(t), m.make);
    expect(cache.size).toBe(2);
    cache.get(k, k.understand(texts[2]!), m.make);
    expect(m.made()).toBe(3);
    cache.get(k, k.understand(texts[0]!), m.make);
    expect(m.made()).toBe(4);
  });

  test('with 0 entries nothing is remembered', () => {
    const cache = createAnswerCache(0);
    const q = k.understand('o4-mini west europe');
    const m = maker(k, 'o4-mini west europe');
    cache.get(k, q, m.make);
    cache.get(k, q, m.make);
    expect(m.made()).toBe(2);
    expect(cache.size).toBe(0);
    const readings = cache.readings(k);
    k.understand('o4-mini west europe', undefined, { readings });
    expect(readings.get('o4-mini west europe')).toBeUndefined();
  });

  test('texts read under one knowledge are forgotten when it is swapped', () => {
    const cache = createAnswerCache(8);
    k.understand('o4-mini west europe', undefined, { readings: cache.readings(k) });
    expect(cache.readings(k).get('o4-mini west europe')?.question.intent).toBe('check');
    const refreshed = loadKnowledge();
    expect(cache.readings(refreshed).get('o4-mini west europe')).toBeUndefined();
  });

  test('a question read before comes back as the same object and finds its answer without being serialised again', () => {
    const cache = createAnswerCache(8);
    const text = 'can I fine-tune o4-mini in West Europe?';
    const m = maker(k, text);
    const ask = () => k.understand(text, undefined, { readings: cache.readings(k) });
    const first = cache.get(k, ask(), m.make);
    const q = ask();
    expect(q).toBe(ask());
    const stringify = jest.spyOn(JSON, 'stringify');
    try {
      expect(cache.get(k, q, m.make)).toBe(first);
      expect(stringify).not.toHaveBeenCalled();
    } finally {
      stringify.mockRestore();
    }
    expect(m.made()).toBe(1);
    // The same question object under refreshed knowledge gets its own answer.
    cache.get(loadKnowledge(), q, m.make);
    expect(m.made()).toBe(2);
  });

  test('a follow-up, a new object every turn, is still served from memory when understood the same way', () => {
    const cache = createAnswerCache(8);
    const readings = cache.readings(k);
    const memory = { question: k.understand('o4-mini west europe'), at: Date.now() };
    const followUp = () => k.understand('what about Sweden Central?', memory, { readings });
    const m = maker(k, 'o4-mini in sweden central');
    expect(followUp()).not.toBe(followUp());
    const first = cache.get(k, followUp(), m.make);
    expect(cache.get(k, followUp(), m.make)).toBe(first);
    expect(m.made()).toBe(1);
  });

  test('the message for a remembered card is made once, carries that card and is frozen too', () => {
    const cache = createAnswerCache(8);
    const made = cache.get(k, k.understand('o4-mini west europe'), maker(k, 'o4-mini west europe').make);
    const card = made.card('conversation');
    const messageFor = createMessageMaker();
    const message = messageFor({ card, answer: made.answer });
    expect(messageFor({ card, answer: made.answer })).toBe(message);
    expect(message.attachments?.[0]?.content).toBe(card);
    expect(message.summary).toBe('Yes, with Global training — o4-mini in West Europe');
    expect(Object.isFrozen(message)).toBe(true);
    expect(Object.isFrozen(message.attachments)).toBe(true);
  });

  test('answers and cards are the same every time for every corpus question, which is what makes remembering them safe', () => {
    const questions = corpusQuestions();
    expect(questions.length).toBeGreaterThan(200);
    for (const text of questions) {
      const m = maker(k, text);
      const [one, two] = [m.make(), m.make()];
      expect([text, one.answer, one.card('conversation'), one.text()]).toEqual([text, two.answer, two.card('conversation'), two.text()]);
    }
  });
});

describe('in the bot', () => {
  const bot = withBot();

  test('the same question from two people in two chats gets identical cards', async () => {
    const text = 'can I fine-tune gpt-4.1-mini in Sweden Central?';
    await post(bot.app.url, personalMessage(bot.connector.serviceUrl, text, 'a:cache-1', '29:cache-user-1'));
    await post(bot.app.url, personalMessage(bot.connector.serviceUrl, text, 'a:cache-2', '29:cache-user-2'));
    const [one] = await bot.connector.waitFor(1, 'a:cache-1');
    const [two] = await bot.connector.waitFor(1, 'a:cache-2');
    expect(cardOf(one!.activity)).toEqual(cardOf(two!.activity));
    expect(one!.activity.summary).toBe(two!.activity.summary);
  });

  test('a card that names who asked is made for each person, never served from memory', async () => {
    const asked = async (name: string) => {
      const res = await post(
        bot.app.url,
        fixture('invoke-adaptiveCard-action', bot.connector.serviceUrl, (a) => {
          a.id = `invoke-cache-${name}`;
          a.from = { ...a.from, name };
          a.value.action = { type: 'Action.Execute', title: 'Check', verb: 'check', data: { model: 'o4-mini', region: 'westeurope', origin: 'extension' } };
          a.conversation = { id: '19:cache-group@thread.v2', conversationType: 'groupChat', isGroup: true, tenantId: a.conversation.tenantId };
        }),
      );
      expect(res.body.type).toBe('application/vnd.microsoft.card.adaptive');
      return textOf(res.body.value);
    };
    expect(await asked('Grace Hopper')).toContain('Asked by Grace Hopper');
    const second = await asked('Alan Turing');
    expect(second).toContain('Asked by Alan Turing');
    expect(second).not.toContain('Grace Hopper');
  });
});
