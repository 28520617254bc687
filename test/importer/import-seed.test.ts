// The seed document, imported as the product will ship it.
import { Catalog } from '../../src/core/catalog/schema';
import { importText, read, SEED } from './support';

const catalog = importText(read(SEED), { file: 'data/source/fine-tune-models.md' });
const model = (id: string) => {
  const m = catalog.models.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id}`);
  return m;
};

describe('importing the seed document', () => {
  it('produces a valid catalog with the 8 models in table order', () => {
    expect(() => Catalog.parse(catalog)).not.toThrow();
    expect(catalog.models.map((m) => m.id)).toEqual([
      'gpt-4o-mini',
      'gpt-4o',
      'gpt-4.1',
      'gpt-4.1-mini',
      'gpt-4.1-nano',
      'o4-mini',
      'Ministral-3B',
      'Qwen-32B',
    ]);
  });

  it('reads o4-mini: Standard in East US2 and Sweden Central, Global yes, Developer no', () => {
    expect(model('o4-mini')).toMatchObject({
      version: '2025-04-16',
      standardRegions: ['eastus2', 'swedencentral'],
      standardNote: null,
      global: true,
      developer: false,
      vision: false,
    });
  });

  it('reads Ministral-3B as a preview with version 2411, no Standard regions ("Not supported") and unknown output', () => {
    expect(model('Ministral-3B')).toMatchObject({
      version: '2411',
      preview: true,
      standardRegions: [],
      standardNote: 'Not supported',
      trainingData: null,
    });
    expect(model('Ministral-3B').limits).toMatchObject({ input: 128000, output: null, trainingContext: null });
  });

  it('reads Qwen-32B limits 8,000 / 32,000 / 8192', () => {
    expect(model('Qwen-32B')).toMatchObject({ version: null, preview: true, trainingData: 'July 2024' });
    expect(model('Qwen-32B').limits).toMatchObject({ input: 8000, output: 32000, trainingContext: 8192 });
  });

  it('reads gpt-4.1-nano version 2025-04-14 although no <br> precedes it', () => {
    expect(model('gpt-4.1-nano')).toMatchObject({ version: '2025-04-14', preview: false });
    expect(model('gpt-4.1-nano').limits?.trainingContext).toBe(32768);
  });

  it('reads modality: gpt-4o takes vision, gpt-4o-mini does not', () => {
    expect(model('gpt-4o')).toMatchObject({ modality: 'Text and vision to text', vision: true });
    expect(model('gpt-4o-mini')).toMatchObject({ modality: 'Text to text', vision: false });
  });

  it('reads the 26 Global regions with the Japan East and Poland Central exceptions as data', () => {
    const g = catalog.globalRegions;
    expect(g.stated).toBe(true);
    expect(g.regions).toHaveLength(26);
    const ids = g.regions.map((r) => r.region);
    expect(ids).toEqual(expect.arrayContaining(['westeurope', 'eastus2', 'westus3', 'southindia', 'australiaeast']));
    expect(g.regions.find((r) => r.region === 'eastus2')?.name).toBe('East US2');
    expect(g.regions.find((r) => r.region === 'japaneast')?.exceptions).toEqual([{ kind: 'no-vision', text: 'no vision support' }]);
    expect(g.regions.find((r) => r.region === 'polandcentral')?.exceptions).toEqual([{ kind: 'no-model', model: 'gpt-4.1-nano', text: 'no 4.1-nano support' }]);
    expect(g.stated && g.source).toBe('data/source/fine-tune-models.md');
  });

  it('reads the title and ms.date (month/day/year) and records the source', () => {
    expect(catalog.source).toEqual({
      title: 'Fine-Tuning Model Guidance',
      date: '2025-02-06',
      dateRaw: '02/06/2025',
      url: 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/models#fine-tuning-models',
      file: 'data/source/fine-tune-models.md',
    });
  });

  it('names the tiers standard, global, developer (no Data Zone column)', () => {
    expect(catalog.tiers).toEqual(['standard', 'global', 'developer']);
  });

  it('keeps the Foundry-project note, and not the Global list, among the notes', () => {
    expect(catalog.notes).toEqual([
      'The supported regions for fine-tuning might vary if you use Azure OpenAI models in a Microsoft Foundry project versus outside a project.',
    ]);
  });

  it('carries the tier facts with their sources', () => {
    expect(catalog.tierFacts.source).toBe('data/source/training-tiers.md');
    expect(catalog.tierFacts.facts.map((f) => f.tier)).toEqual(['standard', 'global', 'developer', 'datazone']);
    expect(catalog.tierFacts.facts[0]).toMatchObject({ label: 'Standard (regional)' });
    expect(catalog.tierFacts.facts[0]?.meaning).toContain('data residency is guaranteed');
    expect(catalog.tierFacts.facts[2]?.sources).toContain('fine-tuning-studio.md');
  });
});
