// Answers to negated, combined, misspelt and partly off-topic questions (test/support/negation-cases.ts):
// the verdict and a headline fact over the seed catalog, and the properties behind them: a negated filter
// lists the complement, and a sentence on a topic the document does not cover never changes a verdict.
import fc from 'fast-check';
import { answer } from '../../src/core/answer/answer';
import type { Answer } from '../../src/core/answer/types';
import type { Filter } from '../../src/core/question';
import { ALL_CASES, CASES } from '../support/negation-cases';
import { seedCatalog } from '../support/knowledge';
import { understand } from '../understand/support';

const catalog = seedCatalog();
const ask = (text: string): Answer => answer(understand(text), catalog);

describe.each(Object.entries(CASES))('%s', (_category, cases) => {
  test.each(cases.map((x) => [x.text, x] as const))('%j', (text, x) => {
    const a = ask(text);
    expect({ verdict: a.verdict, headline: a.headline }).toEqual({ verdict: x.verdict, headline: expect.stringMatching(x.headline) });
    if (x.matches) expect(a.matches).toEqual(x.matches);
    if (x.note) expect(a.notes).toContainEqual(expect.stringMatching(x.note));
  });
});

test('no answer to a negated question leads with a bare "Yes" or "No"', () => {
  for (const x of ALL_CASES) {
    const q = understand(x.text);
    if (q.negated) expect([x.text, ask(x.text).headline]).toEqual([x.text, expect.not.stringMatching(/^(Yes|No)\b/)]);
  }
});

test('an answer never says a part is outside the document unless the message had one', () => {
  for (const x of ALL_CASES) {
    const q = understand(x.text);
    const said = ask(x.text).notes.some((n) => n.startsWith("The document doesn't cover"));
    expect([x.text, said]).toEqual([x.text, q.aside !== null]);
  }
});

// How people ask for models with a property, and for the models without it: the properties the seed's
// document states (methods and interactive training are only in the current documents).
type SeedFilter = Exclude<Filter, 'sft' | 'dpo' | 'rft' | 'interactive'>;
const HAS: Record<SeedFilter, readonly string[]> = {
  vision: ['which models support vision', 'which models can be fine-tuned with images', 'vision models'],
  developer: ['which models have a developer tier', 'models with a dev tier', 'which models offer the developer tier'],
  preview: ['which models are in preview', 'preview models', 'which models are still in beta'],
  global: ['which models support global training', 'models with global training', 'which models can be trained globally'],
  standard: ['which models support data residency', 'which models have standard training', 'models with regional training'],
  datazone: ['which models have data zone training', 'models with datazone training', 'which models support data zones'],
};
const LACKS: Record<SeedFilter, readonly string[]> = {
  vision: [
    "which models don't support vision",
    "which models can't be fine-tuned with images",
    'which models lack vision',
    'text-only models',
    'non-vision models',
  ],
  developer: [
    'which models lack a developer tier',
    "which models don't have a dev tier",
    'which models have no developer tier',
    'models without a developer tier',
  ],
  preview: ['which models are not in preview', "which models aren't in beta", 'non-preview models', 'which models are no longer in preview'],
  global: ["which models don't support global training", "which models can't be trained globally", 'which models lack global training'],
  standard: [
    "which models can't be trained with data residency",
    'which models lack data residency',
    'models without standard training',
    'which models have no regional training',
  ],
  datazone: ['which models lack data zone training', "which models don't have datazone training", 'models without data zone training'],
};
const FILTERS = Object.keys(HAS) as SeedFilter[];
const framed = fc.tuple(fc.constantFrom('', 'hey, ', 'quick q: ', 'Hi team! ', 'so '), fc.constantFrom('', '?', ' please', ' pls?', '??'), fc.boolean());
const say = (core: string, [before, after, upper]: [string, string, boolean]): string => {
  const s = `${before}${core}${after}`;
  return upper ? s.toUpperCase() : s;
};

test('property: asking for the models without a property lists the complement of those with it', () => {
  fc.assert(
    fc.property(fc.constantFrom(...FILTERS), fc.nat(), fc.nat(), framed, framed, (filter, i, j, f1, f2) => {
      const has = ask(say(HAS[filter][i % HAS[filter].length]!, f1));
      const lacks = ask(say(LACKS[filter][j % LACKS[filter].length]!, f2));
      expect([has.kind, lacks.kind]).toEqual(['filter', 'filter']);
      const unstated = catalog.modelIds.filter((id) => !catalog.modelsWhere(filter).includes(id) && !catalog.modelsWithout(filter).includes(id));
      // Together they are every model (less those the document says nothing about); no model is in both.
      expect([...has.matches, ...lacks.matches, ...unstated].sort()).toEqual([...catalog.modelIds].sort());
      expect(has.matches.filter((id) => lacks.matches.includes(id))).toEqual([]);
      if (filter !== 'datazone') expect(unstated).toEqual([]);
    }),
    { numRuns: 300 },
  );
});

test('property: within a second filter, negating the first lists the rest of the second', () => {
  const within: Record<string, string> = { preview: 'preview models', developer: 'models with a developer tier', standard: 'models with data residency' };
  const asks: [string, string, string][] = [
    ['preview', 'that support vision', "that don't support vision"],
    ['preview', 'with a developer tier', 'without a developer tier'],
    ['developer', 'that support vision', 'that lack vision'],
    ['developer', 'in preview', 'not in preview'],
    ['standard', 'that support vision', "that don't support vision"],
    ['standard', 'with a developer tier', 'that lack a developer tier'],
  ];
  fc.assert(
    fc.property(fc.constantFrom(...asks), ([base, yes, no]) => {
      const all = ask(`which ${within[base]}`).matches;
      const a = ask(`which ${within[base]} ${yes}`).matches;
      const b = ask(`which ${within[base]} ${no}`).matches;
      expect([...a, ...b].sort()).toEqual([...all].sort());
      expect(a.filter((id) => b.includes(id))).toEqual([]);
    }),
  );
});

// Checks people ask, and sentences about what the document does not cover that they put around them.
const MODELS = ['gpt-4o', 'o4-mini', 'gpt-4.1-nano', 'Ministral-3B', 'gpt-4o-mini', 'gpt-4.1'];
const REGIONS = ['Sweden Central', 'West Europe', 'Japan East', 'Poland Central', 'Central US', 'East US 2', 'Korea Central'];
const CHECKS = [
  (m: string, r: string) => `can I fine-tune ${m} in ${r}?`,
  (m: string, r: string) => `is fine-tuning ${m} available in ${r}?`,
  (m: string, r: string) => `${m} in ${r}?`,
  (m: string, r: string) => `could we train ${m} in ${r} with data residency?`,
  (m: string, r: string) => `is ${m} fine-tunable in ${r}`,
  (m: string, r: string) => `can ${m} be fine-tuned in ${r} with images?`,
  (m: string, r: string) => `can I fine tune ${m} in ${r} without data residency`,
];
const ASIDES = [
  'We will deploy it through the portal.',
  'How much will that cost?',
  "What's the quota for that?",
  'Our DPO asked me to check.',
  "We'd call it from our API endpoint.",
  'What hyperparameters should we use?',
  'Budget is tight, $200 max.',
  'How do I upload the JSONL afterwards?',
  'Our global team will use the SDK.',
  'Rate limits matter too.',
  'Also, what does it cost per hour?',
  'Thanks!',
  'We already have the deployment set up.',
];

test("property: a sentence about a topic the document does not cover never changes a check's verdict", () => {
  fc.assert(
    fc.property(
      fc.constantFrom(...MODELS),
      fc.constantFrom(...REGIONS),
      fc.constantFrom(...CHECKS),
      fc.constantFrom(...ASIDES),
      fc.boolean(),
      fc.boolean(),
      (m, r, check, aside, before, lower) => {
        const plain = check(m, r);
        // A sentence of its own: the check ends where the aside begins.
        const withAside = before ? `${aside} ${plain}` : `${plain}${/[?.!]$/.test(plain) ? '' : '.'} ${aside}`;
        const a = ask(plain);
        const b = ask(lower ? withAside.toLowerCase() : withAside);
        expect(a.kind).toBe('check');
        expect([withAside, b.kind, b.verdict, b.headline]).toEqual([withAside, 'check', a.verdict, a.headline]);
      },
    ),
    { numRuns: 600 },
  );
});

test('a clarification asks back with no verdict, even beside a model the table does not list', () => {
  for (const text of ['can I fine-tune gpt-4 or mini in Sweden Central', 'mini or gpt-35-turbo?']) {
    const a = ask(text);
    expect([text, a.kind, a.verdict]).toEqual([text, 'clarify', null]);
  }
});
