// The ask CLI: the same engine as the bot, for terminals and scripts. Most cases ask the seed's catalog
// (`--catalog data/catalog-seed.json`), whose answers stay exactly as they were before the current documents
// became the default; the cases at the end ask the shipped default, built from the current documents.
import { copyFileSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { main } from '../../src/cli';
import { ROOT } from '../support/knowledge';

const SEED = path.join(ROOT, 'data/catalog-seed.json');

/** The CLI over the seed's catalog (the 2025-02-06 document alone). */
async function run(argv: string[], stdin = '') {
  return runDefault(['--catalog', SEED, ...argv], stdin);
}

/** The CLI as shipped: the default catalog, built from Microsoft's current documents. */
async function runDefault(argv: string[], stdin = '') {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { out: (s) => out.push(s), err: (s) => err.push(s), stdin: Readable.from([stdin]) });
  return { code, out, err };
}

test('prints the answer as readable text, verdict first', async () => {
  const r = await run(['can I fine-tune o4-mini in West Europe?']);
  expect(r.code).toBe(0);
  const lines = r.out.join('\n').split('\n');
  expect(lines[0]).toBe('Yes, with Global training');
  expect(lines.join('\n')).toMatch(/Standard: no\. o4-mini's Standard regions are East US 2 and Sweden Central/);
  expect(lines.join('\n')).toMatch(/Developer: no\. o4-mini has no Developer tier/);
  expect(lines.at(-1)).toMatch(/^Source: Fine-Tuning Model Guidance, 2025-02-06/);
});

test('--json prints exactly one object with the documented fields', async () => {
  const r = await run(['--json', 'can I fine-tune o4-mini in West Europe?']);
  expect(r.out).toHaveLength(1);
  const j = JSON.parse(r.out[0]!);
  expect(j).toEqual({
    intent: 'check',
    models: ['o4-mini'],
    regions: ['westeurope'],
    verdict: 'yes',
    matches: [],
    methods: [],
    tiers: [],
    sources: [{ title: 'Fine-Tuning Model Guidance', date: '2025-02-06', url: expect.stringMatching(/^https:\/\/learn\.microsoft\.com\//) }],
    text: expect.stringMatching(/^Yes, with Global training/),
  });
});

test.each([
  ['gtp-4o in swedn central', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], verdict: 'yes' }],
  ['can I fine-tune gpt-4 in Central US?', { intent: 'check', models: [], regions: ['centralus'], verdict: 'no' }],
  ['tell me about Ministral-3B', { intent: 'model', models: ['Ministral-3B'], verdict: null }],
  [
    'what can I fine-tune in Poland Central?',
    { intent: 'region', regions: ['polandcentral'], matches: ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'o4-mini', 'Ministral-3B', 'Qwen-32B'] },
  ],
  ['which models support vision?', { intent: 'filter', matches: ['gpt-4o', 'gpt-4.1'] }],
  ['which models have a developer tier?', { intent: 'filter', matches: ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'] }],
  ['which models are in preview?', { intent: 'filter', matches: ['Ministral-3B', 'Qwen-32B'] }],
  ['mini', { intent: 'clarify', matches: ['gpt-4o-mini', 'gpt-4.1-mini', 'o4-mini'] }],
  ['models', { intent: 'list-models', verdict: null }],
  ['compare gpt-4o gpt-4.1', { intent: 'compare', models: ['gpt-4o', 'gpt-4.1'] }],
  ['how much does fine-tuning cost?', { intent: 'unknown', verdict: null }],
  ['can I fine-tune gpt-4o with the developer tier in West Europe?', { intent: 'check', verdict: 'unknown' }],
])('--json %j', async (text, expected) => {
  const j = JSON.parse((await run(['--json', text])).out[0]!);
  expect(j).toMatchObject(expected);
});

test('--json list-regions matches are programmatic region names', async () => {
  const j = JSON.parse((await run(['--json', 'regions'])).out[0]!);
  expect(j.matches).toHaveLength(26);
  expect(j.matches).toEqual(expect.arrayContaining(['westeurope', 'eastus2', 'northcentralus', 'westus3', 'japaneast']));
});

test('--jsonl answers one line each, each a new conversation', async () => {
  const r = await run(['--jsonl'], 'can I fine-tune o4-mini in West Europe?\nwhat about Sweden Central?\n\nmodels\n');
  expect(r.out).toHaveLength(4);
  const rows = r.out.map((l) => JSON.parse(l));
  expect(rows[0].verdict).toBe('yes');
  // No memory between lines: the follow-up is a region question on its own.
  expect(rows[1]).toMatchObject({ intent: 'region', regions: ['swedencentral'] });
  expect(rows[2].intent).toBe('help');
  expect(rows[3].intent).toBe('list-models');
});

test('--catalog answers from another catalog', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ask-catalog-'));
  const other = JSON.parse(readFileSync(SEED, 'utf8'));
  const o4 = other.models.find((m: { id: string }) => m.id === 'o4-mini');
  o4.standardRegions.push('westeurope');
  writeFileSync(path.join(dir, 'catalog.json'), JSON.stringify(other));
  const j = JSON.parse((await run(['--json', '--catalog', path.join(dir, 'catalog.json'), 'can I fine-tune o4-mini in West Europe?'])).out[0]!);
  expect(j.text.split('\n')[0]).toBe('Yes, with Standard or Global training');
});

test('a catalog that does not validate is refused with exit code 2 and one line', async () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'ask-catalog-'));
  copyFileSync(path.join(ROOT, 'data/regions.json'), path.join(dir, 'not-a-catalog.json'));
  const r = await run(['--catalog', path.join(dir, 'not-a-catalog.json'), 'models']);
  expect(r.code).toBe(2);
  expect(r.err).toHaveLength(1);
  expect(r.err[0]).toMatch(/^cannot load the catalog/);
});

test('no question and unknown options are usage errors', async () => {
  expect((await runDefault([])).code).toBe(2);
  expect((await runDefault(['--frobnicate', 'x'])).code).toBe(2);
});

test.each([
  // Negated cues: without data residency only Global is left; without images is text-only.
  ['can I fine-tune o4-mini in West Europe without data residency?', { intent: 'check', verdict: 'yes' }, /^Yes, with Global training/],
  ['gpt-4o in Japan East without images?', { intent: 'check', verdict: 'yes' }, /^Yes, with Global training \(text-only data\)/],
  ['gpt-4o in Japan East with images', { intent: 'check', verdict: 'no' }, /^No, gpt-4o can't be fine-tuned in Japan East with images/],
  // Tiers with no listed regions never get invented ones.
  ['which regions have the developer tier?', { intent: 'list-regions', matches: [] }, /^Not stated: the document lists no regions for Developer training/],
  ['which regions support data zone?', { intent: 'list-regions', matches: [] }, /^Not stated: the document lists no regions for Data zone training/],
  ['which models support data zone training?', { intent: 'filter', matches: [] }, /^No model in the document supports Data zone training/],
  // With images, Japan East (no vision support) is not a region for it, and the answer says why.
  [
    'what can I fine-tune in Japan East with images?',
    { intent: 'region', matches: [] },
    /\nJapan East: no vision support for Global training; text-only fine-tuning works there\./,
  ],
])('%j', async (text, expected, firstLines) => {
  const j = JSON.parse((await run(['--json', text])).out[0]!);
  expect(j).toMatchObject(expected);
  expect(j.text).toMatch(firstLines);
});

test('which regions support vision fine-tuning leaves out Japan East', async () => {
  const j = JSON.parse((await run(['--json', 'which regions support vision fine-tuning?'])).out[0]!);
  expect(j.intent).toBe('list-regions');
  expect(j.matches).toContain('swedencentral');
  expect(j.matches).not.toContain('japaneast');
});

describe('the shipped default: the current documents', () => {
  test('a check names every document it used, with the date of the Standard regions it kept', async () => {
    const j = JSON.parse((await runDefault(['--json', 'can I fine-tune o4-mini in West Europe?'])).out[0]!);
    expect(j).toMatchObject({ intent: 'check', verdict: 'yes', methods: [], tiers: [] });
    expect(j.sources.map((s: { date: string }) => s.date)).toEqual(['2026-10-06', '2026-10-06', '2026-03-05']);
    expect(j.text).toMatch(/Developer: unknown\. o4-mini has a Developer tier/);
    expect(j.text).toMatch(/Standard training regions were last listed on 2026-03-05; the current documents no longer list them/);
  });

  test.each([
    ['which models support DPO?', { intent: 'filter', methods: ['dpo'], matches: ['gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'] }],
    ['where can I deploy a fine-tuned gpt-4o?', { intent: 'deploy', verdict: null, matches: ['northcentralus', 'swedencentral', 'eastus2'] }],
    ['can I deploy my fine-tuned gpt-4.1-mini with provisioned throughput in Sweden Central?', { intent: 'deploy', verdict: 'no' }],
    ['can I train gpt-4.1 in the US data zone?', { intent: 'check', verdict: 'yes', tiers: ['datazone'] }],
    ['can I fine-tune gpt-oss-120b in West Europe?', { intent: 'check', verdict: 'no' }],
    ['what changed since March?', { intent: 'changes', verdict: null }],
  ])('--json %j', async (text, expected) => {
    const j = JSON.parse((await runDefault(['--json', text])).out[0]!);
    expect(j).toMatchObject(expected);
  });
});
