// What changed between the previous catalog and a new import, as data (for tests and tools) and as lines
// (for the person running the import, who should see "o4-mini removed" before trusting the new catalog).
// Models are matched by id + version, because one id can be listed with several versions.
import type { Catalog, CatalogV2, Fact, GlobalException, Model, ModelV2 } from '../core';

export interface FieldChange {
  /** "gpt-4o (2024-08-06)", or the id alone when the row has no version. */
  readonly model: string;
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export interface CatalogDiff {
  readonly date: { before: string; after: string } | null;
  readonly tiers: { before: string[]; after: string[] } | null;
  readonly added: string[];
  readonly removed: string[];
  readonly changed: FieldChange[];
  readonly globalRegions: {
    readonly stated: { before: boolean; after: boolean } | null;
    readonly added: string[];
    readonly removed: string[];
    readonly exceptions: { region: string; before: string[]; after: string[] }[];
  };
  readonly notes: { added: string[]; removed: string[] };
  /**
   * Between two version 2 catalogs only (empty otherwise): the documents added or dropped ("file (date)"), facts
   * version 1 has no field for (interactive training, deployment, access, renames), and facts whose provenance
   * changed, e.g. the Standard regions becoming "no longer stated".
   */
  readonly stated: { sources: { added: string[]; removed: string[] }; changed: FieldChange[]; catalog: CatalogFactChange[] };
}

/**
 * A version 2 fact about the catalog rather than one model: a Global training region's row (managed and
 * interactive training, the models its footnotes exclude or allow alone), the serverless deployment types, the
 * data zones, what the terms mean, the models no longer listed, and where each of these came from.
 */
export interface CatalogFactChange {
  readonly field: string;
  readonly before: unknown;
  readonly after: unknown;
}

export function modelLabel(m: Pick<Model, 'id' | 'version'>): string {
  return m.version === null ? m.id : `${m.id} (${m.version})`;
}

const key = (m: Model): string => `${m.id}\u0000${m.version ?? ''}`;

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

/** The per-model fields compared, limits split into their numbers (raw text changes alone are noise). */
function facts(m: Model): Record<string, unknown> {
  return {
    preview: m.preview,
    standardRegions: m.standardRegions,
    standardNote: m.standardNote,
    global: m.global,
    developer: m.developer,
    dataZone: m.dataZone,
    'limits.input': m.limits?.input ?? null,
    'limits.output': m.limits?.output ?? null,
    'limits.trainingContext': m.limits?.trainingContext ?? null,
    trainingData: m.trainingData,
    modality: m.modality,
    vision: m.vision,
    methods: m.methods,
    status: m.status,
    footnotes: m.footnotes,
  };
}

const describeException = (e: GlobalException): string => (e.kind === 'no-model' ? `no-model ${e.model}` : e.kind);

export function diffCatalogs(before: Catalog, after: Catalog): CatalogDiff {
  const old = new Map(before.models.map((m) => [key(m), m]));
  const now = new Map(after.models.map((m) => [key(m), m]));
  const changed: FieldChange[] = [];
  for (const [k, m] of now) {
    const prev = old.get(k);
    if (!prev) continue;
    const a = facts(prev);
    const b = facts(m);
    for (const field of Object.keys(b)) {
      if (!same(a[field], b[field])) changed.push({ model: modelLabel(m), field, before: a[field], after: b[field] });
    }
  }

  const oldRegions = new Map(before.globalRegions.regions.map((r) => [r.region, r]));
  const newRegions = new Map(after.globalRegions.regions.map((r) => [r.region, r]));
  const exceptions: CatalogDiff['globalRegions']['exceptions'] = [];
  for (const [region, r] of newRegions) {
    const prev = oldRegions.get(region);
    const b = r.exceptions.map(describeException);
    const a = prev ? prev.exceptions.map(describeException) : [];
    if (prev && !same(a, b)) exceptions.push({ region, before: a, after: b });
  }

  return {
    date: before.source.date === after.source.date ? null : { before: before.source.date, after: after.source.date },
    tiers: same(before.tiers, after.tiers) ? null : { before: [...before.tiers], after: [...after.tiers] },
    added: after.models.filter((m) => !old.has(key(m))).map(modelLabel),
    removed: before.models.filter((m) => !now.has(key(m))).map(modelLabel),
    changed,
    globalRegions: {
      stated: before.globalRegions.stated === after.globalRegions.stated ? null : { before: before.globalRegions.stated, after: after.globalRegions.stated },
      added: [...newRegions.keys()].filter((r) => !oldRegions.has(r)),
      removed: [...oldRegions.keys()].filter((r) => !newRegions.has(r)),
      exceptions,
    },
    notes: {
      added: after.notes.filter((n) => !before.notes.includes(n)),
      removed: before.notes.filter((n) => !after.notes.includes(n)),
    },
    stated: diffStated(before, after),
  };
}

/** The facts of a version 2 model that version 1 has no field for, and every fact's provenance. */
function statedFacts(m: ModelV2): { values: Record<string, unknown>; provenance: Record<string, string> } {
  const f = m.facts;
  const values: Record<string, unknown> = {
    managed: f.managed?.value ?? null,
    interactive: f.interactive?.value ?? null,
    access: f.access.value.map((a) => `${a.kind}${a.methods ? ` ${a.methods.join('/')}` : ''}`),
    renamedFrom: f.renamedFrom.map((r) => r.name),
  };
  for (const [k, o] of Object.entries(f.deployment))
    values[`deployment.${k}`] =
      `${o.value.available ? 'yes' : 'no'}${o.value.only ? ` only ${o.value.only.join('/')}` : ''}${o.value.excluded.length ? ` not ${o.value.excluded.join('/')}` : ''}`;
  for (const [k, r] of Object.entries(f.deploymentRegions)) values[`deploymentRegions.${k}`] = r.value;
  const all: Record<string, Fact<unknown> | null> = {
    ...f.trainingTypes,
    preview: f.preview,
    managed: f.managed,
    methods: f.methods,
    interactive: f.interactive,
    standardRegions: f.standardRegions,
    dataZone: f.dataZone,
    limits: f.limits,
    trainingData: f.trainingData,
    modality: f.modality,
  };
  const provenance: Record<string, string> = {};
  for (const [k, fact] of Object.entries(all)) provenance[k] = fact === null ? 'unstated' : `${fact.from.stated} (${fact.from.date})`;
  return { values, provenance };
}

const yesNo = (v: boolean | null): string => (v === null ? 'unstated' : v ? 'yes' : 'no');
const models = (word: string, ids: readonly string[] | null): string => (ids === null || ids.length === 0 ? '' : ` ${word} ${ids.join('/')}`);

/** The catalog-level facts of a version 2 catalog, each as a comparable value, and their provenance. */
function catalogFacts(c: CatalogV2): Record<string, unknown> {
  const values: Record<string, unknown> = {};
  const from = (field: string, f: Fact<unknown> | null) => (values[`${field} stated`] = f === null ? 'unstated' : `${f.from.stated} (${f.from.date})`);
  from('globalTrainingRegions', c.globalTrainingRegions);
  for (const g of c.globalTrainingRegions?.value ?? []) {
    values[`Global training region ${g.region}`] =
      `managed ${yesNo(g.managed)}${models('not', g.managedExcluded)}${models('only', g.managedOnly)}; ` +
      `interactive ${yesNo(g.interactive)}${models('not', g.interactiveExcluded)}${models('only', g.interactiveOnly)}${g.noVision ? '; no vision' : ''}`;
  }
  values['serverlessDeploymentTypes'] = c.serverlessDeploymentTypes?.value ?? null;
  from('serverlessDeploymentTypes', c.serverlessDeploymentTypes);
  for (const k of ['training', 'deployment'] as const) {
    values[`dataZones.${k}`] = c.dataZones[k]?.value ?? null;
    from(`dataZones.${k}`, c.dataZones[k]);
  }
  for (const k of ['trainingTypes', 'methods', 'deploymentOptions', 'deploymentTypes'] as const) {
    const meanings = c.meanings[k];
    values[`meanings.${k}`] = meanings?.value.map((m) => `${m.id}: ${m.name}${m.preview ? ' (preview)' : ''}`) ?? null;
    for (const m of meanings?.value ?? []) values[`meanings.${k}.${m.id} description`] = m.description;
    from(`meanings.${k}`, meanings);
  }
  values['formerlyListed'] = c.formerlyListed.map((f) => `${modelLabel(f)} (last listed ${f.lastListed.date})`);
  return values;
}

function diffStated(before: Catalog, after: Catalog): CatalogDiff['stated'] {
  if (before.schemaVersion !== 2 || after.schemaVersion !== 2) return { sources: { added: [], removed: [] }, changed: [], catalog: [] };
  const label = (s: CatalogV2['sources'][number]): string => `${s.file} (${s.date})`;
  const a = before.sources.map(label);
  const b = after.sources.map(label);
  const old = new Map(before.models.map((m) => [key(m), m]));
  const changed: FieldChange[] = [];
  for (const m of after.models) {
    const prev = old.get(key(m));
    if (!prev) continue;
    const x = statedFacts(prev);
    const y = statedFacts(m);
    for (const field of new Set([...Object.keys(x.values), ...Object.keys(y.values)])) {
      if (!same(x.values[field] ?? null, y.values[field] ?? null))
        changed.push({ model: modelLabel(m), field, before: x.values[field] ?? null, after: y.values[field] ?? null });
    }
    for (const field of Object.keys(y.provenance)) {
      if (x.provenance[field] !== y.provenance[field])
        changed.push({ model: modelLabel(m), field: `${field} stated`, before: x.provenance[field], after: y.provenance[field] });
    }
  }
  const x = catalogFacts(before);
  const y = catalogFacts(after);
  const catalog: CatalogFactChange[] = [];
  for (const field of new Set([...Object.keys(x), ...Object.keys(y)])) {
    if (!same(x[field] ?? null, y[field] ?? null)) catalog.push({ field, before: x[field] ?? null, after: y[field] ?? null });
  }
  return { sources: { added: b.filter((s) => !a.includes(s)), removed: a.filter((s) => !b.includes(s)) }, changed, catalog };
}

export function isEmptyDiff(d: CatalogDiff): boolean {
  const g = d.globalRegions;
  return (
    d.stated.sources.added.length + d.stated.sources.removed.length + d.stated.changed.length + d.stated.catalog.length === 0 &&
    d.date === null &&
    d.tiers === null &&
    d.added.length + d.removed.length + d.changed.length === 0 &&
    g.stated === null &&
    g.added.length + g.removed.length + g.exceptions.length === 0 &&
    d.notes.added.length + d.notes.removed.length === 0
  );
}

function show(value: unknown): string {
  if (value === null) return 'none';
  if (Array.isArray(value)) return value.length === 0 ? '[]' : value.map(String).join(', ');
  return String(value);
}

function showChange(c: Omit<FieldChange, 'model'>): string {
  if (Array.isArray(c.before) && Array.isArray(c.after)) {
    const a = c.before.map(String);
    const b = c.after.map(String);
    const parts = [...b.filter((x) => !a.includes(x)).map((x) => `+${x}`), ...a.filter((x) => !b.includes(x)).map((x) => `-${x}`)];
    // Same members in another order: say so rather than print nothing.
    return `${c.field} ${parts.length > 0 ? parts.join(' ') : `reordered: ${show(c.after)}`}`;
  }
  return `${c.field}: ${show(c.before)} -> ${show(c.after)}`;
}

/** Printable lines, one per change; a single "no changes" line when nothing changed. */
export function formatDiff(d: CatalogDiff): string[] {
  if (isEmptyDiff(d)) return ['no changes'];
  const lines: string[] = [];
  if (d.date) lines.push(`document date: ${d.date.before} -> ${d.date.after}`);
  if (d.tiers) lines.push(`tiers: ${d.tiers.before.join(', ')} -> ${d.tiers.after.join(', ')}`);
  for (const m of d.added) lines.push(`+ model ${m}`);
  for (const m of d.removed) lines.push(`- model ${m}`);
  for (const c of d.changed) lines.push(`~ ${c.model}: ${showChange(c)}`);
  const g = d.globalRegions;
  if (g.stated) lines.push(g.stated.after ? 'global regions: now listed' : 'global regions: no longer listed');
  if (g.added.length > 0) lines.push(`+ global regions: ${g.added.join(', ')}`);
  if (g.removed.length > 0) lines.push(`- global regions: ${g.removed.join(', ')}`);
  for (const e of g.exceptions) lines.push(`~ global region ${e.region}: exceptions ${show(e.before)} -> ${show(e.after)}`);
  for (const n of d.notes.added) lines.push(`+ note: ${n}`);
  for (const n of d.notes.removed) lines.push(`- note: ${n}`);
  for (const s of d.stated.sources.added) lines.push(`+ document ${s}`);
  for (const s of d.stated.sources.removed) lines.push(`- document ${s}`);
  for (const c of d.stated.changed) lines.push(`~ ${c.model}: ${showChange(c)}`);
  for (const c of d.stated.catalog) lines.push(`~ ${showChange(c)}`);
  return lines;
}
