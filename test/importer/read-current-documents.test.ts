// Microsoft's current documents (10/2026), each recognised by its content and read into what it states.
import { readDocument, type ReadDocument } from '../../src/importer/read-document';
import { readLegend, readServerlessDefaults } from '../../src/importer/legend';
import { readRegionFootnote } from '../../src/importer/read-global-training-regions';
import { current, currentFiles, doc, importError, read, regions, ROOT, SEED, tiersText, URL } from './support';

const readText = (text: string, file = 'doc.md'): ReadDocument =>
  readDocument(text, { regions, tiersText, tiersFile: 'data/source/training-tiers.md', url: URL, file });
const readCurrent = (name: string) => readText(current(name), name);

function as<K extends ReadDocument['kind']>(d: ReadDocument, kind: K): Extract<ReadDocument, { kind: K }> {
  expect(d.kind).toBe(kind);
  return d as Extract<ReadDocument, { kind: K }>;
}

describe('recognising a document by its content', () => {
  it.each([
    ['fine-tune-supported-models.md', 'supported-models'],
    ['fine-tune-global-training-regions.md', 'global-training-regions'],
    ['fine-tune-standard-deployment-regions.md', 'deployment-regions'],
    ['fine-tune-provisioned-throughput-deployment-regions.md', 'deployment-regions'],
    ['fine-tuning-overview.md', 'overview'],
    ['deploy-fine-tuned-models.md', 'how-to'],
  ])('reads %s as %s', (name, kind) => {
    expect(currentFiles).toContain(name);
    expect(readCurrent(name).kind).toBe(kind);
  });

  it('does not look at the file name: the same text under another name is the same document', () => {
    const a = readText(current('fine-tune-global-training-regions.md'), 'fine-tune-supported-models.md');
    expect(a.kind).toBe('global-training-regions');
    expect(readText(read(SEED), 'fine-tuning-overview.md').kind).toBe('model-table');
  });

  it('reads the older layouts as before, through the one-document importer', () => {
    const seed = as(readText(read(SEED), 'data/source/fine-tune-models.md'), 'model-table');
    expect(seed.catalog.models).toHaveLength(8);
    expect(seed.notes).toEqual(seed.catalog.notes);
  });

  it('refuses the shared README (it is not a Microsoft document) for its missing front matter', () => {
    expect(importError(() => readText(read(`${ROOT}/test/fixtures/seed-current/README.md`))).message).toContain('no YAML front matter');
  });

  it('refuses a document that holds tables of two kinds', () => {
    const body = [
      '| Model ID | Approach |\n| --- | --- |\n| `x` | Managed: ✅ (SFT) |',
      '',
      '| Foundry project region | Managed fine-tuning |\n| --- | --- |\n| East US | ✅ |',
    ].join('\n');
    expect(importError(() => readText(doc(body)))).toMatchObject({ code: 'mixed-document' });
  });
});

describe('the supported-models table', () => {
  const d = as(readCurrent('fine-tune-supported-models.md'), 'supported-models');
  const row = (id: string) => {
    const r = d.table.rows.find((x) => x.id === id);
    if (!r) throw new Error(`no ${id}`);
    return r;
  };

  it('lists the 18 models in table order with versions and preview marks', () => {
    expect(d.table.rows).toHaveLength(18);
    expect(d.table.rows[0]).toMatchObject({ id: 'MAI-Code-1.1-Flash', version: null, preview: true });
    expect(row('gpt-5')).toMatchObject({ version: '2025-08-07', preview: false });
    expect(row('Ministral-3B')).toMatchObject({ version: '2411', preview: false });
    expect(d.table.rows.filter((r) => r.preview).map((r) => r.id)).toEqual([
      'MAI-Code-1.1-Flash',
      'Muse-Glimmer-30B',
      'Qwen3.6-35B-A3B',
      'Qwen3.8-27B',
      'gpt-oss-120b',
      'MedImageInsight-Premium',
      'CXRReportgen-Premium',
    ]);
  });

  it('reads "Managed: ✅ (SFT, DPO)" as methods and "Interactive: ✅/❌" as interactive training', () => {
    expect(row('gpt-4o')).toMatchObject({ managed: true, methods: ['SFT', 'DPO'], interactive: false });
    expect(row('Muse-Glimmer-30B')).toMatchObject({ managed: true, methods: ['SFT', 'RFT'], interactive: true });
    expect(row('gpt-oss-20b')).toMatchObject({ methods: ['SFT'], interactive: true });
  });

  it('reads the four training types, and a bare "Global" as Global only', () => {
    expect(row('gpt-5').trainingTypes).toEqual({ standard: true, datazone: true, global: true, developer: false });
    expect(row('Qwen3-32B').trainingTypes).toEqual({ standard: false, datazone: true, global: true, developer: false });
    expect(row('MedImageInsight-Premium').trainingTypes).toEqual({ standard: false, datazone: false, global: true, developer: false });
  });

  it('applies the legend to the deployment option line it marks', () => {
    expect(row('gpt-4o-mini').deployment).toEqual({
      serverless: { available: true, only: null, excluded: ['developer'], legends: ['Developer deployment type is not supported.'] },
      'managed-compute': { available: false, only: null, excluded: [], legends: [] },
      fireworks: { available: false, only: null, excluded: [], legends: [] },
    });
    expect(row('Qwen3.6-35B-A3B').deployment['fireworks']).toMatchObject({ available: true, only: ['provisioned-throughput'] });
    expect(row('Llama-3.3-70B-Instruct').deployment['serverless']).toMatchObject({ only: ['global-standard'] });
    expect(row('gpt-5').deployment['serverless']).toMatchObject({ only: ['standard'] });
    expect(row('gpt-4.1').deployment['serverless']).toEqual({ available: true, only: null, excluded: [], legends: [] });
  });

  it('reads legend 3 on the gpt-5 model cell as invitation-only access', () => {
    expect(row('gpt-5').invitations).toEqual(['GPT-5 reinforcement fine-tuning requires an invitation. Contact your Microsoft account team for enrollment.']);
    expect(row('gpt-5').footnotes).toHaveLength(2);
    expect(d.table.rows.filter((r) => r.invitations.length > 0).map((r) => r.id)).toEqual(['gpt-5']);
  });

  it('reads which deployment types serverless offers unless a legend says otherwise', () => {
    expect(d.table.serverlessDeploymentTypes).toEqual(['global-standard', 'data-zone-standard', 'developer']);
    expect(readServerlessDefaults(['Nothing about deployments here.'])).toBeNull();
  });

  it('reads each kind of legend, and refuses one it cannot understand', () => {
    expect(readLegend('Only Provisioned Throughput deployment type is supported.', '1', 'x')).toMatchObject({
      kind: 'only-deployment-types',
      types: ['provisioned-throughput'],
    });
    expect(readLegend('Only Standard deployment type is supported. See [Standard deployment regions](#x).', '4', 'x')).toMatchObject({ types: ['standard'] });
    expect(readLegend('Developer deployment type is not supported.', '5', 'x')).toMatchObject({ kind: 'excluded-deployment-types', types: ['developer'] });
    expect(readLegend('Global Standard and Developer deployment types are not supported.', '6', 'x')).toMatchObject({
      types: ['global-standard', 'developer'],
    });
    expect(importError(() => readLegend('Available on Tuesdays.', '7', 'the Serverless line of x'))).toMatchObject({
      code: 'bad-legend',
      message: 'cannot understand legend 7 ("Available on Tuesdays.") on the Serverless line of x',
    });
  });
});

describe('the Global training regions table', () => {
  const d = as(readCurrent('fine-tune-global-training-regions.md'), 'global-training-regions');
  const row = (region: string) => d.rows.find((r) => r.region === region);

  it('lists 27 regions, all with managed fine-tuning, 11 with interactive training', () => {
    expect(d.rows).toHaveLength(27);
    expect(d.rows.every((r) => r.managed === true)).toBe(true);
    expect(d.rows.filter((r) => r.interactive).map((r) => r.region)).toEqual([
      'australiaeast',
      'canadaeast',
      'eastus',
      'eastus2',
      'koreacentral',
      'northcentralus',
      'swedencentral',
      'switzerlandnorth',
      'uaenorth',
      'uksouth',
      'westus3',
    ]);
  });

  it('turns the footnotes into exclusions, an allow-list and no vision', () => {
    const four = ['Qwen3.6-35B-A3B', 'Qwen3.8-27B', 'Muse-Glimmer-30B', 'gpt-oss-120b'];
    expect(row('westeurope')).toMatchObject({ managedExcluded: four, managedOnly: null, noVision: false });
    expect(row('japaneast')).toMatchObject({ managedExcluded: four, noVision: true });
    expect(row('polandcentral')).toMatchObject({ managedExcluded: [...four, 'gpt-4.1-nano'] });
    expect(row('uaenorth')).toMatchObject({ managedExcluded: [], managedOnly: four, interactive: true });
    expect(row('eastus2')).toMatchObject({ managedExcluded: [], managedOnly: null, noVision: false, footnotes: [] });
    expect(d.notes).toEqual(["Global training provides more affordable training per token, but doesn't offer data residency."]);
  });

  it('reads footnotes by their words', () => {
    expect(readRegionFootnote("Managed fine-tuning for `a` and `b` isn't supported in this region.")).toEqual({
      kind: 'exclude',
      scope: 'managed',
      models: ['a', 'b'],
      region: null,
    });
    expect(readRegionFootnote('Interactive training for `a` is not supported in West US.')).toEqual({
      kind: 'exclude',
      scope: 'interactive',
      models: ['a'],
      region: 'West US',
    });
    expect(readRegionFootnote('West US supports Global managed fine-tuning only for `a`.')).toEqual({
      kind: 'only',
      scope: 'managed',
      models: ['a'],
      region: 'West US',
    });
    expect(readRegionFootnote("Vision fine-tuning isn't supported in Japan East.")).toEqual({ kind: 'no-vision', region: 'Japan East' });
    expect(readRegionFootnote('Capacity is limited.')).toBeNull();
  });
});

describe('the deployment region tables', () => {
  it('reads the Standard table: 7 models × 3 regions, the type from the title', () => {
    const d = as(readCurrent('fine-tune-standard-deployment-regions.md'), 'deployment-regions');
    expect(d.table.deploymentType).toBe('standard');
    expect(d.table.rows.map((r) => r.id)).toEqual(['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'o4-mini', 'gpt-5']);
    expect(d.table.rows.find((r) => r.id === 'gpt-4o')?.regions).toEqual(['eastus2', 'swedencentral']);
  });

  it('reads the Provisioned Throughput table: 3 models × 2 regions', () => {
    const d = as(readCurrent('fine-tune-provisioned-throughput-deployment-regions.md'), 'deployment-regions');
    expect(d.table.deploymentType).toBe('provisioned-throughput');
    expect(d.table.rows).toEqual([
      { id: 'gpt-4o-mini', version: null, regions: ['northcentralus', 'swedencentral'] },
      { id: 'gpt-4o', version: null, regions: ['northcentralus', 'swedencentral'] },
      { id: 'gpt-4.1', version: null, regions: ['swedencentral'] },
    ]);
  });

  it('takes the type from the lead sentence when the title does not name it, and refuses when nothing does', () => {
    const table = '| Model ID | Sweden Central |\n| --- | --- |\n| `gpt-4o` | ✅ |';
    const byText = as(readText(doc(`Only these models support serverless Provisioned Throughput deployments.\n\n${table}`)), 'deployment-regions');
    expect(byText.table.deploymentType).toBe('provisioned-throughput');
    expect(importError(() => readText(doc(table)))).toMatchObject({ code: 'no-facts' });
  });
});

describe('the overview page', () => {
  const d = as(readCurrent('fine-tuning-overview.md'), 'overview');

  it('reads what the four training types mean, and that only the US data zone is supported', () => {
    expect(d.overview.trainingTypes?.map((t) => [t.id, t.name])).toEqual([
      ['standard', 'Standard'],
      ['datazone', 'Data zone'],
      ['global', 'Global'],
      ['developer', 'Developer'],
    ]);
    expect(d.overview.dataZones).toEqual({ training: ['US'], deployment: ['US'] });
  });

  it('reads the methods by acronym, the deployment options and the deployment types', () => {
    expect(d.overview.methods?.map((m) => [m.id, m.name])).toEqual([
      ['SFT', 'Supervised fine-tuning'],
      ['DPO', 'Preference fine-tuning, using direct preference optimization'],
      ['RFT', 'Reinforcement fine-tuning'],
    ]);
    expect(d.overview.deploymentOptions?.map((o) => [o.id, o.preview])).toEqual([
      ['serverless', false],
      ['managed-compute', true],
      ['fireworks-on-foundry', true],
    ]);
    expect(d.overview.deploymentTypes?.map((t) => t.id)).toEqual([
      'standard',
      'data-zone-standard',
      'global-standard',
      'developer',
      'provisioned-throughput',
      'global-provisioned',
    ]);
  });

  it('keeps its note on interactive training and leaves its tip out', () => {
    expect(d.notes).toEqual([
      'Interactive training is in preview and requires explicit access approval. Request access through the preview sign-up form and wait for approval before creating training sessions.',
    ]);
  });
});
