// Every card kind, rendered from a real answer over the seed catalog, parses with the adaptivecards SDK at
// version 1.5 with no errors or warnings and fits the 28 KB budget.
import path from 'node:path';
import { answer } from '../../src/core';
import { pickersFor } from '../../src/presentation/card-pickers';
import { createCardRenderer } from '../../src/presentation/card-render';
import { headlineOf, textOf } from '../support/cards';
import { question, ROOT, seedCatalog } from '../support/knowledge';
import { cardProblems } from '../support/validate-card';

const catalog = seedCatalog();
const cards = createCardRenderer(path.join(ROOT, 'cards'));
const allRegions = catalog.regions.all.map((r) => r.name);

const cases: [string, Parameters<typeof question>[0]][] = [
  ['check yes', { intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }],
  ['check no', { intent: 'check', models: ['gpt-4.1-nano'], regions: ['polandcentral'] }],
  ['check with an exception', { intent: 'check', models: ['gpt-4o'], regions: ['japaneast'] }],
  ['check unknown (Developer only)', { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'], tier: 'developer' }],
  [
    'check over a whole area',
    {
      intent: 'check',
      models: ['gpt-4.1'],
      regions: allRegions.slice(0, 20),
      place: { kind: 'group', name: 'Somewhere', regions: allRegions.slice(0, 20), said: 'x' },
    },
  ],
  ['check of a model not in the table', { intent: 'check', models: [{ id: 'gpt-4', source: 'other' }], regions: ['swedencentral'] }],
  ['model', { intent: 'model', models: ['gpt-4o'] }],
  ['model with a version not listed', { intent: 'model', models: [{ id: 'gpt-4o', version: '2024-05-13' }] }],
  ['region', { intent: 'region', regions: ['swedencentral'] }],
  ['region with no fine-tuning', { intent: 'region', regions: ['centralus'] }],
  ['region, many', { intent: 'region', regions: allRegions.slice(0, 12) }],
  ['list of models', { intent: 'list-models' }],
  ['list of regions', { intent: 'list-regions' }],
  ['filter vision', { intent: 'filter', filters: [{ filter: 'vision', negated: false }] }],
  ['filter developer', { intent: 'filter', filters: [{ filter: 'developer', negated: false }] }],
  [
    'filter, negated and combined',
    {
      intent: 'filter',
      filters: [
        { filter: 'preview', negated: false },
        { filter: 'developer', negated: true },
      ],
    },
  ],
  [
    'check asked in the negative, with a part outside the document',
    { intent: 'check', models: ['gpt-4o'], regions: ['japaneast'], negated: true, aside: 'how-to' },
  ],
  ['check of a method the document does not state', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], method: 'DPO' }],
  ['region asked in the negative', { intent: 'region', regions: ['westeurope'], negated: true, tier: 'standard' }],
  ['regions without a tier', { intent: 'list-regions', filters: [{ filter: 'standard', negated: true }] }],
  ['regions for preview models', { intent: 'list-regions', filters: [{ filter: 'preview', negated: false }] }],
  ['models asked in the negative', { intent: 'list-models', negated: true }],
  ['models with text-only data', { intent: 'list-models', modality: 'text' }],
  ['comparison', { intent: 'compare', models: ['gpt-4o', 'gpt-4.1', 'Ministral-3B'] }],
  [
    'clarification',
    { intent: 'clarify', text: 'can I fine-tune mini?', clarify: { kind: 'model', said: 'mini', candidates: ['gpt-4o-mini', 'gpt-4.1-mini', 'o4-mini'] } },
  ],
  ['help', { intent: 'help' }],
  ['unknown, off topic', { intent: 'unknown', offTopic: 'pricing' }],
];

test.each(cases)('the %s card is valid Adaptive Card 1.5 under 28 KB', (_name, patch) => {
  const a = answer(question(patch), catalog);
  const card = cards.render(a, catalog, { asker: { name: 'Ada Lovelace', question: 'a question' }, origin: 'extension' });
  expect(cardProblems(card)).toEqual([]);
  expect(card.msteams).toEqual({ width: 'Full' });
  expect(headlineOf(card)).not.toBe('');
  const inConversation = cards.render(a, catalog);
  expect(cardProblems(inConversation)).toEqual([]);
});

test('the error card is valid and says nothing of internals', () => {
  const card = cards.error('Sorry, something went wrong on my side', 'Please try again.');
  expect(cardProblems(card)).toEqual([]);
  expect(headlineOf(card)).toBe('Sorry, something went wrong on my side');
});

test('a check card reads in order: verdict, tiers in document order, limits, where else, source and date', () => {
  const a = answer(question({ intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }), catalog);
  const text = textOf(cards.render(a, catalog));
  const order = [
    'Yes, with Global training',
    'Standard: No.',
    'Global: Yes.',
    'Developer: No.',
    'Limits',
    'Where else',
    'Sweden Central: Standard, with data residency',
    'document dated 2025-02-06',
  ];
  const positions = order.map((s) => text.indexOf(s));
  expect(positions.every((p) => p >= 0)).toBe(true);
  expect([...positions].sort((x, y) => x - y)).toEqual(positions);
});

test('verdicts are said in words and icons, never by colour alone', () => {
  const no = answer(question({ intent: 'check', models: ['gpt-4.1-nano'], regions: ['polandcentral'] }), catalog);
  const text = textOf(cards.render(no, catalog));
  expect(headlineOf(cards.render(no, catalog))).toMatch(/^No,/);
  expect(text).toMatch(/❌\sGlobal: No\./);
  expect(JSON.stringify(cards.render(no, catalog))).not.toMatch(/"color"/);
});

test('user text goes into cards only as plain data: no markdown, no template expansion', () => {
  const hostile = '[click me](https://evil.example) **bold** ${source.url} <b>x</b>';
  const a = answer(
    question({ intent: 'clarify', text: `can I fine-tune ${hostile}`, clarify: { kind: 'model', said: hostile, candidates: ['gpt-4o-mini', 'o4-mini'] } }),
    catalog,
  );
  const card = cards.render(a, catalog, { asker: { name: hostile, question: hostile } });
  const json = JSON.stringify(card);
  // The text survives as typed (not expanded) ...
  expect(json).toContain('${source.url}');
  // ... and only ever inside TextRuns, which Adaptive Cards never read as markdown.
  const blocks: string[] = [];
  const walk = (n: any): void => {
    if (Array.isArray(n)) n.forEach(walk);
    else if (n && typeof n === 'object') {
      if (n.type === 'TextBlock') blocks.push(n.text);
      if (n.type === 'FactSet') blocks.push(...n.facts.map((f: any) => `${f.title} ${f.value}`));
      Object.values(n).forEach(walk);
    }
  };
  walk(card.body);
  expect(blocks.filter((b) => b.includes('click me'))).toEqual([]);
});

test('a shared card names who asked and what', () => {
  const a = answer(question({ intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }), catalog);
  const text = textOf(cards.render(a, catalog, { asker: { name: 'Ada Lovelace', question: 'o4-mini west europe' }, origin: 'extension' }));
  expect(text).toMatch(/Asked by Ada Lovelace/);
  expect(text).toMatch(/o4-mini in West Europe/);
  expect(text).toMatch(/2025-02-06/);
});

test('screen readers and notifications get words, not icons', () => {
  const a = answer(question({ intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }), catalog);
  const card = cards.render(a, catalog);
  expect(card.speak).toBe(
    "Yes, with Global training. West Europe is a Global training region; no data residency. Not with Standard training: o4-mini's Standard regions are East US 2 and Sweden Central.",
  );
  expect(String(card.fallbackText)).not.toMatch(/[✅❌❓]/u);
});

test('the region picker lists the regions the document lists, plus the one asked about', () => {
  const listed = answer(question({ intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }), catalog);
  const unlisted = answer(question({ intent: 'check', models: ['o4-mini'], regions: ['centralus'] }), catalog);
  const values = (a: typeof listed) => pickersFor(a, catalog)!.regions.map((r) => r.value);
  expect(values(listed)).toHaveLength(catalog.listedRegions.size);
  expect(values(listed)).not.toContain('centralus');
  expect(values(unlisted)).toContain('centralus');
  expect(pickersFor(unlisted, catalog)!.region).toBe('centralus');
});

test('a check card’s headline starts with the verdict in words; the icon stands beside it', () => {
  const yes = cards.render(answer(question({ intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }), catalog), catalog);
  const no = cards.render(answer(question({ intent: 'check', models: ['gpt-4.1-nano'], regions: ['polandcentral'] }), catalog), catalog);
  expect(headlineOf(yes)).toBe('Yes, with Global training');
  expect(headlineOf(no)).toMatch(/^No, gpt-4.1-nano can't be fine-tuned in Poland Central/);
  const row = (card: Record<string, any>) => card.body.find((b: any) => b.type === 'ColumnSet');
  expect(row(yes).columns[0].items[0].text).toBe('✅');
  expect(row(no).columns[0].items[0].text).toBe('❌');
  const help = cards.render(answer(question({ intent: 'help' }), catalog), catalog);
  expect(row(help).columns).toHaveLength(1);
});

test('a comparison shows where the models differ first, then what both have', () => {
  const text = textOf(cards.render(answer(question({ intent: 'compare', models: ['gpt-4o', 'gpt-4.1'] }), catalog), catalog));
  expect(text).toMatch(
    /Where they differ[\s\S]*Standard: gpt-4o: East US 2, North Central US, Sweden Central · gpt-4.1: North Central US, Sweden Central[\s\S]*What both have[\s\S]*Global: 26 regions/,
  );
  expect(text.indexOf('Where they differ')).toBeLessThan(text.indexOf('What both have'));
});
