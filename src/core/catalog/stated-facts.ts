// Typed questions to the catalog's stated facts, each answer with the documents it rests on. Pure: no I/O.
// Works on both schema versions (a version 1 catalog is seen through v1-facts.ts). Three answers, always:
// true (the documents say it can), false (they say it cannot), null (they do not say); never a guess.
import type { Catalog } from './schema';
import type {
  CatalogV2,
  DeploymentOption,
  Fact,
  FormerlyListed,
  GlobalTrainingRegion,
  Meaning,
  Provenance,
  RenamedFrom,
  Source,
  StatedModelFacts,
} from './schema-v2';
import type { TierId } from './schema-v1';
import { statedViewOfV1, type StatedView } from './v1-facts';

export interface TrainingVerdict {
  /** true: the documents say it can be trained there; false: they say it cannot; null: they do not say. */
  readonly allowed: boolean | null;
  /** The facts the verdict rests on (the model's own, then the region's). Empty when nothing is stated. */
  readonly from: readonly Provenance[];
  /** 'no-longer-stated' when one of those facts is kept from an older document; null when nothing is stated. */
  readonly stated: Provenance['stated'] | null;
  /** The documents' words that decide it: the footnote that excludes the model, allows only some, or rules out vision. */
  readonly because: readonly string[];
}

/** How a model can be deployed with one option (serverless, managed compute, Fireworks). */
export interface DeploymentTypes {
  readonly available: boolean;
  /** The deployment types it offers (slugs); null when the documents do not say. */
  readonly types: readonly string[] | null;
  readonly from: readonly Provenance[];
}

export type ModelName =
  | { readonly kind: 'listed'; readonly id: string }
  /** An old name: the model is listed under `id` now, and `renamedFrom` says since when and on what evidence. */
  | { readonly kind: 'renamed'; readonly id: string; readonly renamedFrom: RenamedFrom }
  /** A model an older document listed and the newest does not. */
  | { readonly kind: 'formerly-listed'; readonly entry: FormerlyListed };

export type TrainingKind = TierId | 'interactive';

export type MeaningKind = 'trainingTypes' | 'methods' | 'deploymentOptions' | 'deploymentTypes';

export interface StatedFacts {
  /** The documents, newest first; a Provenance's `doc` indexes them. */
  readonly sources: readonly Source[];
  /** The document (title, date, file, url) a fact came from. */
  source(from: Provenance): Source;
  /** Where a fact came from, in one object: its document, the document's date, and whether it is still stated. */
  provenance(fact: { readonly from: Provenance }): { readonly source: Source; readonly date: string; readonly stated: Provenance['stated'] };
  /** "Only the US data zone is currently supported" (overview.md): the data zones for training or deployment. */
  dataZones(kind: 'training' | 'deployment'): Fact<readonly string[]> | null;
  /** The facts of a model: the row for `version`, or the model's last row when no version is given. */
  model(id: string, version?: string | null): StatedModelFacts | undefined;
  /** What a name someone types means: a listed model, an old name of one, or one no longer listed. */
  resolveModel(name: string): ModelName | undefined;
  trainingTypeFor(id: string, tier: TierId): Fact<boolean> | null;
  /** The Global training regions (footnotes as data); null when no document given states them. */
  globalTrainingRegions(): readonly GlobalTrainingRegion[] | null;
  /** Global managed fine-tuning of `id` in `region`, footnotes applied; `vision` asks about vision (image) fine-tuning. */
  globalTrainingAllowed(id: string, region: string, options?: { vision?: boolean }): TrainingVerdict;
  interactiveTrainingAllowed(id: string, region: string): TrainingVerdict;
  /** One of the four training types, or interactive training, in a region. */
  trainingAllowed(id: string, kind: TrainingKind, region: string, options?: { vision?: boolean }): TrainingVerdict;
  /** Where a fine-tuned model can be deployed with a deployment type ('standard', 'provisioned-throughput'). */
  deploymentRegions(id: string, deploymentType: string): Fact<readonly string[]> | null;
  /** The deployment types an option offers the model, legends applied. */
  deploymentTypes(id: string, option: string): DeploymentTypes | null;
  /** What a term means, from the overview page. */
  meaning(kind: MeaningKind, id: string): Fact<Meaning> | null;
}

const UNSTATED: TrainingVerdict = Object.freeze({ allowed: null, from: Object.freeze([]), stated: null, because: Object.freeze([]) });

function verdict(allowed: boolean | null, from: readonly (Provenance | undefined)[], because: readonly string[] = []): TrainingVerdict {
  const facts = from.filter((f): f is Provenance => f !== undefined);
  if (allowed === null && facts.length === 0) return UNSTATED;
  return { allowed, from: facts, stated: facts.some((f) => f.stated === 'no-longer-stated') ? 'no-longer-stated' : 'current', because };
}

interface V2Extras {
  readonly serverless: Fact<string[]> | null;
  readonly meanings: CatalogV2['meanings'];
  readonly formerlyListed: readonly FormerlyListed[];
}

export function createStatedFacts(data: Catalog): StatedFacts {
  const view: StatedView =
    data.schemaVersion === 2 ? { sources: data.sources, models: data.models, globalTrainingRegions: data.globalTrainingRegions } : statedViewOfV1(data);
  const extras: V2Extras | null =
    data.schemaVersion === 2 ? { serverless: data.serverlessDeploymentTypes, meanings: data.meanings, formerlyListed: data.formerlyListed } : null;
  const regions = view.globalTrainingRegions;
  const regionRow = (region: string): GlobalTrainingRegion | undefined => regions?.value.find((r) => r.region === region);

  // Every answer asks for a model's facts several times: its rows are found once, here.
  const rowsById = new Map<string, (typeof view.models)[number][]>();
  for (const m of view.models) rowsById.set(m.id, [...(rowsById.get(m.id) ?? []), m]);
  const model = (id: string, version?: string | null): StatedModelFacts | undefined => {
    const rows = rowsById.get(id) ?? [];
    if (version === undefined || version === null) return rows[rows.length - 1]?.facts;
    return rows.find((m) => m.version === version)?.facts;
  };

  const globalTrainingAllowed = (id: string, region: string, options: { vision?: boolean } = {}): TrainingVerdict => {
    const m = model(id);
    const global = m?.trainingTypes.global;
    if (!m || !global) return UNSTATED;
    if (!global.value) return verdict(false, [global.from]);
    if (regions === null) return verdict(null, [global.from]);
    const row = regionRow(region);
    if (!row) return verdict(false, [global.from, regions.from]);
    const on = [global.from, regions.from];
    if (row.managed === null) return verdict(null, on);
    if (!row.managed) return verdict(false, on);
    const excluded = row.footnotes.filter((t) => t.toLowerCase().includes(id.toLowerCase()));
    if (row.managedExcluded.includes(id)) return verdict(false, on, excluded.length > 0 ? excluded : row.footnotes);
    if (row.managedOnly !== null && !row.managedOnly.includes(id))
      return verdict(
        false,
        on,
        row.footnotes.filter((t) => /\bonly\b/i.test(t)),
      );
    if (options.vision === true) {
      if (row.noVision)
        return verdict(
          false,
          on,
          row.footnotes.filter((t) => /vision/i.test(t)),
        );
      if (m.modality === null) return verdict(null, on);
      if (!m.modality.value.vision) return verdict(false, [...on, m.modality.from]);
      return verdict(true, [...on, m.modality.from]);
    }
    return verdict(true, on);
  };

  const interactiveTrainingAllowed = (id: string, region: string): TrainingVerdict => {
    const m = model(id);
    const interactive = m?.interactive;
    if (!m || !interactive) return UNSTATED;
    if (!interactive.value) return verdict(false, [interactive.from]);
    if (regions === null) return verdict(null, [interactive.from]);
    const row = regionRow(region);
    const on = [interactive.from, regions.from];
    if (!row) return verdict(false, on);
    if (row.interactive === null) return verdict(null, on);
    if (!row.interactive) return verdict(false, on);
    if (row.interactiveExcluded.includes(id)) return verdict(false, on, row.footnotes);
    if (row.interactiveOnly !== null && !row.interactiveOnly.includes(id)) return verdict(false, on, row.footnotes);
    return verdict(true, on);
  };

  const trainingAllowed = (id: string, kind: TrainingKind, region: string, options: { vision?: boolean } = {}): TrainingVerdict => {
    if (kind === 'global') return globalTrainingAllowed(id, region, options);
    if (kind === 'interactive') return interactiveTrainingAllowed(id, region);
    const m = model(id);
    const tier = m?.trainingTypes[kind];
    if (!m || !tier) return UNSTATED;
    if (!tier.value) return verdict(false, [tier.from]);
    if (kind !== 'standard' || m.standardRegions === null) return verdict(null, [tier.from]);
    const listed = m.standardRegions.value.regions.includes(region);
    if (!listed || options.vision !== true) return verdict(listed, [tier.from, m.standardRegions.from]);
    if (m.modality === null) return verdict(null, [tier.from, m.standardRegions.from]);
    return verdict(m.modality.value.vision, [tier.from, m.standardRegions.from, m.modality.from]);
  };

  const deploymentTypes = (id: string, option: string): DeploymentTypes | null => {
    const m = model(id);
    const o: Fact<DeploymentOption> | undefined = m?.deployment[option];
    if (!m || !o) return null;
    if (!o.value.available) return { available: false, types: [], from: [o.from] };
    if (o.value.only !== null) return { available: true, types: o.value.only, from: [o.from] };
    // "For supported serverless deployments, Global Standard, Data Zone Standard, and Developer are available
    // unless a legend states otherwise. Check [the region tables] for those deployment types."
    if (option !== 'serverless' || !extras?.serverless) return { available: true, types: null, from: [o.from] };
    const tables = Object.entries(m.deploymentRegions).filter(([, f]) => f.value.length > 0);
    const types = [...extras.serverless.value, ...tables.map(([t]) => t)].filter((t, i, all) => all.indexOf(t) === i && !o.value.excluded.includes(t));
    return { available: true, types, from: [o.from, extras.serverless.from, ...tables.map(([, f]) => f.from)] };
  };

  const source = (from: Provenance): Source => {
    const s = view.sources[from.doc];
    if (!s) throw new Error(`no source ${from.doc} in the catalog`);
    return s;
  };

  return Object.freeze({
    sources: view.sources,
    source,
    provenance: (fact: { readonly from: Provenance }) => ({ source: source(fact.from), date: fact.from.date, stated: fact.from.stated }),
    dataZones: (kind: 'training' | 'deployment') => (data.schemaVersion === 2 ? data.dataZones[kind] : null),
    model,
    resolveModel: (name: string): ModelName | undefined => {
      const lc = name.trim().toLowerCase();
      const listed = view.models.find((m) => m.id.toLowerCase() === lc);
      if (listed) return { kind: 'listed', id: listed.id };
      for (const m of view.models) {
        const r = m.facts.renamedFrom.find((x) => x.name.toLowerCase() === lc);
        if (r) return { kind: 'renamed', id: m.id, renamedFrom: r };
      }
      const gone = extras?.formerlyListed.find((f) => f.id.toLowerCase() === lc);
      return gone ? { kind: 'formerly-listed', entry: gone } : undefined;
    },
    trainingTypeFor: (id: string, tier: TierId) => model(id)?.trainingTypes[tier] ?? null,
    globalTrainingRegions: () => regions?.value ?? null,
    globalTrainingAllowed,
    interactiveTrainingAllowed,
    trainingAllowed,
    deploymentRegions: (id: string, deploymentType: string) => model(id)?.deploymentRegions[deploymentType] ?? null,
    deploymentTypes,
    meaning: (kind: MeaningKind, id: string) => {
      const list = extras?.meanings[kind];
      if (!list) return null;
      const found = (list.value as readonly Meaning[]).find((x) => x.id === id || x.id.startsWith(`${id}-`));
      return found ? { value: found, from: list.from } : null;
    },
  });
}
