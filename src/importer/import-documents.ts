// Several of Microsoft's documents at once into one schemaVersion 2 catalog, each fact with the document and
// date it came from. Pure, like import-document.ts: the CLI reads the files and passes their text.
//
// How facts are combined:
//  - Each document is recognised by its content (read-document.ts) and states facts on one subject: the model
//    table (the supported-models table, or an older layout of the one model table), the Global training
//    regions, one deployment type's regions, or the meanings (the overview).
//  - The newest document that states a fact wins. A fact that only an older document states is kept with
//    that document's date, marked 'no-longer-stated' (a newer document on the same subject exists): today the
//    Standard training regions, last listed on 03/05/2026.
//  - Two documents of the same date that disagree on a fact no newer document settles stop the import: the
//    importer cannot tell which is right, and a guess would make a wrong catalog.
//  - The newest model table decides which models there are; models only older tables list are kept apart
//    (formerlyListed). Lists that are complete by nature (the Global regions, a deployment region table) are
//    one fact each: the newest list wins as a whole.
//  - Renamed models (the renamed-models sheet) carry their old name's facts over to the new name.
// Documents of the same date are ordered by file name, only so that provenance names the same document
// whatever order they were given in.
import {
  CatalogV2,
  type AccessRestriction,
  type DeploymentOption,
  type Fact,
  type GlobalException,
  type GlobalRegion,
  type GlobalRegions,
  type GlobalTrainingRegion,
  type Limits,
  type Model,
  type ModelV2,
  type Provenance,
  type RegionDirectory,
  type Source,
  type StatedModelFacts,
  type TierId,
  saysInvitationOnly,
} from '../core';
import { modelLabel } from './diff';
import { ImportError, isImportError } from './errors';
import { readDocument, type ReadDocument } from './read-document';
import type { SupportedModelRow } from './read-supported-models';
import { readRenames, type Rename } from './renames';
import { readTierFacts } from './tier-facts';

export interface DocumentInput {
  readonly text: string;
  /** The document's path relative to the project (Source.file). */
  readonly file: string;
  /** Where it is published (Source.url); null or absent when unknown. */
  readonly url?: string | null;
}

export interface ImportDocumentsOptions {
  readonly regions: RegionDirectory;
  readonly tiersText: string;
  readonly tiersFile: string;
  /** The renamed-models sheet (data/source/model-renames.md) and its path; without it no model is renamed. */
  readonly renamesText?: string;
  readonly renamesFile?: string;
  /** The page `source.url` cites when the primary model table has no url of its own. */
  readonly url: string;
  readonly onWarning?: (message: string) => void;
}

type FactDoc = Exclude<ReadDocument, { kind: 'how-to' }>;

interface Doc {
  readonly index: number;
  readonly read: FactDoc;
  readonly file: string;
  readonly url: string | null;
  readonly date: string;
  /** The subject: documents of one family replace each other. */
  readonly family: string;
  superseded: boolean;
}

interface Claim<T> {
  readonly doc: Doc;
  readonly value: T;
}

const TIERS: readonly TierId[] = ['standard', 'datazone', 'global', 'developer'];

const json = (v: unknown): string => JSON.stringify(v);
const show = (v: unknown): string => (typeof v === 'string' ? v : json(v));

function familyOf(read: FactDoc): string {
  switch (read.kind) {
    case 'model-table':
    case 'supported-models':
      return 'models';
    case 'deployment-regions':
      return `deployment-regions:${read.table.deploymentType}`;
    default:
      return read.kind;
  }
}

const describe = (d: Doc): string => `${d.file} (ms.date ${d.read.front.dateRaw})`;

const provenance = (d: Doc): Provenance => ({ doc: d.index, date: d.date, stated: d.superseded ? 'no-longer-stated' : 'current' });

type Warn = (message: string) => void;

/**
 * The newest claims' value, or null when there are none. Same-date claims must agree (compared by `key`): when
 * they do not and a current document is among them, the import stops; when all of them are older documents a
 * newer one replaced, the fact was no longer current anyway and is left unstated, with a warning.
 */
function pick<T>(claims: readonly Claim<T>[], what: () => string, warn: Warn, key: (v: T) => unknown = (v) => v): Fact<T> | null {
  if (claims.length === 0) return null;
  const newest = claims.reduce((d, c) => (c.doc.date > d ? c.doc.date : d), '');
  const top = claims.filter((c) => c.doc.date === newest).sort((a, b) => a.doc.index - b.doc.index);
  const first = top[0] as Claim<T>;
  for (const other of top.slice(1)) {
    if (json(key(other.value)) === json(key(first.value))) continue;
    const disagree = `${describe(first.doc)} and ${describe(other.doc)} have the same date and disagree on ${what()}: ${show(key(first.value))} vs ${show(key(other.value))}`;
    if (top.every((c) => c.doc.superseded)) {
      warn(`${disagree}; no newer document states it, so the catalog leaves it unstated`);
      return null;
    }
    throw new ImportError('conflict', `${disagree}; the importer cannot tell which is newer (leave one out, or add a newer document that states it)`);
  }
  return { value: first.value, from: provenance(first.doc) };
}

/** A row of a model table, whatever its layout, as the facts it claims. */
interface Row {
  readonly id: string;
  readonly version: string | null;
  readonly facts: Partial<RowFacts>;
}

interface RowFacts {
  preview: { preview: boolean; status: string | null };
  footnotes: string[];
  invitations: string[];
  managed: boolean;
  methods: string[];
  interactive: boolean;
  standard: boolean;
  datazone: boolean;
  global: boolean;
  developer: boolean;
  standardRegions: { regions: string[]; note: string | null };
  dataZone: string;
  deployment: Record<string, DeploymentOption>;
  limits: Limits;
  trainingData: string;
  modality: { modality: string; vision: boolean };
}

function legacyRow(m: Model, hasDataZone: boolean): Row {
  const f: Partial<RowFacts> = {
    preview: { preview: m.preview, status: m.status },
    footnotes: m.footnotes,
    invitations: m.footnotes.filter(saysInvitationOnly),
    standardRegions: { regions: m.standardRegions, note: m.standardNote },
  };
  if (m.standardRegions.length > 0) f.standard = true;
  else if (m.standardNote !== null) f.standard = false;
  if (m.global !== null) f.global = m.global;
  if (m.developer !== null) f.developer = m.developer;
  if (hasDataZone) f.datazone = m.dataZone !== null;
  if (m.dataZone !== null) f.dataZone = m.dataZone;
  if (m.methods !== null) f.methods = m.methods;
  if (m.limits !== null) f.limits = m.limits;
  if (m.trainingData !== null) f.trainingData = m.trainingData;
  if (m.modality !== null && m.vision !== null) f.modality = { modality: m.modality, vision: m.vision };
  return { id: m.id, version: m.version, facts: f };
}

function supportedRow(r: SupportedModelRow, hasDeployment: boolean): Row {
  const f: Partial<RowFacts> = {
    preview: { preview: r.preview, status: null },
    footnotes: r.footnotes,
    invitations: r.invitations,
  };
  if (r.managed !== null) f.managed = r.managed;
  if (r.methods !== null) f.methods = r.methods;
  if (r.interactive !== null) f.interactive = r.interactive;
  for (const t of TIERS) if (r.trainingTypes[t] !== undefined) f[t] = r.trainingTypes[t];
  // "Standard: ❌" says the model has no Standard training, so no Standard region either.
  if (r.trainingTypes.standard === false) f.standardRegions = { regions: [], note: 'Not supported' };
  if (hasDeployment) f.deployment = r.deployment;
  return { id: r.id, version: r.version, facts: f };
}

function rowsOf(read: FactDoc): Row[] {
  if (read.kind === 'model-table') return read.catalog.models.map((m) => legacyRow(m, read.catalog.tiers.includes('datazone')));
  if (read.kind === 'supported-models') return read.table.rows.map((r) => supportedRow(r, read.table.columns.has('deployment')));
  return [];
}

const key = (id: string, version: string | null): string => `${id}\u0000${version ?? ''}`;

/** Reads every document; a how-to page is told about and left out. */
function readAll(inputs: readonly DocumentInput[], options: ImportDocumentsOptions): Doc[] {
  const files = new Set<string>();
  const docs: Omit<Doc, 'index'>[] = [];
  const howTo: string[] = [];
  for (const input of inputs) {
    if (files.has(input.file)) throw new ImportError('conflict', `${input.file} is given twice`, input.file);
    files.add(input.file);
    let read: ReadDocument;
    try {
      read = readDocument(input.text, {
        regions: options.regions,
        tiersText: options.tiersText,
        tiersFile: options.tiersFile,
        url: input.url ?? options.url,
        file: input.file,
        onWarning: (message) => options.onWarning?.(`${input.file}: ${message}`),
      });
    } catch (e) {
      if (isImportError(e) && e.file === undefined) throw new ImportError(e.code, e.message, input.file);
      throw e;
    }
    if (read.kind === 'how-to') {
      howTo.push(`${input.file}: left out: "${read.front.title}" is a how-to page and states no fact the catalog keeps`);
      continue;
    }
    docs.push({ read, file: input.file, url: input.url ?? null, date: read.front.date, family: familyOf(read), superseded: false });
  }
  if (docs.length === 0) throw new ImportError('no-facts', `none of the documents states a fact the catalog keeps (${howTo.join('; ')})`);
  for (const w of howTo) options.onWarning?.(w);
  const sorted = docs.sort((a, b) => (a.date === b.date ? (a.file < b.file ? -1 : 1) : a.date > b.date ? -1 : 1)).map((d, index) => ({ ...d, index }));
  for (const d of sorted) d.superseded = sorted.some((o) => o.family === d.family && o.date > d.date);
  return sorted;
}

/** The models of the newest model table(s), and how older rows find them. */
interface ModelList {
  readonly primary: Doc;
  readonly rows: Row[];
  /** Active renames (old id -> new id): the new name is listed and the old one is not. */
  readonly renames: Map<string, string>;
  /** The listed model an older row is about, or undefined. */
  match(doc: Doc, row: Row, rows: readonly Row[]): number | undefined;
  /** A name in prose (a footnote, a deployment table) to a listed model's index. */
  named(name: string): number[];
}

function modelList(docs: readonly Doc[], renames: readonly Rename[], renamesFile: string): ModelList {
  const modelDocs = docs.filter((d) => d.family === 'models');
  if (modelDocs.length === 0) {
    const given = docs.map((d) => `${d.file} (${d.read.kind})`).join(', ');
    throw new ImportError('no-model-table', `no document is a model table (the supported-models table or an older layout); given: ${given}`);
  }
  const newest = modelDocs.filter((d) => d.date === (modelDocs[0] as Doc).date);
  const primary = newest[0] as Doc;
  const rows = rowsOf(primary.read);
  const keys = (d: Doc): string =>
    rowsOf(d.read)
      .map((r) => key(r.id, r.version))
      .sort()
      .join('|');
  for (const other of newest.slice(1)) {
    if (keys(other) !== keys(primary)) {
      throw new ImportError(
        'conflict',
        `${describe(primary)} and ${describe(other)} have the same date and list different models; the importer cannot tell which is newer (leave one out)`,
      );
    }
  }
  const ids = new Set(rows.map((r) => r.id));
  const active = new Map<string, string>();
  for (const r of renames) {
    if (!ids.has(r.to)) continue;
    if (ids.has(r.from)) {
      throw new ImportError('bad-renames', `the renamed-models sheet ${renamesFile} says ${r.from} became ${r.to}, but ${describe(primary)} lists both`);
    }
    active.set(r.from, r.to);
  }
  const byId = (id: string): number[] => rows.flatMap((r, i) => (r.id === id ? [i] : []));
  return {
    primary,
    rows,
    renames: active,
    match: (doc, row, docRows) => {
      if (doc === primary) return docRows.indexOf(row);
      const id = active.get(row.id) ?? row.id;
      const same = byId(id);
      const exact = same.find((i) => (rows[i] as Row).version === row.version);
      if (exact !== undefined) return exact;
      // One row each, one without a version: the same model, its version unstated on one side.
      const single = same.length === 1 && docRows.filter((r) => (active.get(r.id) ?? r.id) === id).length === 1;
      if (single && ((rows[same[0] as number] as Row).version === null || row.version === null)) return same[0];
      return undefined;
    },
    named: (name) => {
      const exact = byId(active.get(name) ?? name);
      if (exact.length > 0) return exact;
      const lc = name.toLowerCase();
      return rows.flatMap((r, i) => (r.id.toLowerCase() === lc ? [i] : []));
    },
  };
}

/** The methods an invitation legend is about, by the overview's method names or acronyms in its text. */
function accessOf(texts: readonly string[], methods: readonly { id: string; name: string }[] | null): AccessRestriction[] {
  return texts.map((text) => {
    if (methods === null) return { kind: 'invitation-only' as const, methods: null, text };
    const lc = text.toLowerCase();
    const found = methods.filter((m) => lc.includes(m.name.toLowerCase()) || new RegExp(`\\b${m.id}\\b`).test(text)).map((m) => m.id);
    return { kind: 'invitation-only' as const, methods: found.length > 0 ? found : null, text };
  });
}

export function importDocuments(inputs: readonly DocumentInput[], options: ImportDocumentsOptions): CatalogV2 {
  const warn: Warn = (message) => options.onWarning?.(message);
  const docs = readAll(inputs, options);
  const renamesFile = options.renamesFile ?? 'the renamed-models sheet';
  const renames = options.renamesText === undefined ? [] : readRenames(options.renamesText, renamesFile);
  const list = modelList(docs, renames, renamesFile);
  const { primary } = list;

  // Every model table's rows, by the listed model they are about; the rest were listed once and are no longer.
  const claims = list.rows.map(() => [] as { doc: Doc; row: Row }[]);
  const formerly = new Map<string, { id: string; version: string | null; lastListed: Provenance }>();
  const lastListedAs = new Map<string, Provenance>();
  for (const doc of docs.filter((d) => d.family === 'models')) {
    const rows = rowsOf(doc.read);
    for (const row of rows) {
      if (!lastListedAs.has(row.id)) lastListedAs.set(row.id, provenance(doc));
      const i = list.match(doc, row, rows);
      if (i !== undefined) (claims[i] as { doc: Doc; row: Row }[]).push({ doc, row });
      else if (!formerly.has(key(row.id, row.version)))
        formerly.set(key(row.id, row.version), { id: row.id, version: row.version, lastListed: provenance(doc) });
    }
  }

  const meanings = pickMeanings(docs, warn);
  const methodMeanings = meanings.methods?.value ?? null;

  const models: ModelV2[] = list.rows.map((listed, i) => {
    const rowClaims = claims[i] as { doc: Doc; row: Row }[];
    const label = modelLabel(listed);
    const field = <K extends keyof RowFacts>(name: K, what: string, cmp?: (v: RowFacts[K]) => unknown): Fact<RowFacts[K]> | null =>
      pick(
        rowClaims.flatMap(({ doc, row }) => (row.facts[name] === undefined ? [] : [{ doc, value: row.facts[name] as RowFacts[K] }])),
        () => `${what} of ${label}`,
        warn,
        cmp,
      );
    const tier = (t: TierId): Fact<boolean> | null => field(t, `the ${t} training type`);
    const trainingTypes = { standard: tier('standard'), datazone: tier('datazone'), global: tier('global'), developer: tier('developer') };
    let standardRegions = field('standardRegions', 'the Standard training regions', (v) => [...v.regions].sort());
    // An older "Not supported" where the newest table marks Standard ✅: the regions are unknown, not none.
    if (trainingTypes.standard?.value === true && standardRegions !== null && standardRegions.value.regions.length === 0) standardRegions = null;
    let dataZone = field('dataZone', 'the Data Zone');
    if (trainingTypes.datazone?.value === false) dataZone = null;
    const access = field('invitations', 'the invitation footnotes') as Fact<string[]>;
    const deployment = field('deployment', 'the deployment options');
    const listedIn = provenance(primary);
    const renamedFrom = [...list.renames]
      .filter(([, to]) => to === listed.id)
      .map(([from]) => ({ name: from, lastListed: lastListedAs.get(from) ?? null, sheet: renamesFile }));
    const facts: StatedModelFacts = {
      listedIn,
      renamedFrom,
      preview: field('preview', 'the preview status') as StatedModelFacts['preview'],
      managed: field('managed', 'managed fine-tuning'),
      methods: field('methods', 'the methods'),
      interactive: field('interactive', 'interactive training'),
      trainingTypes,
      standardRegions,
      dataZone,
      deployment: deployment === null ? {} : Object.fromEntries(Object.entries(deployment.value).map(([k, v]) => [k, { value: v, from: deployment.from }])),
      deploymentRegions: {},
      access: { value: accessOf(access.value, methodMeanings), from: access.from },
      limits: field('limits', 'the request limits', (v) => [v.input, v.output, v.trainingContext]),
      trainingData: field('trainingData', 'the training data cutoff'),
      modality: field('modality', 'the modality', (v) => v.vision),
      footnotes: field('footnotes', 'the footnotes') as Fact<string[]>,
    };
    return { ...v1Row(listed, facts, meanings.dataZones.training), facts };
  });

  addDeploymentRegions(docs, list, models, warn);
  const globalTrainingRegions = pickGlobalRegions(docs, list, warn);
  const serverlessDeploymentTypes = pick(
    docs.flatMap((d) =>
      d.read.kind === 'supported-models' && d.read.table.serverlessDeploymentTypes !== null ? [{ doc: d, value: d.read.table.serverlessDeploymentTypes }] : [],
    ),
    () => 'the serverless deployment types',
    warn,
  );
  checkDeploymentNames(models, serverlessDeploymentTypes, meanings, docs);

  const statedNotes: { text: string; from: Provenance }[] = [];
  for (const d of docs) {
    if (d.superseded) continue;
    for (const text of d.read.notes) if (!statedNotes.some((n) => n.text === text)) statedNotes.push({ text, from: provenance(d) });
  }

  const sources: Source[] = docs.map((d) => ({
    kind: d.read.kind,
    title: d.read.front.title,
    date: d.date,
    dateRaw: d.read.front.dateRaw,
    file: d.file,
    url: d.url,
    deploymentType: d.read.kind === 'deployment-regions' ? d.read.table.deploymentType : null,
  }));
  const tiers = TIERS.filter((t) => models.some((m) => m.facts.trainingTypes[t] !== null));

  const draft: CatalogV2 = {
    schemaVersion: 2,
    source: { title: primary.read.front.title, date: primary.date, dateRaw: primary.read.front.dateRaw, url: primary.url ?? options.url, file: primary.file },
    tiers: tiers.length > 0 ? tiers : ['standard'],
    models,
    globalRegions: v1GlobalRegions(globalTrainingRegions, models, sources),
    notes: statedNotes.map((n) => n.text),
    tierFacts: readTierFacts(options.tiersText, options.tiersFile),
    sources,
    globalTrainingRegions,
    serverlessDeploymentTypes,
    dataZones: meanings.dataZones,
    meanings: {
      trainingTypes: meanings.trainingTypes,
      methods: meanings.methods,
      deploymentOptions: meanings.deploymentOptions,
      deploymentTypes: meanings.deploymentTypes,
    },
    formerlyListed: [...formerly.values()],
    statedNotes,
  };
  const parsed = CatalogV2.safeParse(draft);
  if (!parsed.success) {
    const issues = parsed.error.issues.slice(0, 3).map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`);
    throw new ImportError('invalid-catalog', `the imported catalog is not valid: ${issues.join('; ')}`);
  }
  return parsed.data;
}

/** The version 1 fields of a model, from its facts, for every reader of version 1 catalogs. */
function v1Row(listed: Row, f: StatedModelFacts, zones: Fact<string[]> | null): Model {
  const tt = f.trainingTypes;
  const standardNote = f.standardRegions
    ? f.standardRegions.value.note
    : tt.standard?.value === true
      ? 'regions not stated'
      : tt.standard?.value === false
        ? 'Not supported'
        : null;
  return {
    id: listed.id,
    version: listed.version,
    preview: f.preview.value.preview,
    footnotes: f.footnotes.value,
    standardRegions: f.standardRegions?.value.regions ?? [],
    standardNote: f.standardRegions && f.standardRegions.value.regions.length > 0 ? null : standardNote,
    global: tt.global?.value ?? null,
    developer: tt.developer?.value ?? null,
    dataZone: tt.datazone?.value === true ? (zones?.value.join(', ') ?? f.dataZone?.value ?? 'zone not stated') : null,
    limits: f.limits?.value ?? null,
    trainingData: f.trainingData?.value ?? null,
    modality: f.modality?.value.modality ?? null,
    vision: f.modality?.value.vision ?? null,
    methods: f.methods?.value ?? null,
    status: f.preview.value.status,
  };
}

type Meanings = Pick<CatalogV2['meanings'], 'trainingTypes' | 'methods' | 'deploymentOptions' | 'deploymentTypes'> & { dataZones: CatalogV2['dataZones'] };

function pickMeanings(docs: readonly Doc[], warn: Warn): Meanings {
  const overviews = docs.flatMap((d) => (d.read.kind === 'overview' ? [{ doc: d, o: d.read.overview }] : []));
  const from = <T>(get: (o: (typeof overviews)[number]['o']) => T | null, what: string): Fact<T> | null =>
    pick(
      overviews.flatMap(({ doc, o }) => (get(o) === null ? [] : [{ doc, value: get(o) as T }])),
      () => what,
      warn,
    );
  return {
    trainingTypes: from((o) => o.trainingTypes, 'what the training types mean'),
    methods: from((o) => o.methods, 'what the methods mean'),
    deploymentOptions: from((o) => o.deploymentOptions, 'what the deployment options mean'),
    deploymentTypes: from((o) => o.deploymentTypes, 'what the deployment types mean'),
    dataZones: {
      training: from((o) => o.dataZones.training, 'the data zones for training'),
      deployment: from((o) => o.dataZones.deployment, 'the data zones for deployment'),
    },
  };
}

/** Each deployment type's newest region table, as a fact on every listed model ([] when the table omits it). */
function addDeploymentRegions(docs: readonly Doc[], list: ModelList, models: ModelV2[], warn: Warn): void {
  const types = [...new Set(docs.flatMap((d) => (d.read.kind === 'deployment-regions' ? [d.read.table.deploymentType] : [])))].sort();
  for (const type of types) {
    const tables = docs.flatMap((d) => (d.read.kind === 'deployment-regions' && d.read.table.deploymentType === type ? [{ doc: d, table: d.read.table }] : []));
    const resolved = tables.map(({ doc, table }) => {
      const byModel = new Map<number, string[]>();
      for (const row of table.rows) {
        const found = list.named(row.id).filter((i) => row.version === null || (list.rows[i] as Row).version === row.version);
        if (found.length === 0)
          throw new ImportError(
            'unknown-model',
            `the ${type} deployment region table lists ${row.id}, which ${describe(list.primary)} does not list`,
            doc.file,
          );
        if (found.length > 1)
          throw new ImportError(
            'unknown-model',
            `the ${type} deployment region table lists ${row.id}, which is ${found.length} models in ${describe(list.primary)}`,
            doc.file,
          );
        byModel.set(found[0] as number, row.regions);
      }
      return { doc, value: list.rows.map((_r, i) => byModel.get(i) ?? []) };
    });
    const regions = pick(resolved, () => `the ${type} deployment regions`, warn);
    if (regions === null) continue;
    models.forEach((m, i) => {
      m.facts.deploymentRegions[type] = { value: regions.value[i] as string[], from: regions.from };
    });
  }
}

/** The newest Global training region list: the 2026 table, or the bulleted list of an older model table. */
function pickGlobalRegions(docs: readonly Doc[], list: ModelList, warn: Warn): Fact<GlobalTrainingRegion[]> | null {
  const candidates: Claim<GlobalTrainingRegion[]>[] = [];
  const newest = docs.reduce((d, doc) => (hasGlobalList(doc) && doc.date > d ? doc.date : d), '');
  for (const doc of docs) {
    // Only the newest lists are resolved: an older list's model names need not be in today's model table.
    if (!hasGlobalList(doc) || doc.date !== newest) continue;
    const read = doc.read;
    if (read.kind === 'global-training-regions') {
      const resolve = (names: string[], mark: string): string[] =>
        names.map((name) => {
          const found = list.named(name);
          if (found.length !== 1) {
            const why = found.length === 0 ? `which ${describe(list.primary)} does not list` : `which is ${found.length} models in ${describe(list.primary)}`;
            throw new ImportError('unknown-model', `a footnote on ${mark} names the model "${name}", ${why}`, doc.file);
          }
          return (list.rows[found[0] as number] as Row).id;
        });
      candidates.push({
        doc,
        value: read.rows.map((r) => ({
          ...r,
          managedExcluded: resolve(r.managedExcluded, r.name),
          managedOnly: r.managedOnly === null ? null : resolve(r.managedOnly, r.name),
          interactiveExcluded: resolve(r.interactiveExcluded, r.name),
          interactiveOnly: r.interactiveOnly === null ? null : resolve(r.interactiveOnly, r.name),
        })),
      });
    } else if (read.kind === 'model-table' && read.catalog.globalRegions.stated) {
      const id = (model: string): string => list.renames.get(model) ?? model;
      candidates.push({
        doc,
        value: read.catalog.globalRegions.regions.map((g) => ({
          region: g.region,
          name: g.name,
          managed: true,
          interactive: null,
          managedExcluded: g.exceptions.flatMap((x) => (x.kind === 'no-model' ? [id(x.model)] : [])),
          managedOnly: null,
          interactiveExcluded: [],
          interactiveOnly: null,
          noVision: g.exceptions.some((x) => x.kind === 'no-vision'),
          footnotes: g.exceptions.map((x) => x.text),
        })),
      });
    }
  }
  // Same-date lists are compared by what they say, not by how the footnotes are worded.
  return pick(
    candidates,
    () => 'the Global training regions',
    warn,
    (v) => v.map(({ name: _n, footnotes: _f, ...facts }) => facts),
  );
}

function hasGlobalList(doc: Doc): boolean {
  return doc.read.kind === 'global-training-regions' || (doc.read.kind === 'model-table' && doc.read.catalog.globalRegions.stated);
}

/** The version 1 Global list: regions with managed fine-tuning, footnotes as no-model / no-vision exceptions. */
function v1GlobalRegions(fact: Fact<GlobalTrainingRegion[]> | null, models: readonly ModelV2[], sources: readonly Source[]): GlobalRegions {
  if (fact === null) return { stated: false, regions: [] };
  const textFor = (g: GlobalTrainingRegion, test: (t: string) => boolean): string => g.footnotes.find(test) ?? g.footnotes.join(' ');
  // Only rows that state managed fine-tuning ✅: a version 1 reader takes a listed region for a yes.
  const regions: GlobalRegion[] = fact.value
    .filter((g) => g.managed === true)
    .map((g) => {
      const exceptions: GlobalException[] = [];
      if (g.noVision) exceptions.push({ kind: 'no-vision', text: textFor(g, (t) => /vision/i.test(t)) });
      for (const model of g.managedExcluded)
        exceptions.push({ kind: 'no-model', model, text: textFor(g, (t) => t.toLowerCase().includes(model.toLowerCase())) });
      if (g.managedOnly !== null) {
        const only = g.managedOnly;
        for (const m of models)
          if (!only.includes(m.id) && !g.managedExcluded.includes(m.id))
            exceptions.push({ kind: 'no-model', model: m.id, text: textFor(g, (t) => /\bonly\b/i.test(t)) });
      }
      return { region: g.region, name: g.name, exceptions };
    });
  if (regions.length === 0) return { stated: false, regions: [] };
  return { stated: true, regions, source: (sources[fact.from.doc] as Source).file };
}

/** With the overview given, every deployment type and option the other documents name must be one it defines. */
function checkDeploymentNames(models: readonly ModelV2[], defaults: Fact<string[]> | null, meanings: Meanings, docs: readonly Doc[]): void {
  const types = meanings.deploymentTypes?.value.map((t) => t.id);
  if (types !== undefined) {
    const known = (type: string, where: string, file: string): void => {
      if (!types.includes(type))
        throw new ImportError(
          'unknown-deployment-type',
          `${where} names the deployment type "${type}", which the overview's deployment type table does not define`,
          file,
        );
    };
    for (const m of models) {
      for (const [option, o] of Object.entries(m.facts.deployment)) {
        for (const t of [...(o.value.only ?? []), ...o.value.excluded])
          known(t, `the legend on the ${option} option of ${modelLabel(m)}`, sourceFile(docs, o.from));
      }
    }
    if (defaults) for (const t of defaults.value) known(t, 'the sentence on serverless deployment types', sourceFile(docs, defaults.from));
    for (const d of docs) if (d.read.kind === 'deployment-regions') known(d.read.table.deploymentType, `the region table "${d.read.front.title}"`, d.file);
  }
  const options = meanings.deploymentOptions?.value.map((o) => o.id);
  if (options !== undefined) {
    for (const m of models) {
      for (const [option, o] of Object.entries(m.facts.deployment)) {
        if (!options.some((id) => id === option || id.startsWith(`${option}-`))) {
          throw new ImportError(
            'unknown-deployment-type',
            `${modelLabel(m)} has the deployment option "${option}", which the overview's deployment options do not name`,
            sourceFile(docs, o.from),
          );
        }
      }
    }
  }
}

const sourceFile = (docs: readonly Doc[], from: Provenance): string => (docs[from.doc] as Doc).file;
