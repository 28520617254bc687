// The catalog's accessors for stated facts: verdicts with footnotes applied and the documents they rest on,
// on a version 2 catalog built from the current documents and on the shipped version 1 catalog alike.
import { createCatalog } from '../../src/core/catalog/catalog';
import { createRegionDirectory } from '../../src/core/regions';
import { currentFactFiles, importAll, input } from '../importer/support';
import { readJson, seedCatalog } from '../support/knowledge';

const regions = createRegionDirectory(readJson('data/regions.json'));
const currentOnly = createCatalog(importAll(currentFactFiles.map((f) => input(f))), regions);
const withOld = createCatalog(importAll([...currentFactFiles.map((f) => input(f)), input('22b'), input('01')]), regions);
const facts = withOld.stated;

describe('Global managed fine-tuning per model and region', () => {
  it('applies the exclusion footnotes, with their words', () => {
    const nano = facts.globalTrainingAllowed('gpt-4.1-nano', 'polandcentral');
    expect(nano).toMatchObject({ allowed: false, stated: 'current', because: ["Managed fine-tuning for gpt-4.1-nano isn't supported in Poland Central."] });
    expect(facts.source(nano.from[1]!)).toMatchObject({ kind: 'global-training-regions', date: '2026-10-06' });
    expect(facts.globalTrainingAllowed('gpt-4.1-nano', 'eastus2')).toMatchObject({ allowed: true, stated: 'current', because: [] });
    expect(facts.globalTrainingAllowed('Muse-Glimmer-30B', 'westeurope').allowed).toBe(false);
  });

  it('applies UAE North’s allow-list: the four models only', () => {
    expect(facts.globalTrainingAllowed('Muse-Glimmer-30B', 'uaenorth').allowed).toBe(true);
    expect(facts.globalTrainingAllowed('gpt-4o', 'uaenorth')).toMatchObject({ allowed: false, because: [expect.stringContaining('only for')] });
  });

  it('says no for a region the (complete) table does not list, and for a model without Global', () => {
    expect(facts.globalTrainingAllowed('gpt-4o', 'centralus')).toMatchObject({ allowed: false, stated: 'current' });
    expect(facts.globalTrainingAllowed('nope', 'eastus')).toEqual({ allowed: null, from: [], stated: null, because: [] });
  });

  it('asks about vision: no in Japan East, yes for gpt-4o elsewhere (from 03/05/2026), unstated for the new models', () => {
    expect(facts.globalTrainingAllowed('gpt-4o', 'japaneast', { vision: true })).toMatchObject({
      allowed: false,
      because: ["Vision fine-tuning isn't supported in Japan East."],
    });
    expect(facts.globalTrainingAllowed('gpt-4o', 'japaneast').allowed).toBe(true);
    expect(facts.globalTrainingAllowed('gpt-4o', 'swedencentral', { vision: true })).toMatchObject({ allowed: true, stated: 'no-longer-stated' });
    expect(facts.globalTrainingAllowed('gpt-4o-mini', 'swedencentral', { vision: true }).allowed).toBe(false);
    expect(facts.globalTrainingAllowed('gpt-oss-120b', 'swedencentral', { vision: true })).toMatchObject({ allowed: null, stated: 'current' });
  });
});

describe('interactive training and the other training types', () => {
  it('needs the model and the region to offer interactive training; the managed-only footnote does not apply', () => {
    expect(facts.interactiveTrainingAllowed('gpt-oss-20b', 'eastus').allowed).toBe(true);
    expect(facts.interactiveTrainingAllowed('gpt-oss-20b', 'westeurope').allowed).toBe(false);
    expect(facts.interactiveTrainingAllowed('gpt-4o', 'eastus').allowed).toBe(false);
    expect(facts.interactiveTrainingAllowed('Qwen3.6-35B-A3B', 'canadaeast').allowed).toBe(true);
    expect(facts.trainingAllowed('Qwen3.6-35B-A3B', 'interactive', 'canadaeast').allowed).toBe(true);
  });

  it('answers Standard from the 03/05/2026 regions, no longer stated, and unstated without them', () => {
    expect(facts.trainingAllowed('gpt-4o', 'standard', 'eastus2')).toMatchObject({ allowed: true, stated: 'no-longer-stated' });
    expect(facts.trainingAllowed('gpt-4.1', 'standard', 'eastus2')).toMatchObject({ allowed: false, stated: 'no-longer-stated' });
    expect(currentOnly.stated.trainingAllowed('gpt-4o', 'standard', 'eastus2')).toMatchObject({ allowed: null, stated: 'current' });
    expect(facts.trainingAllowed('Qwen3-32B', 'standard', 'eastus2')).toMatchObject({ allowed: false, stated: 'current' });
  });

  it('leaves Data zone and Developer regions unstated, and says no where the model lacks the type', () => {
    expect(facts.trainingAllowed('gpt-4o', 'datazone', 'eastus2').allowed).toBeNull();
    expect(facts.trainingAllowed('gpt-4o', 'developer', 'eastus2').allowed).toBeNull();
    expect(facts.trainingAllowed('gpt-5', 'developer', 'eastus2').allowed).toBe(false);
    expect(facts.trainingTypeFor('MedImageInsight-Premium', 'datazone')?.value).toBe(false);
  });
});

describe('deployment', () => {
  it('gives the regions per deployment type, and null for a type no table covers', () => {
    expect(facts.deploymentRegions('gpt-4o', 'standard')?.value).toEqual(['eastus2', 'swedencentral']);
    expect(facts.deploymentRegions('gpt-4o', 'provisioned-throughput')?.value).toEqual(['northcentralus', 'swedencentral']);
    expect(facts.deploymentRegions('o4-mini', 'provisioned-throughput')?.value).toEqual([]);
    expect(facts.deploymentRegions('gpt-4o', 'global-standard')).toBeNull();
  });

  it('works out the deployment types an option offers, legends applied', () => {
    expect(facts.deploymentTypes('gpt-4o-mini', 'serverless')?.types).toEqual(['global-standard', 'data-zone-standard', 'provisioned-throughput', 'standard']);
    expect(facts.deploymentTypes('gpt-4.1-mini', 'serverless')?.types).toEqual(['global-standard', 'data-zone-standard', 'developer', 'standard']);
    expect(facts.deploymentTypes('gpt-5', 'serverless')?.types).toEqual(['standard']);
    expect(facts.deploymentTypes('Muse-Glimmer-30B', 'fireworks')).toMatchObject({ available: true, types: ['provisioned-throughput'] });
    expect(facts.deploymentTypes('Muse-Glimmer-30B', 'serverless')).toMatchObject({ available: false, types: [] });
    expect(facts.deploymentTypes('Muse-Glimmer-30B', 'managed-compute')).toMatchObject({ available: true, types: null });
    expect(facts.deploymentTypes('Muse-Glimmer-30B', 'batch')).toBeNull();
  });

  it('says what an option means, by the id the table uses', () => {
    expect(facts.meaning('deploymentOptions', 'fireworks')?.value).toMatchObject({ name: 'Fireworks on Foundry', preview: true });
    expect(facts.meaning('methods', 'DPO')?.value.name).toBe('Preference fine-tuning, using direct preference optimization');
  });
});

describe('provenance and data zones', () => {
  it('names the document, date and standing of a fact', () => {
    const regionsFact = facts.model('gpt-4o')!.standardRegions!;
    expect(facts.provenance(regionsFact)).toEqual({
      source: expect.objectContaining({ kind: 'model-table', title: 'Support fine-tune models', dateRaw: '03/05/2026' }),
      date: '2026-03-05',
      stated: 'no-longer-stated',
    });
    expect(() => facts.source({ doc: 99, date: '2026-01-01', stated: 'current' })).toThrow('no source 99');
  });

  it('says training and deployment in a data zone mean the US data zone only', () => {
    expect(facts.dataZones('training')?.value).toEqual(['US']);
    expect(facts.dataZones('deployment')?.value).toEqual(['US']);
    expect(facts.provenance(facts.dataZones('training')!).source.kind).toBe('overview');
    expect(seedCatalog().stated.dataZones('training')).toBeNull();
  });
});

describe('names', () => {
  it('resolves an old name to the new one and says so; knows models no longer listed', () => {
    expect(facts.resolveModel('Qwen-32B')).toMatchObject({
      kind: 'renamed',
      id: 'Qwen3-32B',
      renamedFrom: { name: 'Qwen-32B', lastListed: { date: '2026-03-05' } },
    });
    expect(facts.resolveModel('qwen3-32b')).toEqual({ kind: 'listed', id: 'Qwen3-32B' });
    expect(facts.resolveModel('gpt-35-turbo')).toMatchObject({ kind: 'formerly-listed', entry: { lastListed: { date: '2024-10-31' } } });
    expect(facts.resolveModel('Qwen3-33B')).toBeUndefined();
  });
});

describe('the same accessors over the shipped version 1 catalog', () => {
  const seed = seedCatalog().stated;
  it('reads its one document as current facts', () => {
    expect(seed.sources).toHaveLength(1);
    expect(seed.globalTrainingAllowed('gpt-4.1-nano', 'polandcentral')).toMatchObject({ allowed: false, stated: 'current', because: ['no 4.1-nano support'] });
    expect(seed.globalTrainingAllowed('o4-mini', 'westeurope').allowed).toBe(true);
    expect(seed.trainingAllowed('o4-mini', 'standard', 'eastus2')).toMatchObject({ allowed: true, stated: 'current' });
    expect(seed.interactiveTrainingAllowed('gpt-4o', 'eastus').allowed).toBeNull();
    expect(seed.resolveModel('Qwen-32B')).toEqual({ kind: 'listed', id: 'Qwen-32B' });
  });
});

describe('a version 2 catalog through the version 1 service', () => {
  it('answers the version 1 questions from the merged facts', () => {
    expect(withOld.trainableIn('polandcentral').global).not.toContain('gpt-4.1-nano');
    expect(withOld.trainableIn('uaenorth').global).toEqual(['Muse-Glimmer-30B', 'Qwen3.6-35B-A3B', 'Qwen3.8-27B', 'gpt-oss-120b']);
    expect(withOld.trainableIn('eastus2').standard).toEqual(['gpt-4o', 'o4-mini']);
  });

  it('refuses a version 2 catalog that names a region the directory does not know', () => {
    const bad = structuredClone(withOld.data) as any;
    bad.models[10].facts.deploymentRegions.standard.value.push('atlantiscentral');
    expect(() => createCatalog(bad, regions)).toThrow(/atlantiscentral/);
  });
});
