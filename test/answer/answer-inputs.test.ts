// What of a Question its answer depends on (src/core/answer/answer-inputs.ts): remembered answers are keyed
// by it, so it must leave out nothing an answer reads. Every answer but a clarification is the same without
// the words typed; a clarification keeps them, because it quotes them.
import fc from 'fast-check';
import { answer } from '../../src/core/answer/answer';
import { answerInputs } from '../../src/core/answer/answer-inputs';
import type { Memory } from '../../src/core/question';
import { corpusQuestions, seedCatalog } from '../support/knowledge';
import { MINUTE, T0, understand } from '../understand/support';

const catalog = seedCatalog();
const memoryOf = (text: string): Memory => ({ question: understand(text), at: T0 });
const memories = [
  undefined,
  memoryOf('can I fine-tune o4-mini in West Europe?'),
  memoryOf('gpt-4.1 in Europe with data residency'),
  memoryOf('compare gpt-4o and gpt-4.1'),
];
const FOLLOW_UPS = ['what about Sweden Central?', 'and gpt-4.1?', 'with images?', 'which models can I fine-tune there?', 'in the US'];

test('every corpus question, alone or as a follow-up, is answered the same from its answer inputs as from the whole question', () => {
  let withoutWords = 0;
  for (const text of [...corpusQuestions(), ...FOLLOW_UPS]) {
    for (const memory of memories) {
      const q = understand(text, memory, { now: T0 + 5 * MINUTE });
      const inputs = answerInputs(q);
      expect([text, answer(inputs, catalog)]).toEqual([text, answer(q, catalog)]);
      if (inputs.text === '') withoutWords++;
    }
  }
  expect(withoutWords).toBeGreaterThan(700);
});

// Words the understander knows, so that generated questions reach every kind of answer.
const words = fc.constantFrom(
  'gpt-4o',
  'gpt',
  '4.1',
  'mini',
  'o4',
  'o4-mini',
  'west',
  'europe',
  'us',
  'the',
  'in',
  'central',
  'sweden',
  'east',
  '2',
  'global',
  'standard',
  'developer',
  'with',
  'images',
  'compare',
  'vs',
  'and',
  'what',
  'about',
  '/check',
  '/model',
  'models',
  'regions',
  'where',
  'can',
  'I',
  'fine-tune',
  'limits',
  'swedn',
  'gtp-4o',
  'Germany',
  'Japan',
  'data residency',
  'gpt-5',
  'llama',
  '?',
  'not',
  "can't",
  'without',
  'excluding',
  'no',
  'lack',
  'preview',
  'text only',
  'DPO',
  'our DPO',
  'portal',
  'how much',
  '.',
  'residncy',
);

test('property: any question is answered the same from its answer inputs', () => {
  fc.assert(
    fc.property(fc.array(words, { minLength: 1, maxLength: 10 }), fc.constantFrom(...memories), (ws, memory) => {
      const q = understand(ws.join(' '), memory, { now: T0 + MINUTE });
      expect(answer(answerInputs(q), catalog)).toEqual(answer(q, catalog));
    }),
    { numRuns: 800 },
  );
});

test('two ways of asking the same thing have the same answer inputs', () => {
  const asked = ['o4-mini west europe', 'Can I fine-tune o4-mini in West Europe?', 'o4 mini in WestEurope?', '@Scout can i finetune O4-Mini in westeurope'];
  const inputs = asked.map((t) => answerInputs(understand(t)));
  for (const x of inputs) expect(x).toEqual(inputs[0]);
  expect(inputs[0]).toMatchObject({ intent: 'check', text: '', models: [{ id: 'o4-mini', said: '' }], regions: ['westeurope'] });
});

test('a clarification keeps the words, because its card quotes them', () => {
  const q = understand('can I fine-tune mini in west europe?');
  expect(q.intent).toBe('clarify');
  expect(answerInputs(q)).toBe(q);
  expect(answerInputs(understand('can I fine-tune mini in west europe?'))).not.toEqual(answerInputs(understand('mini in west europe')));
});
