// The catalog service: loads and validates the imported catalog once, freezes it, and answers typed
// queries. Everything the product says about fine-tuning is read through here.
import type { RegionDirectory } from '../regions';
import { deepFreeze } from '../deep-freeze';
import { Catalog, type GlobalException, type GlobalRegion, type Model, type TierFact, type TierId } from './schema';
import { createStatedFacts, type StatedFacts } from './stated-facts';
import { catalogStates, type CatalogStates } from './catalog-states';

/** One model id with all the rows the table gives it (several versions share an id). */
export interface ModelEntry {
  readonly id: string;
  /** Rows in table order; the last is the newest layout's choice when versions differ. */
  readonly rows: readonly Model[];
  /** The row answers speak of when no version is named: the last one the table lists. */
  readonly primary: Model;
}

export interface CatalogService {
  readonly data: Readonly<Catalog>;
  /** Azure's regions, for names and geographies of everything the catalog lists. */
  readonly regions: RegionDirectory;
  /** Model ids in table order, each once. */
  readonly modelIds: readonly string[];
  model(id: string): ModelEntry | undefined;
  /** The row for a named version, or undefined when the table does not list that version. */
  row(id: string, version: string | null): Model | undefined;
  hasTier(tier: TierId): boolean;
  /** The Global region list, or null when the document does not state one. */
  globalRegions(): readonly GlobalRegion[] | null;
  globalRegion(region: string): GlobalRegion | undefined;
  /** Exceptions that stop `model` in `region` under Global training (no-model), or limit it (no-vision). */
  globalExceptionsFor(model: Model, region: string): readonly GlobalException[];
  /** Global regions where `model` can be trained (exceptions naming the model removed); null when not stated. */
  globalRegionsFor(model: Model): readonly string[] | null;
  tierFact(tier: TierId): TierFact | undefined;
  /**
   * What can be trained in a region, per tier (model ids in table order), with the Global exceptions
   * applied; `vision` keeps only vision models and drops Global regions without vision support.
   * `global` is null when the document does not state the Global regions.
   */
  trainableIn(region: string, options?: { vision?: boolean }): { standard: string[]; global: string[] | null; developer: string[] };
  /** Model ids (table order) that match a filter. */
  modelsWhere(filter: ModelFilter): string[];
  /**
   * Model ids (table order) the document marks as NOT matching a filter: the complement of modelsWhere,
   * less the models for which the document does not say (no such column, or a blank cell).
   */
  modelsWithout(filter: ModelFilter): string[];
  /** Every region the document lists for any model or tier. */
  readonly listedRegions: ReadonlySet<string>;
  /**
   * The facts with the documents they came from (schemaVersion 2; a version 1 catalog is one document whose
   * facts are all current): training types, Global and interactive training per region with footnotes applied,
   * deployment regions and types, renamed models. See stated-facts.ts.
   */
  readonly stated: StatedFacts;
  /** What it states beyond the 2025 table (methods, deployment, interactive training, several dates). */
  readonly states: CatalogStates;
}

export type ModelFilter = 'vision' | 'developer' | 'preview' | 'global' | 'standard' | 'datazone' | 'sft' | 'dpo' | 'rft' | 'interactive';

/** The model table's "Managed: ✅ (SFT, DPO)": the methods as written, compared in lower case. */
const usesMethod = (method: string) => (m: Model) => (m.methods ?? []).some((x) => x.toLowerCase() === method);

const FILTERS: Record<ModelFilter, (m: Model, stated: StatedFacts) => boolean> = {
  vision: (m) => m.vision === true,
  developer: (m) => m.developer === true,
  preview: (m) => m.preview || /preview/i.test(m.status ?? ''),
  global: (m) => m.global === true,
  standard: (m) => m.standardRegions.length > 0,
  datazone: (m) => m.dataZone !== null,
  sft: usesMethod('sft'),
  dpo: usesMethod('dpo'),
  rft: usesMethod('rft'),
  interactive: (m, stated) => stated.model(m.id, m.version)?.interactive?.value === true,
};

// Whether the document says, for a model, whether a filter holds: a missing column is not a "no".
const STATED: Record<ModelFilter, (m: Model, tiers: readonly TierId[], stated: StatedFacts) => boolean> = {
  vision: (m) => m.vision !== null,
  developer: (m) => m.developer !== null,
  preview: () => true,
  global: (m) => m.global !== null,
  standard: () => true,
  datazone: (_, tiers) => tiers.includes('datazone'),
  sft: (m) => m.methods !== null,
  dpo: (m) => m.methods !== null,
  rft: (m) => m.methods !== null,
  interactive: (m, _, stated) => (stated.model(m.id, m.version)?.interactive ?? null) !== null,
};

/** Validates raw JSON against the catalog schema and builds the frozen service over it. */
export function createCatalog(raw: unknown, regions: RegionDirectory): CatalogService {
  const data = deepFreeze(Catalog.parse(raw));
  for (const r of [...listedRegions(data), ...statedRegions(data)]) {
    if (!regions.get(r)) throw new Error(`catalog names region '${r}', which is not in the region directory`);
  }
  const entries = new Map<string, { id: string; rows: Model[] }>();
  for (const m of data.models) {
    const e = entries.get(m.id) ?? { id: m.id, rows: [] };
    e.rows.push(m);
    entries.set(m.id, e);
  }
  const models = new Map<string, ModelEntry>();
  for (const e of entries.values()) {
    models.set(e.id, Object.freeze({ id: e.id, rows: Object.freeze(e.rows), primary: e.rows[e.rows.length - 1]! }));
  }
  const global = data.globalRegions.stated ? data.globalRegions.regions : null;
  const globalByRegion = new Map((global ?? []).map((g) => [g.region, g]));

  // Asked for every model in every Global region by region and model answers: since 2026 a region carries an
  // exception per excluded model (up to 14 in UAE North), so each row's exceptions per region are worked out
  // once, on first use, and kept with the (immutable) catalog.
  const exceptionsByRow = new WeakMap<Model, Map<string, readonly GlobalException[]>>();
  const exceptionsFor = (model: Model, region: string): readonly GlobalException[] => {
    let byRegion = exceptionsByRow.get(model);
    if (byRegion === undefined) exceptionsByRow.set(model, (byRegion = new Map()));
    let found = byRegion.get(region);
    if (found === undefined) {
      found = Object.freeze(
        (globalByRegion.get(region)?.exceptions ?? []).filter(
          (x) => (x.kind === 'no-model' && x.model === model.id) || (x.kind === 'no-vision' && model.vision === true),
        ),
      );
      byRegion.set(region, found);
    }
    return found;
  };

  const stated = createStatedFacts(data);
  return Object.freeze({
    data,
    regions,
    modelIds: Object.freeze([...models.keys()]),
    model: (id: string) => models.get(id),
    row: (id: string, version: string | null) => {
      const e = models.get(id);
      if (!e) return undefined;
      return version === null ? e.primary : e.rows.find((r) => r.version === version);
    },
    hasTier: (tier: TierId) => data.tiers.includes(tier),
    globalRegions: () => global,
    globalRegion: (region: string) => globalByRegion.get(region),
    globalExceptionsFor: exceptionsFor,
    globalRegionsFor: (model: Model) => {
      if (model.global !== true) return [];
      if (global === null) return null;
      return global.filter((g) => !exceptionsFor(model, g.region).some((x) => x.kind === 'no-model')).map((g) => g.region);
    },
    tierFact: (tier: TierId) => data.tierFacts.facts.find((f) => f.tier === tier),
    trainableIn: (region: string, options: { vision?: boolean } = {}) => {
      const standard: string[] = [];
      const globalIds: string[] = [];
      const developer: string[] = [];
      const vision = options.vision === true;
      for (const { id, primary: m } of models.values()) {
        if (vision && m.vision !== true) continue;
        if (m.standardRegions.includes(region)) standard.push(id);
        if (m.global === true && globalByRegion.has(region)) {
          const ex = exceptionsFor(m, region);
          if (!ex.some((x) => x.kind === 'no-model') && !(vision && ex.some((x) => x.kind === 'no-vision'))) globalIds.push(id);
        }
        if (m.developer === true) developer.push(id);
      }
      return { standard, global: global === null ? null : globalIds, developer };
    },
    listedRegions: new Set(listedRegions(data)),
    modelsWhere: (filter: ModelFilter) => [...models.values()].filter((e) => FILTERS[filter](e.primary, stated)).map((e) => e.id),
    stated,
    states: catalogStates(data),
    modelsWithout: (filter: ModelFilter) =>
      [...models.values()].filter((e) => STATED[filter](e.primary, data.tiers, stated) && !FILTERS[filter](e.primary, stated)).map((e) => e.id),
  });
}

function listedRegions(data: Catalog): string[] {
  return [...data.models.flatMap((m) => m.standardRegions), ...data.globalRegions.regions.map((g) => g.region)];
}

/** The regions only a version 2 catalog names: Global training rows, Standard training and deployment regions. */
function statedRegions(data: Catalog): string[] {
  if (data.schemaVersion !== 2) return [];
  return [
    ...(data.globalTrainingRegions?.value.map((g) => g.region) ?? []),
    ...data.models.flatMap((m) => [...(m.facts.standardRegions?.value.regions ?? []), ...Object.values(m.facts.deploymentRegions).flatMap((f) => f.value)]),
  ];
}
