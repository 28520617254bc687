// The whole universe of names: every Azure region, every table model and every known model resolves to
// itself (exact and in its usual spellings); a model the catalog lists always wins over known-models.json.
import { createRegionDirectory } from '../../src/core/regions';
import { createUnderstander } from '../../src/core/understand';
import { modelsOf, readJson, realData, TABLE_MODELS, understand } from './support';

const regions = createRegionDirectory(readJson('data/regions.json'));
const known = readJson('data/known-models.json') as { source: string; models: { id: string; aliases?: string[] }[] };

describe('all 60 Azure regions', () => {
  test('the directory has 60 regions', () => {
    expect(regions.all).toHaveLength(60);
  });

  test.each(regions.all.map((r) => [r.displayName, r.name]))('%s (display name) is %s', (displayName, name) => {
    const q = understand(displayName);
    expect([q.intent, q.regions]).toEqual(['region', [name]]);
  });

  test.each(regions.all.map((r) => [r.name]))('%s (programmatic name) is itself', (name) => {
    expect(understand(`can I fine-tune gpt-4o in ${name}?`).regions).toEqual([name]);
  });

  test.each(regions.all.map((r) => [r.displayName.toLowerCase().replace(/ (\d)$/, '$1'), r.name]))('%s (lower case, number run on) is %s', (text, name) => {
    expect(understand(`o4-mini in ${text}`).regions).toEqual([name]);
  });

  test('the document spellings "East US2" and "West US3" are eastus2 and westus3', () => {
    expect(understand('East US2 and West US3').regions).toEqual(['eastus2', 'westus3']);
  });
});

describe('the table models', () => {
  test('the real catalog lists the 8 models of the source table', () => {
    const ids = [...new Set((readJson('data/catalog-seed.json') as { models: { id: string }[] }).models.map((m) => m.id))];
    expect(ids).toEqual(TABLE_MODELS);
  });

  test.each(TABLE_MODELS.map((id) => [id]))('%s resolves to itself as a catalog model, spelt as the table spells it', (id) => {
    const q = understand(id);
    expect([q.intent, q.models.map((m) => [m.id, m.source, m.said])]).toEqual(['model', [[id, 'catalog', id]]]);
  });

  test.each(TABLE_MODELS.map((id) => [id.toUpperCase(), id]))('%s (upper case) is %s', (text, id) => {
    expect(modelsOf(understand(text))).toEqual([id]);
  });

  test.each(TABLE_MODELS.map((id) => [id.replace(/-/g, ' '), id]))('%s (spaces for hyphens) is %s', (text, id) => {
    expect(modelsOf(understand(text))).toEqual([id]);
  });
});

describe('known models (data/known-models.json)', () => {
  test('the file says why it exists, and lists no table model', () => {
    expect(known.source).toMatch(/not list/);
    const lower = new Set(TABLE_MODELS.map((id) => id.toLowerCase()));
    expect(known.models.filter((m) => lower.has(m.id.toLowerCase()))).toEqual([]);
    expect(new Set(known.models.map((m) => m.id.toLowerCase())).size).toBe(known.models.length);
  });

  test.each(known.models.map((m) => [m.id]))('%s resolves to itself, source other', (id) => {
    const q = understand(id);
    expect(q.models.map((m) => [m.id, m.source])).toEqual([[id, 'other']]);
  });

  test.each(known.models.flatMap((m) => (m.aliases ?? []).map((a) => [a, m.id])))('alias %j is %s', (alias, id) => {
    expect(understand(alias).models.map((m) => [m.id, m.source])).toEqual([[id, 'other']]);
  });

  test('a model the catalog lists wins over the known list: with gpt-5 in the catalog, "gpt5" is a catalog model', () => {
    const data = realData();
    const u = createUnderstander({ ...data, models: [...data.models, { id: 'gpt-5', version: '2025-08-07' }] });
    expect(u('can I fine-tune gpt5 in Sweden Central?').models.map((m) => [m.id, m.source])).toEqual([['gpt-5', 'catalog']]);
    expect(u('gpt 5').models.map((m) => [m.id, m.source])).toEqual([['gpt-5', 'catalog']]);
    expect(u('gpt-5-mini').models.map((m) => [m.id, m.source])).toEqual([['gpt-5-mini', 'other']]);
  });

  test('a later catalog with Llama-3.3-70B-Instruct makes "llama" a catalog model', () => {
    const data = realData();
    const u = createUnderstander({ ...data, models: [...data.models, { id: 'Llama-3.3-70B-Instruct', version: null }] });
    expect(u('llama 3.3').models.map((m) => [m.id, m.source])).toEqual([['Llama-3.3-70B-Instruct', 'catalog']]);
  });
});

describe('names in questions', () => {
  test('models and regions are deduplicated and kept in the order named', () => {
    const q = understand('gpt-4.1 or gpt-4o or GPT-4.1 in West Europe, Sweden Central or westeurope');
    expect(modelsOf(q)).toEqual(['gpt-4.1', 'gpt-4o']);
    expect(q.regions).toEqual(['westeurope', 'swedencentral']);
  });

  test('said is the words as typed, version included', () => {
    const q = understand('Can I fine-tune GPT-4o (2024-05-13) in sweden central?');
    expect(q.models).toEqual([{ id: 'gpt-4o', source: 'catalog', version: '2024-05-13', said: 'GPT-4o (2024-05-13)' }]);
    expect(understand('Switzerland please').place).toEqual({
      kind: 'geography',
      name: 'Switzerland',
      regions: ['switzerlandnorth', 'switzerlandwest'],
      said: 'Switzerland',
    });
    expect(understand('in Europe').place?.kind).toBe('group');
  });

  test('an understander built from no models still knows regions and the known models', () => {
    const u = createUnderstander({ models: [], otherModels: known.models, regions });
    expect(u('gpt-4 in West Europe').models.map((m) => m.source)).toEqual(['other']);
    expect(u('mini').intent).not.toBe('clarify');
  });
});
