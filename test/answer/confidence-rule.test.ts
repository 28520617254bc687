// The confidence rule (docs/CONFIDENCE.md), over questions generated from names the bot knows, names it
// does not, sovereign regions, versions and filler: a verdict only from named, known, listed things; a
// clarification never carries one; what the documents do not cover is "not stated".
import fc from 'fast-check';
import { answer, type Answer, type Question } from '../../src/core';
import { seedCatalog } from '../support/knowledge';
import { understand } from '../understand/support';

const catalog = seedCatalog();

const known = ['gpt-4o', 'gpt-4o-mini', 'gpt-4.1', 'gpt-4.1-nano', 'o4-mini', 'Ministral-3B', 'Qwen-32B', 'gtp-4o', 'mnistral', 'gpt-4'];
const unknown = ['gpt-4.2', 'gpt-5.1', 'Qwen-14B', 'o4-micro', 'o5-mini', 'Ministral-8B', 'gpt-4.1-pico', 'llama-9'];
const regions = ['West Europe', 'swedencentral', 'East US 2', 'Central US', 'Japan East', 'Poland Central', 'Germany', 'Europe', 'Frankreich'];
const unknownRegions = ['eastus3', 'westeurope2', 'westus5'];
const outside = ['US Gov Virginia', 'usgovarizona', 'China East 2', 'Azure Government'];
const versions = ['', ' 2024-08-06', ' 2025-09-01', ' (2024-05-13)'];
const filler = ['', 'hi team, ', 'quick one: ', 'we deploy through the portal; ', 'see https://eu.contoso.com - ', 'rg-ml-eu-prod: '];
const asks = [
  'can I fine-tune {m} in {r}?',
  '{m} in {r}',
  'is fine-tuning {m} available in {r} with data residency?',
  '{m} {r} with images',
  'where can I fine-tune {m}?',
  'what can I fine-tune in {r}?',
];

const question = fc
  .record({
    ask: fc.constantFrom(...asks),
    model: fc.constantFrom(...known, ...unknown),
    version: fc.constantFrom(...versions),
    region: fc.constantFrom(...regions, ...unknownRegions, ...outside),
    before: fc.constantFrom(...filler),
  })
  .map(({ ask, model, version, region, before }) => `${before}${ask.replace('{m}', `${model}${version}`).replace('{r}', region)}`);

function checkRule(text: string, q: Question, a: Answer): void {
  const said = `${text} -> ${a.kind} ${a.verdict} “${a.headline}”`;
  if (a.kind === 'clarify') expect([said, a.verdict]).toEqual([said, null]);
  if (q.clarify?.unknown) expect([said, a.verdict === 'yes' || a.verdict === 'no']).toEqual([said, false]);
  if (q.outside !== null && q.regions.length === 0) expect([said, a.verdict === 'yes' || a.verdict === 'no']).toEqual([said, false]);
  if (a.verdict === 'yes' || a.verdict === 'no') {
    // A verdict names only what was said and known: no unknown name, no region outside the documents alone.
    expect([said, q.clarify]).toEqual([said, null]);
    expect([said, 'facts' in a && a.facts.some((f) => f.versionAsked !== null)]).toEqual([said, false]);
  }
}

test('property: a verdict only from named, known, listed things; never on a clarification or outside the documents', () => {
  fc.assert(
    fc.property(question, (text) => {
      const q = understand(text);
      checkRule(text, q, answer(q, catalog));
    }),
    { numRuns: 1500 },
  );
});

test('every unknown model name, with every region, asks back and quotes the name', () => {
  for (const m of unknown) {
    for (const r of regions) {
      const text = `can I fine-tune ${m} in ${r}?`;
      const q = understand(text);
      const a = answer(q, catalog);
      expect([text, a.kind, a.verdict, q.clarify?.unknown]).toEqual([text, 'clarify', null, true]);
      expect([text, a.headline]).toEqual([text, `I don't know a model called “${m}”`]);
    }
  }
});

test('every sovereign region, with every known model, is "not stated", never yes or no', () => {
  for (const r of outside) {
    for (const m of known.filter((x) => x !== 'gpt-4')) {
      const text = `can I fine-tune ${m} in ${r}?`;
      const a = answer(understand(text), catalog);
      expect([text, a.verdict]).toEqual([text, 'unknown']);
      expect(a.headline).toMatch(/^Not stated: the documents don't cover /);
    }
  }
});
