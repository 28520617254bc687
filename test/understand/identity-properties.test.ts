// What carries a name's identity (issue 13): a model's number and size word, a region's number. Names made by
// changing them from every catalog model and every Azure region name nothing the documents cover, so they
// must never be read as a listed model or region and never get a yes or no; a typo of letters in a long model
// id is still that model (or a question back), never another one. Generated from the real data, checked with
// fast-check over spellings and phrasings.
import fc from 'fast-check';
import { answer, type Question } from '../../src/core';
import { seedCatalog } from '../support/knowledge';
import { modelsOf, readJson, understand } from './support';

const catalog = seedCatalog();
const regionList = readJson('data/regions.json') as { name: string; displayName: string }[];
const knownModels = readJson('data/known-models.json') as { models: { id: string; aliases?: string[] }[] };
const otherClouds = readJson('data/other-clouds.json') as { clouds: { regions: { name: string; displayName: string }[] }[] };

/** Letters and digits only, lower case: how two spellings of one name compare. */
const key = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]/g, '');
const modelKeys = new Set([...catalog.modelIds, ...knownModels.models.flatMap((m) => [m.id, ...(m.aliases ?? [])])].map(key));
const regionKeys = new Set([...regionList, ...otherClouds.clouds.flatMap((c) => c.regions)].flatMap((r) => [key(r.name), key(r.displayName)]));

const verdictOf = (q: Question) => answer(q, catalog).verdict;
const confident = (q: Question): boolean => verdictOf(q) === 'yes' || verdictOf(q) === 'no';

// --- (a) models: a number or a size word changed ------------------------------------------------------------

const SIZE_WORDS = ['nano', 'mini', 'micro', 'pico', 'small'];
/** A listed model's number and what it may be changed to. */
const NUMBER_CHANGES: readonly [RegExp, readonly string[]][] = [
  [/4o/, ['4.2', '5', '5.1']],
  [/4\.1/, ['4.2', '4.3']],
  [/3B/, ['8B', '14B']],
  [/32B/, ['14B']],
  [/^o4/, ['o5', 'o6']],
];

interface Altered {
  from: string;
  name: string;
  how: 'number' | 'size word';
}

/** Every name one change away from a catalog id that is neither a catalog model nor a known model. */
function alteredModels(): Altered[] {
  const out = new Map<string, Altered>();
  for (const id of catalog.modelIds) {
    for (const [re, subs] of NUMBER_CHANGES)
      if (re.test(id)) for (const s of subs) out.set(id.replace(re, s), { from: id, name: id.replace(re, s), how: 'number' });
    const size = SIZE_WORDS.find((w) => id.toLowerCase().split('-').includes(w));
    const sized = size === undefined ? SIZE_WORDS.map((w) => `${id}-${w}`) : SIZE_WORDS.filter((w) => w !== size).map((w) => id.replace(size, w));
    for (const name of sized) if (!out.has(name)) out.set(name, { from: id, name, how: 'size word' });
  }
  return [...out.values()].filter((a) => !modelKeys.has(key(a.name)));
}

/** Ways people write a name: as generated, lower, upper, spaces or nothing or non-breaking hyphens for hyphens. */
const SPELLINGS: readonly [string, (n: string) => string][] = [
  ['as written', (n) => n],
  ['lower case', (n) => n.toLowerCase()],
  ['upper case', (n) => n.toUpperCase()],
  ['spaces', (n) => n.replace(/-/g, ' ')],
  ['glued', (n) => n.replace(/-/g, '')],
  ['non-breaking hyphens', (n) => n.replace(/-/g, '\u2011')],
];

const MODEL_TEMPLATES: readonly ((n: string) => string)[] = [
  (n) => `can I fine-tune ${n} in West Europe?`,
  (n) => `is ${n} fine-tunable in Sweden Central?`,
  (n) => `${n} westeurope`,
  (n) => `what's the training context of ${n}?`,
  (n) => `hey team, quick q: ${n} in east us 2 with data residency?`,
];

const ALTERED = alteredModels();
const alteredSpellings = ALTERED.flatMap((a) => SPELLINGS.map(([how, spell]) => ({ ...a, spelling: how, typed: spell(a.name) })));

describe('(a) a model name with a changed number or size word', () => {
  test('the names are made from every catalog model, include the usual suspects, and are neither catalog nor known models', () => {
    const names = ALTERED.map((a) => a.name);
    expect(new Set(ALTERED.map((a) => a.from))).toEqual(new Set(catalog.modelIds));
    expect(names).toEqual(
      expect.arrayContaining(['gpt-4.2', 'gpt-5.1', 'gpt-4.3-mini', 'gpt-4.1-pico', 'o4-micro', 'o5-mini', 'Ministral-8B', 'Ministral-14B', 'Qwen-14B']),
    );
    // gpt-5, gpt-5-mini, gpt-5-nano and o3-mini... are real models (known-models.json), so not generated.
    expect(names).not.toEqual(expect.arrayContaining(['gpt-5']));
    expect(names.filter((n) => modelKeys.has(key(n)))).toEqual([]);
  });

  test('property: never read as a catalog model, never answered yes or no', () => {
    fc.assert(
      fc.property(fc.constantFrom(...alteredSpellings), fc.constantFrom(...MODEL_TEMPLATES), (a, template) => {
        const q = understand(template(a.typed));
        expect([a.typed, q.models.filter((m) => m.source === 'catalog').map((m) => m.id)]).toEqual([a.typed, []]);
        expect([a.typed, verdictOf(q)]).not.toEqual([a.typed, expect.stringMatching(/^(yes|no)$/)]);
      }),
      { numRuns: 600 },
    );
  });

  test('in the exact phrasing of the issue, every generated name that is not a known failure asks back', () => {
    for (const a of ALTERED) {
      const q = understand(`can I fine-tune ${a.name} in West Europe?`);
      expect([a.name, q.intent, q.clarify?.unknown, confident(q)]).toEqual([a.name, 'clarify', true, false]);
    }
  });
});

// --- (b) regions: a number changed or added ----------------------------------------------------------------

/** Every region's programmatic name with its number changed (eastus2 -> eastus3..5) or a digit added where it has none. */
function alteredRegions(): { from: string; name: string; display: string }[] {
  const out: { from: string; name: string; display: string }[] = [];
  for (const r of regionList) {
    const m = /^(.*?)(\d+)$/.exec(r.name);
    const numbers = m ? [1, 2, 3].map((d) => Number(m[2]) + d) : [2, 3, 4, 5, 7];
    for (const n of numbers) {
      const name = m ? `${m[1]}${n}` : `${r.name}${n}`;
      const display = m ? r.displayName.replace(/\d+$/, String(n)) : `${r.displayName} ${n}`;
      if (!regionKeys.has(key(name))) out.push({ from: r.name, name, display });
    }
  }
  return out;
}

const REGION_SPELLINGS: readonly [string, (n: string) => string][] = [
  ['as written', (n) => n],
  ['upper case', (n) => n.toUpperCase()],
  ['capitalised', (n) => n.charAt(0).toUpperCase() + n.slice(1)],
];

const REGION_TEMPLATES: readonly ((r: string) => string)[] = [
  (r) => `can I fine-tune gpt-4o in ${r}?`,
  (r) => `o4-mini ${r} with data residency`,
  (r) => `which models can I fine-tune in ${r}?`,
  (r) => `our resource is in ${r}. can we fine-tune gpt-4.1-nano there?`,
];

const ALTERED_REGIONS = alteredRegions();
const regionSpellings = ALTERED_REGIONS.flatMap((r) => [...REGION_SPELLINGS.map(([, spell]) => spell(r.name)), r.display]);

describe('(b) a region name with a changed or added number', () => {
  test('the names are made from all 60 regions and name no region of any cloud', () => {
    expect(new Set(ALTERED_REGIONS.map((r) => r.from)).size).toBe(60);
    expect(ALTERED_REGIONS.map((r) => r.name)).toEqual(expect.arrayContaining(['eastus4', 'westus5', 'eastus3', 'westeurope2', 'swedencentral2']));
    expect(ALTERED_REGIONS.filter((r) => regionKeys.has(key(r.name)))).toEqual([]);
  });

  test('property: never read as a region, never answered yes or no', () => {
    fc.assert(
      fc.property(fc.constantFrom(...regionSpellings), fc.constantFrom(...REGION_TEMPLATES), (typed, template) => {
        const q = understand(template(typed));
        expect([typed, q.regions, q.place?.name ?? null]).toEqual([typed, [], null]);
        expect([typed, verdictOf(q)]).not.toEqual([typed, expect.stringMatching(/^(yes|no)$/)]);
      }),
      { numRuns: 600 },
    );
  });
});

// --- (c) one letter typo of a long model id ----------------------------------------------------------------

/** Ids with at least 6 letters: shorter ones (gpt-4o, o4-mini, Qwen-32B) are one letter away from other names. */
const LONG_IDS = catalog.modelIds.filter((id) => (id.match(/[a-z]/gi) ?? []).length >= 6);

/** Two adjacent letters swapped, or one letter dropped; never a digit; never another known name. */
function typosOf(id: string): string[] {
  const out = new Set<string>();
  const letter = (c: string | undefined): boolean => c !== undefined && /[a-z]/i.test(c);
  for (let i = 0; i < id.length; i++) {
    if (letter(id[i])) out.add(id.slice(0, i) + id.slice(i + 1));
    const [a, b] = [id[i], id[i + 1]];
    if (letter(a) && letter(b) && a!.toLowerCase() !== b!.toLowerCase()) out.add(id.slice(0, i) + b + a + id.slice(i + 2));
  }
  return [...out].filter((t) => !modelKeys.has(key(t)) && !regionKeys.has(key(t)));
}

const TYPO_TEMPLATES: readonly ((n: string) => string)[] = [
  (n) => `can I fine-tune ${n} in West Europe?`,
  (n) => `training context of ${n}?`,
  (n) => `is ${n} available in sweden central with data residency`,
];

const TYPOS = LONG_IDS.flatMap((id) => typosOf(id).map((typo) => ({ id, typo })));
const typoSpellings = TYPOS.flatMap((t) => [t, { ...t, typo: t.typo.toLowerCase() }, { ...t, typo: t.typo.replace(/-/g, ' ') }]);

/** The model itself, or a question back; never another model. */
function keepsIdentity(q: Question, id: string): boolean {
  const others = modelsOf(q).filter((m) => m !== id);
  return others.length === 0 && (modelsOf(q).includes(id) || q.intent === 'clarify');
}

describe('(c) one letter typo of a model id of 6+ letters', () => {
  test('typos are made for gpt-4o-mini, gpt-4.1-mini, gpt-4.1-nano and Ministral-3B', () => {
    expect(LONG_IDS).toEqual(['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4.1-nano', 'Ministral-3B']);
    expect(TYPOS.map((t) => t.typo)).toEqual(expect.arrayContaining(['gpt-4o-mnii', 'gtp-4.1-nano', 'Minstral-3B', 'Mniistral-3B', 'gpt-4.1-nao']));
  });

  test('property: still that model, or a question back, never another model', () => {
    fc.assert(
      fc.property(fc.constantFrom(...typoSpellings), fc.constantFrom(...TYPO_TEMPLATES), ({ id, typo }, template) => {
        const q = understand(template(typo));
        expect([typo, keepsIdentity(q, id)]).toEqual([typo, true]);
      }),
      { numRuns: 600 },
    );
  });
});
