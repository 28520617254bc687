// Texts read before (options.readings): the bot keeps them so that a text typed again is not read again.
// Understanding with a memo must be exactly understanding without one, with or without memory.
import type { ReadingMemo, TextReading } from '../../src/core/understand';
import { corpusQuestions } from '../support/knowledge';
import { memoryOf, T0, MINUTE, understand } from './support';

const corpus = corpusQuestions();

function mapMemo(): ReadingMemo & { reads: number; kept: Map<string, TextReading> } {
  const kept = new Map<string, TextReading>();
  const memo = {
    kept,
    reads: 0,
    get: (text: string) => kept.get(text),
    set: (text: string, read: TextReading) => {
      memo.reads++;
      kept.set(text, read);
    },
  };
  return memo;
}

const memories = [
  undefined,
  memoryOf('can I fine-tune gpt-4o in Sweden Central?'),
  memoryOf('where can I fine-tune gpt-4.1?'),
  memoryOf('what can I fine-tune in Japan East?'),
];

test('every corpus question, with and without memory, is understood the same with a memo, read or remembered', () => {
  expect(corpus.length).toBeGreaterThan(200);
  const memo = mapMemo();
  for (const round of ['first read', 'remembered']) {
    for (const text of corpus) {
      for (const memory of memories) {
        const options = { now: T0 + 2 * MINUTE };
        expect([round, text, understand(text, memory, { ...options, readings: memo })]).toEqual([round, text, understand(text, memory, options)]);
      }
    }
  }
  // Each distinct text (after trimming and bounding) was read once, however often it was asked.
  expect(memo.reads).toBe(memo.kept.size);
  expect(memo.kept.size).toBeGreaterThan(200);
});

test('a text read again is taken from the memo, and what is kept is frozen', () => {
  const memo = mapMemo();
  const first = understand('can I fine-tune o4-mini in West Europe?', undefined, { readings: memo });
  const again = understand('can I fine-tune o4-mini in West Europe?', undefined, { readings: memo });
  expect(memo.reads).toBe(1);
  expect(again).toBe(first);
  const kept = [...memo.kept.values()][0]!;
  expect(Object.isFrozen(kept.question)).toBe(true);
  expect(Object.isFrozen(kept.reading.tokens)).toBe(true);
  expect(Object.isFrozen(kept.question.models[0])).toBe(true);
});

test('a follow-up built on a remembered reading leaves the remembered question untouched', () => {
  const memo = mapMemo();
  const alone = understand('what about Sweden Central?', undefined, { readings: memo });
  const followUp = understand('what about Sweden Central?', memoryOf('can I fine-tune gpt-4o in West Europe?'), { now: T0 + MINUTE, readings: memo });
  expect(followUp).toMatchObject({ intent: 'check', followUp: true, regions: ['swedencentral'] });
  expect(followUp.models.map((m) => m.id)).toEqual(['gpt-4o']);
  expect(alone).toMatchObject({ intent: 'region', followUp: false, models: [] });
  expect(understand('what about Sweden Central?', undefined, { readings: memo })).toBe(alone);
});
