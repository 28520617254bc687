// Every earlier and later layout of the table (shared/seed/history) imports, with spot checks per layout.
import path from 'node:path';
import { historyFile, historyFiles, importText, read, SEED } from './support';

const load = (prefix: string, extra = {}) => importText(read(historyFile(prefix)), { file: path.basename(historyFile(prefix)), ...extra });

describe('history layouts', () => {
  it('finds the history documents', () => {
    expect(historyFiles.length).toBeGreaterThanOrEqual(14);
  });

  it.each(historyFiles)('imports %s', (name) => {
    const catalog = importText(read(path.join(path.dirname(historyFile('01')), name)), { file: name });
    expect(catalog.models.length).toBeGreaterThan(0);
    expect(catalog.tiers[0]).toBe('standard');
    for (const m of catalog.models) expect(m.standardRegions.length > 0 || m.standardNote !== null).toBe(true);
  });

  describe('01: 4 columns, "Fine-tuning regions", before Global training', () => {
    const c = load('01');
    it('lists gpt-35-turbo in three versions as separate entries', () => {
      expect(c.models.filter((m) => m.id === 'gpt-35-turbo').map((m) => m.version)).toEqual(['0613', '1106', '0125']);
      expect(c.models).toHaveLength(8);
    });
    it('makes gpt-4 a preview through its footnote and attaches the footnote text', () => {
      const gpt4 = c.models.find((m) => m.id === 'gpt-4');
      expect(gpt4).toMatchObject({ version: '0613', preview: true, footnotes: ['GPT-4 is currently in public preview.'] });
      expect(c.models.find((m) => m.id === 'babbage-002')).toMatchObject({ preview: false, footnotes: [] });
    });
    it('reads the region column as Standard regions and has no Global, Developer or Modality', () => {
      expect(c.tiers).toEqual(['standard']);
      expect(c.globalRegions).toEqual({ stated: false, regions: [] });
      for (const m of c.models)
        expect(m).toMatchObject({ global: null, developer: null, dataZone: null, modality: null, vision: null, methods: null, status: null });
      expect(c.models.find((m) => m.id === 'gpt-35-turbo' && m.version === '0613')?.standardRegions).toEqual([
        'eastus2',
        'northcentralus',
        'swedencentral',
        'switzerlandwest',
      ]);
    });
    it('reads bare max-request figures as input limits', () => {
      expect(c.models.find((m) => m.id === 'gpt-4')?.limits).toMatchObject({ input: 8192, output: null, trainingContext: null });
      expect(c.models.find((m) => m.id === 'babbage-002')?.limits?.input).toBe(16384);
    });
    it('reads the old date and both notes', () => {
      expect(c.source.date).toBe('2024-10-31');
      expect(c.notes).toHaveLength(2);
      expect(c.notes[0]).toMatch(/^gpt-35-turbo - Fine-tuning of this model is limited/);
    });
  });

  describe('07: 5 columns with "Text & Vision to Text"', () => {
    it('reads vision from the modality', () => {
      const c = load('07');
      expect(c.models.find((m) => m.id === 'gpt-4o')).toMatchObject({ modality: 'Text & Vision to Text', vision: true });
      expect(c.models.find((m) => m.id === 'gpt-4.1')).toMatchObject({ vision: false });
    });
  });

  describe('11: "Global Training (Preview)" with "-" against ✅', () => {
    const c = load('11');
    it('reads - as not Global and ✅ as Global', () => {
      expect(c.models.find((m) => m.id === 'gpt-4o')?.global).toBe(false);
      expect(c.models.find((m) => m.id === 'gpt-4.1-nano')?.global).toBe(true);
      expect(c.models.every((m) => m.developer === null)).toBe(true);
    });
    it('reads the 12 listed Global regions from the note', () => {
      expect(c.globalRegions.stated).toBe(true);
      expect(c.globalRegions.regions).toHaveLength(12);
      expect(c.globalRegions.regions.find((r) => r.region === 'japaneast')?.exceptions).toEqual([{ kind: 'no-vision', text: 'no vision support' }]);
      expect(c.globalRegions.regions.find((r) => r.region === 'polandcentral')?.exceptions).toEqual([]);
      expect(c.tiers).toEqual(['standard', 'global']);
    });
  });

  describe('16: 23 Global regions, gpt-4.1-nano no longer Global', () => {
    const c = load('16');
    it('reads the list and the flags', () => {
      expect(c.globalRegions.regions).toHaveLength(23);
      expect(c.globalRegions.regions.map((r) => r.region)).toEqual(expect.arrayContaining(['westeurope', 'southcentralus', 'westus3']));
      expect(c.models.find((m) => m.id === 'gpt-4.1-nano')?.global).toBe(false);
      expect(c.models.find((m) => m.id === 'o4-mini')).toMatchObject({ standardRegions: ['eastus2', 'swedencentral'], global: false });
    });
  });

  describe('22: 8 columns with Data Zone, Methods, Status, and the Global list moved out', () => {
    const c = load('22');
    it('reads every column', () => {
      expect(c.models).toHaveLength(11);
      expect(c.tiers).toEqual(['standard', 'datazone', 'global', 'developer']);
      expect(c.models.find((m) => m.id === 'gpt-4o')).toMatchObject({
        dataZone: 'US',
        methods: ['SFT', 'DPO'],
        status: 'GA',
        modality: 'Text and vision to text',
        vision: true,
        limits: null,
        trainingData: null,
      });
      expect(c.models.find((m) => m.id === 'Ministral-3B')).toMatchObject({ version: '2411', preview: false, standardNote: 'Not supported' });
    });
    it('reads Status "GA<sup>*</sup>" as GA with the * footnote', () => {
      const gpt5 = c.models.find((m) => m.id === 'gpt-5');
      expect(gpt5).toMatchObject({ status: 'GA', preview: false, methods: ['RFT'] });
      expect(gpt5?.footnotes).toHaveLength(1);
      expect(gpt5?.footnotes[0]).toMatch(/^GPT-5 support for reinforcement fine-tuning is generally available/);
    });
    it('records the Global list as not stated when the document marks models Global but lists no regions', () => {
      expect(c.models.every((m) => m.global === true)).toBe(true);
      expect(c.globalRegions).toEqual({ stated: false, regions: [] });
      expect(c.notes).toEqual([
        'Open-source models (Ministral-3B, Qwen-32B, Llama-3.3-70B-Instruct, gpt-oss-20b) are only supported on Foundry resources and in the new Foundry UI.',
      ]);
    });
    it('takes the Global list from a second document given with --global-regions', () => {
      const withList = load('22', { globalRegionsText: read(SEED), globalRegionsFile: 'data/source/fine-tune-models.md' });
      expect(withList.globalRegions.stated).toBe(true);
      expect(withList.globalRegions.regions).toHaveLength(26);
      expect(withList.globalRegions.stated && withList.globalRegions.source).toBe('data/source/fine-tune-models.md');
      expect(withList.globalRegions.regions.find((r) => r.region === 'polandcentral')?.exceptions).toEqual([
        { kind: 'no-model', model: 'gpt-4.1-nano', text: 'no 4.1-nano support' },
      ]);
    });
  });
});
