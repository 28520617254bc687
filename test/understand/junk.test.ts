// Junk never throws and is help or unknown; only the first 1,000 characters are read; and a property test:
// understand never throws on any string, with or without memory, and always returns a well-formed Question.
import fc from 'fast-check';
import { INTENTS, type Memory, type Question } from '../../src/core/question';
import { MAX_TEXT_LENGTH } from '../../src/core/understand';
import { expectQuestion, memoryOf, MINUTE, T0, understand, type Expected } from './support';

describe('junk is help or unknown', () => {
  test.each([
    ['', { intent: 'help' }],
    ['   \n\t  ', { intent: 'help' }],
    ['🎉🎉🎉', { intent: 'unknown' }],
    ['👍', { intent: 'unknown' }],
    ['${process.env.SECRET}', { intent: 'unknown' }],
    ['${{7*7}}', { intent: 'unknown' }],
    ['<script>alert(1)</script>', { intent: 'unknown' }],
    ['<b>hello</b>', { intent: 'help' }],
    ['<p></p><br/>', { intent: 'unknown' }],
    ['?!?', { intent: 'unknown' }],
    ['a'.repeat(10_000), { intent: 'unknown' }],
    ['\u0000\u0001\u0002', { intent: 'unknown' }],
    ['\ud83d', { intent: 'unknown' }],
    ['zzzzz qqqqq xxxxx', { intent: 'unknown' }],
  ] as [string, Expected][])('%j', (text, expected) => {
    expectQuestion(understand(text), expected);
  });
});

describe('bounded work on huge input', () => {
  test('only the first 1,000 characters are read, and Question.text is that bounded text', () => {
    const text = `can I fine-tune o4-mini in West Europe? ${'lorem ipsum '.repeat(200)} and gpt-4.1 in Sweden Central`;
    const q = understand(text);
    expect(MAX_TEXT_LENGTH).toBe(1000);
    expect(q.text.length).toBeLessThanOrEqual(1000);
    expect(text.startsWith(q.text)).toBe(true);
    expect(q.models.map((m) => m.id)).toEqual(['o4-mini']);
    expect(q.regions).toEqual(['westeurope']);
  });

  test('the text is trimmed', () => {
    expect(understand('   help   ').text).toBe('help');
  });

  test('10,000 characters of words with many near-names still come back as one question', () => {
    const text = 'swedn westeurop gtp4o nrth centrl '.repeat(300);
    const q = understand(text);
    expect(INTENTS).toContain(q.intent);
    expect(q.text.length).toBeLessThanOrEqual(1000);
  });
});

function wellFormed(q: Question): void {
  expect(INTENTS).toContain(q.intent);
  expect(typeof q.text).toBe('string');
  expect(q.text.length).toBeLessThanOrEqual(MAX_TEXT_LENGTH);
  expect(Array.isArray(q.models)).toBe(true);
  for (const m of q.models) {
    expect(typeof m.id).toBe('string');
    expect(['catalog', 'other']).toContain(m.source);
  }
  for (const r of q.regions) expect(r).toMatch(/^[a-z0-9]+$/);
  expect(new Set(q.regions).size).toBe(q.regions.length);
  expect(new Set(q.models.map((m) => m.id)).size).toBe(q.models.length);
  expect(typeof q.followUp).toBe('boolean');
}

const memories: Memory[] = [
  memoryOf('can I fine-tune gpt-4o in Sweden Central with data residency?'),
  memoryOf('tell me about o4-mini'),
  memoryOf('what can I fine-tune in Germany?'),
  memoryOf('mini'),
  memoryOf('compare gpt-4o and gpt-4.1'),
  memoryOf('help'),
];

// Words the understander cares about, so generated strings hit the interesting paths, not only noise.
const words = fc.constantFrom(
  'gpt-4o',
  'gpt',
  '4.1',
  'mini',
  'o4',
  'west',
  'europe',
  'us',
  'US',
  'the',
  'in',
  'central',
  'sweden',
  'east',
  '2',
  'global',
  'standard',
  'with',
  'images',
  'compare',
  'vs',
  'and',
  'what',
  'about',
  '/check',
  'models',
  'regions',
  'help',
  '2024-05-13',
  '(',
  ')',
  '?',
  'swedn',
  'gtp-4o',
  'how',
  'much',
  'Germany',
  'U.S.',
  '${x}',
  '<b>',
  '🎉',
  '-',
  '.',
  ' ',
);
const phrase = fc.array(words, { maxLength: 12 }).map((ws) => ws.join(' '));
const anyText = fc.oneof(fc.string({ maxLength: 200 }), fc.string({ unit: 'grapheme', maxLength: 100 }), fc.string({ unit: 'binary', maxLength: 100 }), phrase);

describe('property: understand never throws and always returns a valid question', () => {
  test('on any string', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        wellFormed(understand(text));
      }),
      { numRuns: 1500 },
    );
  });

  test('on any string, with memory (fresh or expired)', () => {
    fc.assert(
      fc.property(anyText, fc.constantFrom(...memories), fc.integer({ min: -10, max: 60 }), (text, memory, minutes) => {
        wellFormed(understand(text, memory, { now: T0 + minutes * MINUTE }));
      }),
      { numRuns: 1500 },
    );
  });

  test('on odd memory (a stored question missing fields, a bad timestamp)', () => {
    const odd = [
      { question: {} as Question, at: T0 },
      { question: null as unknown as Question, at: T0 },
      { question: understand('gpt-4o in Sweden Central'), at: Number.NaN },
      { question: { ...understand('gpt-4o in Sweden Central'), place: undefined } as unknown as Question, at: T0 },
    ];
    for (const m of odd) wellFormed(understand('what about West Europe?', m, { now: T0 + MINUTE }));
  });
});
