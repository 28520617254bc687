// Check answers: the verdict, each tier's row and reason, exceptions, and where else — from the seed catalog.
import { answer } from '../../src/core/answer/answer';
import type { Answer } from '../../src/core/answer/types';
import { createCatalog } from '../../src/core/catalog/catalog';
import { question, readJson, seedCatalog } from '../support/knowledge';

const catalog = seedCatalog();

function check(model: string, region: string | string[], patch: Parameters<typeof question>[0] = {}) {
  const a = answer(question({ intent: 'check', models: [model], regions: ([] as string[]).concat(region), ...patch }), catalog);
  if (a.kind !== 'check') throw new Error(`expected a check answer, got ${a.kind}`);
  return a;
}

function tier(a: Extract<Answer, { kind: 'check' }>, t: string) {
  return a.results[0]!.tiers.find((x) => x.tier === t);
}

test('o4-mini in West Europe: yes through Global training, not Standard, no Developer tier', () => {
  const a = check('o4-mini', 'westeurope');
  expect(a.verdict).toBe('yes');
  expect(a.headline).toBe('Yes, with Global training');
  expect(tier(a, 'global')!.status).toBe('yes');
  expect(tier(a, 'global')!.reason).toMatch(/West Europe is a Global training region; no data residency/);
  expect(tier(a, 'standard')!.status).toBe('no');
  expect(tier(a, 'standard')!.reason).toBe("o4-mini's Standard regions are East US 2 and Sweden Central.");
  expect(tier(a, 'developer')!.status).toBe('no');
  expect(tier(a, 'developer')!.reason).toBe('o4-mini has no Developer tier.');
  expect(a.source).toMatchObject({ title: 'Fine-Tuning Model Guidance', date: '2025-02-06' });
  expect(a.notes.join(' ')).toMatch(/Foundry project/);
});

test('a yes without data residency lists the Standard regions as alternatives, nearest first, with geographies', () => {
  const a = check('o4-mini', 'westeurope');
  expect(a.alternatives.map((x) => [x.region, x.tier, x.geography, x.nearness])).toEqual([
    ['swedencentral', 'standard', 'Sweden', 'same area'],
    ['eastus2', 'standard', 'United States', 'elsewhere'],
  ]);
});

test('o4-mini in Sweden Central: yes with Standard or Global, no alternatives needed', () => {
  const a = check('o4-mini', 'swedencentral');
  expect(a.headline).toBe('Yes, with Standard or Global training');
  expect(a.alternatives).toEqual([]);
});

test('with data residency (Standard only), o4-mini in West Europe is a no', () => {
  const a = check('o4-mini', 'westeurope', { tier: 'standard' });
  expect(a.verdict).toBe('no');
  expect(a.headline).toBe("No, o4-mini can't be fine-tuned in West Europe with Standard training");
  expect(a.alternatives[0]!.region).toBe('swedencentral');
});

test('a real region in no list is that region, and a no', () => {
  const a = check('gpt-4o', 'centralus');
  expect(a.verdict).toBe('no');
  expect(a.results[0]!.place).toEqual({ region: 'centralus', name: 'Central US', geography: 'United States' });
  expect(tier(a, 'global')!.reason).toBe('Central US is not a Global training region.');
  expect(a.alternatives.filter((x) => x.tier === 'standard').map((x) => x.region)).toEqual(['eastus2', 'northcentralus', 'swedencentral']);
});

test('Japan East allows a vision model with text-only data, and says so', () => {
  const a = check('gpt-4o', 'japaneast');
  expect(a.verdict).toBe('yes');
  expect(a.headline).toBe('Yes, with Global training (text-only data)');
  expect(a.results[0]!.exceptions).toEqual(['Japan East: no vision support']);
});

test('Japan East is a no for vision fine-tuning', () => {
  const a = check('gpt-4o', 'japaneast', { modality: 'vision' });
  expect(a.verdict).toBe('no');
  expect(tier(a, 'global')!.reason).toMatch(/no vision support/);
});

test('Poland Central has no gpt-4.1-nano support, but has gpt-4.1-mini', () => {
  const nano = check('gpt-4.1-nano', 'polandcentral');
  expect(nano.verdict).toBe('no');
  expect(tier(nano, 'global')!.reason).toMatch(/no 4.1-nano support/);
  expect(nano.results[0]!.exceptions).toEqual(['Poland Central: no 4.1-nano support']);
  expect(check('gpt-4.1-mini', 'polandcentral').verdict).toBe('yes');
});

test('a question limited to the Developer tier is unknown: no regions are listed for it', () => {
  const a = check('gpt-4o', 'westeurope', { tier: 'developer' });
  expect(a.verdict).toBe('unknown');
  expect(tier(a, 'developer')!.reason).toBe('gpt-4o has a Developer tier, but the document lists no regions for it.');
  expect(check('o4-mini', 'westeurope', { tier: 'developer' }).verdict).toBe('no');
});

test('models without Standard training (Not supported) answer from Global alone', () => {
  const a = check('Ministral-3B', 'westeurope');
  expect(a.verdict).toBe('yes');
  expect(tier(a, 'standard')!.reason).toMatch(/not supported/i);
  expect(check('Ministral-3B', 'westeurope', { tier: 'standard' }).verdict).toBe('no');
});

test('vision fine-tuning of a text-only model is a no', () => {
  expect(check('o4-mini', 'swedencentral', { modality: 'vision' }).verdict).toBe('no');
  expect(check('gpt-4.1', 'swedencentral', { modality: 'vision' }).verdict).toBe('yes');
});

test('a country is answered for each of its regions', () => {
  const a = check('o4-mini', ['switzerlandnorth', 'switzerlandwest'], {
    place: { kind: 'geography', name: 'Switzerland', regions: ['switzerlandnorth', 'switzerlandwest'], said: 'Switzerland' },
  });
  expect(a.results.map((r) => [r.place.region, r.verdict])).toEqual([
    ['switzerlandnorth', 'yes'],
    ['switzerlandwest', 'yes'],
  ]);
  expect(a.headline).toBe('Yes, in 2 of 2 regions in Switzerland');
  expect(a.reason).toBe('None with data residency (Standard). Global only (no data residency): Switzerland North and Switzerland West.');
  expect(a.subject).toBe('o4-mini in Switzerland');
});

test('a version the table does not list gets no verdict: the headline says so, the listed version is shown as such', () => {
  const a = check('gpt-4o', 'swedencentral', { models: [{ id: 'gpt-4o', version: '2024-05-13' }] });
  expect(a.verdict).toBe('unknown');
  expect(a.headline).toBe('Not stated: the table lists gpt-4o version 2024-08-06, not 2024-05-13');
  expect(a.reason).toMatch(/^For the listed version \(2024-08-06\): Yes, with Standard or Global training\./);
  expect(a.notes[0]).toBe('The table lists gpt-4o version 2024-08-06, not 2024-05-13; the rows below are for the listed version.');
});

test('a real model that is not in the table is a no, whatever the intent', () => {
  for (const intent of ['check', 'model', 'compare', 'unknown'] as const) {
    const a = answer(question({ intent, models: [{ id: 'gpt-4', source: 'other' }], regions: ['swedencentral'] }), catalog);
    expect([intent, a.verdict]).toEqual([intent, 'no']);
    expect(a.models).toEqual([]);
    expect(a.notInTable).toEqual(['gpt-4']);
  }
});

test('a tier the document does not describe (Data zone in the seed) is unknown, never a no', () => {
  const a = check('gpt-4o', 'eastus', { tier: 'datazone' });
  expect(a.verdict).toBe('unknown');
  expect(a.reason).toBe('This document does not describe Data zone training for gpt-4o.');
});

test('over a whole area, the places where it works come first and data residency is named first', () => {
  const europe = catalog.regions.all.filter((r) => r.geographyGroup === 'Europe').map((r) => r.name);
  const a = check('o4-mini', europe, { place: { kind: 'group', name: 'Europe', regions: europe, said: 'Europe' } });
  expect(a.headline).toBe('Yes, in 11 of 20 regions in Europe');
  expect(a.reason).toMatch(/^With data residency \(Standard\): Sweden Central\. Global only \(no data residency\): .* and 6 more\.$/);
  expect(a.results).toHaveLength(12);
  expect(a.results.slice(0, 11).every((r) => r.verdict === 'yes')).toBe(true);
  expect(a.notes[0]).toBe('Showing 12 of 20 region checks.');
  expect(a.alternatives).toEqual([]);
});

test('a model answer names the Global exceptions that touch that model', () => {
  const nano = answer(question({ intent: 'model', models: ['gpt-4.1-nano'] }), catalog);
  const vision = answer(question({ intent: 'model', models: ['gpt-4o'] }), catalog);
  const text = answer(question({ intent: 'model', models: ['gpt-4o-mini'] }), catalog);
  if (nano.kind !== 'model' || vision.kind !== 'model' || text.kind !== 'model') throw new Error('model answers expected');
  expect(nano.facts[0]!.globalExceptions).toEqual(['Poland Central: no 4.1-nano support']);
  expect(nano.facts[0]!.globalRegions!.map((p) => p.region)).not.toContain('polandcentral');
  expect(vision.facts[0]!.globalExceptions).toEqual(['Japan East: no vision support (text-only data there)']);
  expect(text.facts[0]!.globalExceptions).toEqual([]);
});

test('a remembered model that this catalog no longer lists is answered as not in the table, never a crash', () => {
  const raw = structuredClone(readJson('data/catalog-seed.json')) as { models: { id: string }[] };
  raw.models = raw.models.filter((m) => m.id !== 'o4-mini');
  const smaller = createCatalog(raw, catalog.regions);
  const a = answer(question({ intent: 'check', models: ['o4-mini'], regions: ['swedencentral'] }), smaller);
  expect(a.verdict).toBe('no');
  expect(a.notInTable).toEqual(['o4-mini']);
});
