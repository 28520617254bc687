// Several documents at once: the newest statement of each fact wins, older-only facts are kept and marked,
// every fact names its document and date, and the order the documents come in does not matter.
import fc from 'fast-check';
import { CatalogV2, type Provenance } from '../../src/core/catalog/schema';
import { current, currentFactFiles, historyFiles, importAll, importError, input, read, SEED } from './support';

const currentDocs = currentFactFiles.map((f) => input(f));
const withStandardRegions = [...currentDocs, input('22b')];
const model = (c: CatalogV2, id: string) => {
  const m = c.models.find((x) => x.id === id);
  if (!m) throw new Error(`no ${id}`);
  return m;
};

/** Every provenance in a catalog: each object with a `from` (or `listedIn` / `lastListed`) of the Provenance shape. */
function provenances(value: unknown, out: Provenance[] = []): Provenance[] {
  if (Array.isArray(value)) for (const v of value) provenances(v, out);
  else if (value !== null && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      if ((k === 'from' || k === 'listedIn' || k === 'lastListed') && v !== null) out.push(v as Provenance);
      else provenances(v, out);
    }
  }
  return out;
}

describe('the current documents together', () => {
  const c = importAll(currentDocs);

  it('make a valid version 2 catalog of the 18 models, cited to the supported-models table', () => {
    expect(() => CatalogV2.parse(c)).not.toThrow();
    expect(c.schemaVersion).toBe(2);
    expect(c.models).toHaveLength(18);
    expect(c.source).toMatchObject({
      title: 'Fine-tuning model support',
      date: '2026-10-06',
      file: 'test/fixtures/seed-current/fine-tune-supported-models.md',
    });
    expect(c.sources.map((s) => [s.kind, s.date])).toEqual([
      ['deployment-regions', '2026-10-07'],
      ['deployment-regions', '2026-10-07'],
      ['global-training-regions', '2026-10-06'],
      ['supported-models', '2026-10-06'],
      ['overview', '2026-10-06'],
    ]);
    expect(c.tiers).toEqual(['standard', 'datazone', 'global', 'developer']);
  });

  it('states every fact as current, each naming a document of its own date', () => {
    const all = provenances(c);
    expect(all.length).toBeGreaterThan(300);
    for (const p of all) {
      expect(p.stated).toBe('current');
      expect(c.sources[p.doc]?.date).toBe(p.date);
    }
  });

  it('leaves unstated what the current documents do not say: Standard training regions, vision, limits', () => {
    const gpt4o = model(c, 'gpt-4o');
    expect(gpt4o.facts.trainingTypes.standard?.value).toBe(true);
    expect(gpt4o.facts.standardRegions).toBeNull();
    expect(gpt4o).toMatchObject({ standardRegions: [], standardNote: 'regions not stated', vision: null, modality: null, limits: null });
    expect(model(c, 'Qwen3.6-35B-A3B').facts.modality).toBeNull();
    // "Standard: ❌" does say something: no Standard region.
    expect(model(c, 'Qwen3-32B').facts.standardRegions?.value).toEqual({ regions: [], note: 'Not supported' });
  });

  it('says Data zone means the US data zone, from the overview', () => {
    expect(c.dataZones.training?.value).toEqual(['US']);
    expect(model(c, 'gpt-4o').dataZone).toBe('US');
    expect(model(c, 'MedImageInsight-Premium').dataZone).toBeNull();
  });

  it('puts the deployment region tables on every model, [] where a table does not list it', () => {
    expect(model(c, 'gpt-4.1').facts.deploymentRegions).toMatchObject({
      standard: { value: ['northcentralus', 'swedencentral'] },
      'provisioned-throughput': { value: ['swedencentral'] },
    });
    expect(model(c, 'gpt-oss-20b').facts.deploymentRegions).toMatchObject({ standard: { value: [] }, 'provisioned-throughput': { value: [] } });
  });

  it('resolves the gpt-5 invitation to RFT through the overview’s method names', () => {
    expect(model(c, 'gpt-5').facts.access.value).toEqual([
      {
        kind: 'invitation-only',
        methods: ['RFT'],
        text: 'GPT-5 reinforcement fine-tuning requires an invitation. Contact your Microsoft account team for enrollment.',
      },
    ]);
    expect(model(c, 'o4-mini').facts.access.value).toEqual([]);
  });

  it('writes the Global table as the version 1 list: UAE North excludes every model but the four', () => {
    expect(c.globalRegions.stated).toBe(true);
    expect(c.globalRegions.regions).toHaveLength(27);
    const uae = c.globalRegions.regions.find((r) => r.region === 'uaenorth');
    expect(uae?.exceptions.map((x) => (x.kind === 'no-model' ? x.model : x.kind))).toHaveLength(14);
    expect(uae?.exceptions.some((x) => x.kind === 'no-model' && x.model === 'gpt-oss-120b')).toBe(false);
    expect(c.globalRegions.regions.find((r) => r.region === 'japaneast')?.exceptions[0]).toEqual({
      kind: 'no-vision',
      text: "Vision fine-tuning isn't supported in Japan East.",
    });
  });

  it('keeps the notes of the current documents, each with its source', () => {
    expect(c.statedNotes.map((n) => c.sources[n.from.doc]?.kind)).toEqual(['global-training-regions', 'overview']);
    expect(c.notes).toEqual(c.statedNotes.map((n) => n.text));
  });
});

describe('several versions at once', () => {
  const c = importAll(withStandardRegions);
  const last = c.sources.findIndex((s) => s.date === '2026-03-05');

  it('keeps the Standard training regions of 03/05/2026, marked as no longer stated', () => {
    expect(c.sources[last]).toMatchObject({ kind: 'model-table', title: 'Support fine-tune models', dateRaw: '03/05/2026' });
    expect(model(c, 'gpt-4o').facts.standardRegions).toEqual({
      value: { regions: ['eastus2', 'northcentralus', 'swedencentral'], note: null },
      from: { doc: last, date: '2026-03-05', stated: 'no-longer-stated' },
    });
    expect(model(c, 'gpt-4o')).toMatchObject({ standardRegions: ['eastus2', 'northcentralus', 'swedencentral'], standardNote: null });
    expect(model(c, 'o4-mini').standardRegions).toEqual(['eastus2', 'swedencentral']);
  });

  it('lets the newest document win where both state a fact: o4-mini Developer, gpt-5 methods', () => {
    // 03/05/2026 and 10/06/2026 agree on o4-mini's Developer tier; the fact is the newer one's.
    expect(model(c, 'o4-mini').facts.trainingTypes.developer).toEqual({
      value: true,
      from: { doc: c.sources.findIndex((s) => s.kind === 'supported-models'), date: '2026-10-06', stated: 'current' },
    });
    expect(model(c, 'gpt-5').facts.methods?.from.stated).toBe('current');
  });

  it('carries Qwen-32B’s facts over to Qwen3-32B, which says it was renamed', () => {
    const qwen = model(c, 'Qwen3-32B');
    expect(qwen.facts.renamedFrom).toEqual([
      { name: 'Qwen-32B', lastListed: { doc: last, date: '2026-03-05', stated: 'no-longer-stated' }, sheet: 'data/source/model-renames.md' },
    ]);
    expect(qwen.facts.modality).toEqual({
      value: { modality: 'Text to text', vision: false },
      from: { doc: last, date: '2026-03-05', stated: 'no-longer-stated' },
    });
    expect(c.formerlyListed).toEqual([]);
  });

  it('keeps vision from the older table for the models it listed, and unstated for the new ones', () => {
    expect(model(c, 'gpt-4.1')).toMatchObject({ vision: true, modality: 'Text and vision to text' });
    expect(model(c, 'gpt-oss-120b').vision).toBeNull();
  });

  it('leaves out the notes of a document a newer one replaced', () => {
    expect(c.notes.some((n) => n.includes('Qwen-32B'))).toBe(false);
  });

  it('between two older layouts, the newer wins and the older-only facts are no longer stated', () => {
    const seedAnd22b = importAll([input('data/source/fine-tune-models.md', read(SEED)), input('22b')]);
    const o4 = model(seedAnd22b, 'o4-mini');
    expect(seedAnd22b.source.date).toBe('2026-03-05');
    expect(o4.facts.trainingTypes.developer).toMatchObject({ value: true, from: { date: '2026-03-05', stated: 'current' } });
    expect(o4.facts.limits).toMatchObject({
      value: { input: 128000, output: 16384, trainingContext: 65536 },
      from: { date: '2025-02-06', stated: 'no-longer-stated' },
    });
    // The 03/05/2026 layout moved the Global list out: the seed's list is kept, no longer stated.
    expect(seedAnd22b.globalTrainingRegions?.from).toMatchObject({ date: '2025-02-06', stated: 'no-longer-stated' });
    expect(seedAnd22b.globalTrainingRegions?.value.find((r) => r.region === 'polandcentral')?.managedExcluded).toEqual(['gpt-4.1-nano']);
    // Without a newer table listing Qwen3-32B, the old name stays: the rename is not applied.
    expect(model(seedAnd22b, 'Qwen-32B').facts.renamedFrom).toEqual([]);
  });

  it('keeps models only older tables list apart, with the last document that listed them', () => {
    const c2 = importAll([...currentDocs, input('01')]);
    expect(c2.formerlyListed.map((f) => `${f.id} ${f.version ?? ''}`.trim())).toEqual([
      'babbage-002',
      'davinci-002',
      'gpt-35-turbo 0613',
      'gpt-35-turbo 1106',
      'gpt-35-turbo 0125',
      'gpt-4 0613',
    ]);
    expect(c2.formerlyListed[0]?.lastListed).toMatchObject({ date: '2024-10-31', stated: 'no-longer-stated' });
    expect(c2.models.map((m) => m.id)).not.toContain('gpt-35-turbo');
  });
});

describe('in any order', () => {
  it('makes the same catalog from the same documents, whatever their order', () => {
    const docs = [...withStandardRegions, input('16'), input('01')];
    const expected = JSON.stringify(importAll(docs));
    fc.assert(
      fc.property(fc.shuffledSubarray(docs, { minLength: docs.length, maxLength: docs.length }), (shuffled) => {
        expect(JSON.stringify(importAll(shuffled))).toBe(expected);
      }),
      { numRuns: 25 },
    );
  });

  it('imports every current and history document together, leaving unstated what same-date documents disagree on', () => {
    const warnings: string[] = [];
    const names = historyFiles.map((f) => f.slice(0, f.indexOf('_')));
    const c = importAll([...names.map((n) => input(n)), ...currentDocs].reverse(), { onWarning: (w) => warnings.push(w) });
    expect(c.models).toHaveLength(18);
    expect(c.sources).toHaveLength(names.length + currentDocs.length);
    // 05 and 07 both say ms.date 02/06/2025 and disagree on gpt-4o's training example length (64,536 / 65,536).
    expect(model(c, 'gpt-4o').facts.limits).toBeNull();
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/05_.* and .*07_.* have the same date and disagree on the request limits of gpt-4o-mini .*leaves it unstated/);
    expect(model(c, 'gpt-4.1').facts.modality?.from).toMatchObject({ date: '2026-03-05' });
  });
});

describe('refusals when documents contradict each other', () => {
  it('refuses two current tables of the same date that disagree, naming both and the fact', () => {
    const e = importError(() => importAll([input('22'), input('22b')]));
    expect(e.code).toBe('conflict');
    expect(e.message).toMatch(
      /22_.*\(ms\.date 03\/05\/2026\) and .*22b_.*\(ms\.date 03\/05\/2026\) have the same date and disagree on the developer training type of o4-mini \(2025-04-16\): false vs true/,
    );
  });

  it('accepts them when a newer document settles what they disagree on', () => {
    expect(model(importAll([input('22'), input('22b'), ...currentDocs]), 'o4-mini').facts.trainingTypes.developer?.from.date).toBe('2026-10-06');
  });

  it('refuses the same file twice', () => {
    expect(importError(() => importAll([input('22b'), input('22b')])).message).toContain('is given twice');
  });

  it('refuses a set without a model table, saying what was given', () => {
    const e = importError(() => importAll([input('fine-tune-global-training-regions.md'), input('fine-tuning-overview.md')]));
    expect(e).toMatchObject({ code: 'no-model-table' });
    expect(e.message).toContain('fine-tune-global-training-regions.md (global-training-regions)');
  });

  it('leaves out the how-to page, saying so, and refuses it alone', () => {
    const warnings: string[] = [];
    const c = importAll([...currentDocs, input('deploy-fine-tuned-models.md')], { onWarning: (w) => warnings.push(w) });
    expect(c.sources).toHaveLength(currentDocs.length);
    expect(warnings).toEqual([
      'test/fixtures/seed-current/deploy-fine-tuned-models.md: left out: "Deploy fine-tuned models in Microsoft Foundry" is a how-to page and states no fact the catalog keeps',
    ]);
    expect(importError(() => importAll([input('deploy-fine-tuned-models.md')])).code).toBe('no-facts');
  });

  it('refuses a renamed-models sheet that renames a model the table still lists', () => {
    const sheet = '| old name | new name |\n| --- | --- |\n| `gpt-4o` | `gpt-4.1` |';
    expect(importError(() => importAll(currentDocs, { renamesText: sheet })).message).toContain('says gpt-4o became gpt-4.1, but');
  });

  it('without the renamed-models sheet, Qwen-32B is only formerly listed', () => {
    const c = importAll(withStandardRegions, { renamesText: undefined });
    expect(c.formerlyListed.map((f) => f.id)).toEqual(['Qwen-32B']);
    expect(model(c, 'Qwen3-32B').facts.modality).toBeNull();
  });

  it('names the document an error is about', () => {
    const bad = current('fine-tune-global-training-regions.md').replace('| West US 3 | ✅ | ✅ |', '| Atlantis | ✅ | ✅ |');
    const e = importError(() => importAll([input('fine-tune-supported-models.md'), input('regions.md', bad)]));
    expect(e).toMatchObject({ code: 'unknown-region', file: 'regions.md' });
  });
});
