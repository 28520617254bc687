// The fact table: for every model × training type × Global region, the catalog's verdict equals the one the
// current documents give, footnotes applied. The expected verdicts are derived here from the documents' text
// with a reading of their own (line by line, by regular expression), not through the importer's readers.
import fs from 'node:fs';
import path from 'node:path';
import { createCatalog, type CatalogService } from '../../src/core/catalog/catalog';
import type { TrainingKind } from '../../src/core/catalog/stated-facts';
import { current, currentFactFiles, importAll, input, regions, ROOT } from './support';

type Mark = '✅' | '❌';
const KINDS: readonly TrainingKind[] = ['standard', 'datazone', 'global', 'developer', 'interactive'];
const TYPE_NAMES: Record<Exclude<TrainingKind, 'interactive'>, string> = {
  standard: 'Standard',
  datazone: 'Data zone',
  global: 'Global',
  developer: 'Developer',
};

/** The table rows of a document (lines that start with "| " and are not the header or the delimiter). */
const rows = (text: string): string[][] =>
  text
    .split('\n')
    .filter((l) => l.startsWith('| ') && !/^\|\s*-/.test(l))
    .slice(1)
    .map((l) =>
      l
        .split('|')
        .slice(1, -1)
        .map((c) => c.trim()),
    );

interface DocModel {
  id: string;
  types: Record<string, Mark>;
  interactive: Mark;
}

function modelsOfText(text: string): DocModel[] {
  return rows(text).map(([model, approach, types]) => {
    const id = /`([^`]+)`/.exec(model as string)?.[1] as string;
    const byType: Record<string, Mark> = {};
    for (const [kind, name] of Object.entries(TYPE_NAMES)) {
      const keyed = new RegExp(`${name}: (✅|❌)`).exec(types as string);
      // A bare-word cell ("Global") names the types the model has.
      byType[kind] = keyed
        ? (keyed[1] as Mark)
        : (types as string)
              .split('<br>')
              .map((w) => w.trim())
              .includes(name)
          ? '✅'
          : '❌';
    }
    return { id, types: byType, interactive: /Interactive: (✅|❌)/.exec(approach as string)?.[1] as Mark };
  });
}

interface DocRegion {
  region: string;
  managed: Mark;
  interactive: Mark;
  excluded: string[];
  only: string[] | null;
}

function regionsOfText(text: string): DocRegion[] {
  const notes = new Map<string, string>();
  for (const m of text.matchAll(/^- <sup>(\d+)<\/sup> (.*)$/gm)) notes.set(m[1] as string, m[2] as string);
  return rows(text).map(([name, managed, interactive]) => {
    const marks = /<sup>([\d,]+)<\/sup>/.exec(managed as string)?.[1]?.split(',') ?? [];
    const spans = (t: string) => [...t.matchAll(/`([^`]+)`/g)].map((m) => m[1] as string);
    const texts = marks.map((k) => notes.get(k) as string);
    return {
      region: regions.byDisplayName(name as string)?.name as string,
      managed: (managed as string).slice(0, 1) as Mark,
      interactive: interactive as Mark,
      excluded: texts.filter((t) => /isn't supported/.test(t) && !/^Vision/.test(t)).flatMap(spans),
      only: texts.filter((t) => / only for /.test(t)).flatMap(spans)[0] === undefined ? null : texts.filter((t) => / only for /.test(t)).flatMap(spans),
    };
  });
}

const docModels = modelsOfText(current('fine-tune-supported-models.md'));
const docRegions = regionsOfText(current('fine-tune-global-training-regions.md'));
/** Regions the table does not list, where the answer is no. */
const elsewhere = ['centralus', 'westus2', 'eastasia'];

/** The verdict the current documents give: true / false, or null when they do not say. */
function expected(m: DocModel, kind: TrainingKind, region: string): boolean | null {
  const r = docRegions.find((x) => x.region === region);
  if (kind === 'interactive') return m.interactive === '✅' && r !== undefined && r.interactive === '✅';
  if (m.types[kind] === '❌') return false;
  if (kind !== 'global') return null; // Standard, Data zone and Developer training regions: not in the current documents
  if (!r || r.managed !== '✅') return false;
  if (r.excluded.includes(m.id)) return false;
  return r.only === null || r.only.includes(m.id);
}

const cases = docModels.flatMap((m) => KINDS.flatMap((kind) => [...docRegions.map((r) => r.region), ...elsewhere].map((region) => ({ m, kind, region }))));

function check(catalog: CatalogService): void {
  const wrong: string[] = [];
  for (const { m, kind, region } of cases) {
    const want = expected(m, kind, region);
    const got = catalog.stated.trainingAllowed(m.id, kind, region);
    // What the current documents state must come from them; what they leave unstated may only be null, or a
    // fact kept from an older document and marked so.
    const ok = want === null ? got.allowed === null || got.stated === 'no-longer-stated' : got.allowed === want && got.stated === 'current';
    if (!ok) wrong.push(`${m.id} ${kind} ${region}: documents ${want}, catalog ${got.allowed} (${got.stated})`);
  }
  expect(wrong).toEqual([]);
}

describe('the fact table: model × training type × Global region', () => {
  it('reads 18 models and 27 regions from the documents, so the table has 18 × 5 × 30 verdicts', () => {
    expect(docModels).toHaveLength(18);
    expect(docRegions).toHaveLength(27);
    expect(docRegions.every((r) => typeof r.region === 'string')).toBe(true);
    expect(cases).toHaveLength(18 * 5 * 30);
    // The table is not trivial: every kind of verdict occurs.
    const verdicts = new Set(cases.map(({ m, kind, region }) => `${kind}:${expected(m, kind, region)}`));
    expect([...verdicts].sort()).toEqual([
      'datazone:false',
      'datazone:null',
      'developer:false',
      'developer:null',
      'global:false',
      'global:true',
      'interactive:false',
      'interactive:true',
      'standard:false',
      'standard:null',
    ]);
  });

  it('the catalog of the current documents gives the documents’ verdict for each', () => {
    check(createCatalog(importAll(currentFactFiles.map((f) => input(f))), regions));
  });

  it('so does the shipped data/catalog.json, which adds the Standard regions of 03/05/2026 as no longer stated', () => {
    const catalog = createCatalog(JSON.parse(fs.readFileSync(path.join(ROOT, 'data/catalog.json'), 'utf8')), regions);
    check(catalog);
    expect(catalog.stated.trainingAllowed('gpt-4o', 'standard', 'eastus2')).toMatchObject({ allowed: true, stated: 'no-longer-stated' });
  });
});
