// What is stored for follow-ups (remember): small, without the typed words, and enough that every follow-up
// is understood exactly as it would be from the whole question.
import { answer } from '../../src/core/answer/answer';
import type { Question } from '../../src/core/question';
import { remember } from '../../src/core/understand';
import { corpusQuestions, seedCatalog } from '../support/knowledge';
import { MINUTE, T0, understand } from './support';

const catalog = seedCatalog();

/** A question without the words that named its model and place, which memory does not keep. */
const unsaid = (q: Question): Question => ({ ...q, models: q.models.map((m) => ({ ...m, said: '' })), place: q.place && { ...q.place, said: '' } });

const corpus = corpusQuestions();

const FOLLOW_UPS = [
  'what about Sweden Central?',
  'and gpt-4.1?',
  'with data residency?',
  'with images?',
  'which models can I fine-tune there?',
  'where can I fine-tune it?',
  'compare with gpt-4o',
  'in Japan East',
  'and Europe?',
  'excluding global?',
  'no images',
  'and with DPO?',
];

test('every follow-up to every corpus question reads, and is answered, the same from what is remembered as from the whole question', () => {
  const now = T0 + 5 * MINUTE;
  let filled = 0;
  for (const text of corpus) {
    const whole = understand(text);
    for (const f of FOLLOW_UPS) {
      const fromWhole = understand(f, { question: whole, at: T0 }, { now });
      const fromRemembered = understand(f, { question: remember(whole), at: T0 }, { now });
      expect([text, f, unsaid(fromRemembered)]).toEqual([text, f, unsaid(fromWhole)]);
      expect([text, f, answer(fromRemembered, catalog)]).toEqual([text, f, answer(fromWhole, catalog)]);
      if (fromWhole.followUp) filled++;
    }
  }
  expect(filled).toBeGreaterThan(500);
});

test('what is remembered keeps what the question was about and drops the words and empty fields', () => {
  const q = understand('can I fine-tune o4-mini in West Europe?');
  expect(remember(q)).toEqual({ intent: 'check', models: [{ id: 'o4-mini', source: 'catalog', version: null, said: '' }], regions: ['westeurope'] });
  expect(JSON.stringify(remember(understand('can I fine-tune O4 Mini in WestEurope?')))).not.toMatch(/can I|O4 Mini|WestEurope/);
  const europe = understand('gpt-4.1 with images in Europe with data residency');
  expect(remember(europe)).toMatchObject({ place: { name: 'Europe' }, tier: 'standard', modality: 'vision' });
  // What a question ruled out, said or asked in the negative is kept, and only then.
  expect(remember(understand('can gpt-4o NOT be fine-tuned in Japan East excluding Global, text only, with DPO?'))).toEqual({
    intent: 'check',
    models: [{ id: 'gpt-4o', source: 'catalog', version: null, said: '' }],
    regions: ['japaneast'],
    tier: 'standard',
    excludeTiers: ['global'],
    modality: 'text',
    method: 'DPO',
    negated: true,
  });
  expect(Object.keys(remember(understand('which models can NOT be fine-tuned in West Europe')))).toEqual(['intent', 'models', 'regions', 'negated']);
});
