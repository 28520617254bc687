// The catalog service: validated once, frozen, and answering typed queries from the seed's facts.
import { createCatalog } from '../../src/core/catalog/catalog';
import { createRegionDirectory } from '../../src/core/regions';
import { readJson, seedCatalog } from '../support/knowledge';

const catalog = seedCatalog();

test('the catalog is frozen all the way down', () => {
  expect(Object.isFrozen(catalog.data)).toBe(true);
  expect(Object.isFrozen(catalog.data.models[0]!.standardRegions)).toBe(true);
  expect(() => {
    (catalog.data.models[0]!.standardRegions as string[]).push('westeurope');
  }).toThrow(TypeError);
});

test('a catalog that does not match the schema, or names an unknown region, is refused', () => {
  const regions = createRegionDirectory(readJson('data/regions.json'));
  const good = readJson('data/catalog-seed.json') as any;
  expect(() => createCatalog({ ...good, models: [] }, regions)).toThrow();
  expect(() => createCatalog({ ...good, schemaVersion: 2 }, regions)).toThrow();
  const atlantis = structuredClone(good);
  atlantis.models[0].standardRegions.push('atlantiscentral');
  expect(() => createCatalog(atlantis, regions)).toThrow(/atlantiscentral/);
});

test('a model’s tiers, regions and limits', () => {
  const o4 = catalog.model('o4-mini')!.primary;
  expect(o4).toMatchObject({ version: '2025-04-16', standardRegions: ['eastus2', 'swedencentral'], global: true, developer: false });
  expect(o4.limits).toMatchObject({ input: 128000, output: 16384, trainingContext: 65536 });
  expect(catalog.globalRegionsFor(o4)).toHaveLength(26);
  expect(catalog.modelIds).toEqual(['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'o4-mini', 'Ministral-3B', 'Qwen-32B']);
});

test('what can be trained in a region, per tier, with the Global exceptions applied', () => {
  expect(catalog.trainableIn('swedencentral')).toEqual({
    standard: ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'o4-mini'],
    global: catalog.modelIds,
    developer: ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'],
  });
  expect(catalog.trainableIn('polandcentral').global).not.toContain('gpt-4.1-nano');
  expect(catalog.trainableIn('japaneast').global).toContain('gpt-4o');
  expect(catalog.trainableIn('japaneast', { vision: true }).global).toEqual([]);
  expect(catalog.trainableIn('swedencentral', { vision: true }).standard).toEqual(['gpt-4o', 'gpt-4.1']);
  expect(catalog.trainableIn('centralus')).toMatchObject({ standard: [], global: [] });
});

test('filters: vision, Developer tier, preview', () => {
  expect(catalog.modelsWhere('vision')).toEqual(['gpt-4o', 'gpt-4.1']);
  expect(catalog.modelsWhere('developer')).toEqual(['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano']);
  expect(catalog.modelsWhere('preview')).toEqual(['Ministral-3B', 'Qwen-32B']);
  expect(catalog.modelsWhere('standard')).not.toContain('Qwen-32B');
});

test('the Global exceptions: Japan East (no vision), Poland Central (no gpt-4.1-nano)', () => {
  expect(catalog.globalRegion('japaneast')!.exceptions).toEqual([{ kind: 'no-vision', text: 'no vision support' }]);
  expect(catalog.globalRegion('polandcentral')!.exceptions).toEqual([{ kind: 'no-model', model: 'gpt-4.1-nano', text: 'no 4.1-nano support' }]);
  expect(catalog.globalExceptionsFor(catalog.model('gpt-4o-mini')!.primary, 'japaneast')).toEqual([]);
  expect(catalog.globalExceptionsFor(catalog.model('gpt-4o')!.primary, 'japaneast')).toHaveLength(1);
});
