// The importer's pure core: Microsoft's fine-tuning model document (plus the tiers fact sheet and, for newer
// layouts, a separate Global regions document) in, a validated Catalog out. No file or network access here:
// the CLI reads the files and passes their text, so every layout can be tested from strings.
import { CatalogV1, type GlobalRegions, type Model, type TierId } from '../core';
import type { RegionDirectory } from '../core';
import {
  isNone,
  parseDataZone,
  parseFlag,
  parseLimits,
  parseMethods,
  parseModality,
  parseModelCell,
  parseRegionsCell,
  parseStatus,
  parseTrainingData,
} from './cells';
import { ImportError } from './errors';
import { readFootnotes, saysPreview } from './footnotes';
import { readFrontMatter, stripFrontMatter } from './front-matter';
import { findGlobalList, resolveGlobalList, type GlobalList } from './global-regions';
import { readSections } from './markdown-blocks';
import { plainText, squash, takeSupMarks } from './markdown-text';
import { readPipeTables, toLines, type PipeTable } from './markdown-table';
import { resolveRegion } from './region-names';
import { columnKind, mapColumns, type ColumnMap } from './table-columns';
import { readTierFacts } from './tier-facts';

export interface ImportOptions {
  /** The region directory (data/regions.json) that maps "East US2" to eastus2. */
  regions: RegionDirectory;
  /** The tiers fact sheet's text, and its path relative to the project (becomes tierFacts.source). */
  tiersText: string;
  tiersFile: string;
  /** The Learn page that shows the document (source.url). */
  url: string;
  /** The document's path relative to the project, or as given when outside it (source.file). */
  file: string;
  /** A second document holding the Global region list, for layouts that moved it out (--global-regions). */
  globalRegionsText?: string;
  globalRegionsFile?: string;
  /** Told about things the importer skipped but did not refuse, e.g. a column it does not know. */
  onWarning?: (message: string) => void;
}

const INCLUDE = /^\s*\[!INCLUDE\s*\[[^\]]*\]\(([^)]*)\)\s*\]\s*$/i;

/** Learn pages often hold only `[!INCLUDE [...](path)]`: the table is in the included file, not here. */
function refuseIncludeWrapper(body: string, hasModelTable: boolean): void {
  const lines = toLines(body)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#') && !/^<!--.*-->$/.test(l));
  const includes = lines.map((l) => INCLUDE.exec(l)).filter((m): m is RegExpExecArray => m !== null);
  const onlyIncludes = lines.length > 0 && includes.length === lines.length;
  if (includes.length > 0 && (onlyIncludes || !hasModelTable)) {
    const targets = includes.map((m) => m[1]).join(', ');
    throw new ImportError('include-wrapper', `the document only includes another file (${targets}); import that file instead`);
  }
}

/** The model table: the first table with a model column and a region column, found by header names. */
function findModelTable(tables: PipeTable[]): { table: PipeTable; columns: ColumnMap; unknown: string[] } {
  if (tables.length === 0) throw new ImportError('no-table', 'the document has no table');
  const kinds = tables.map((t) => new Set(t.header.map(columnKind)));
  const index = kinds.findIndex((k) => k.has('model') && k.has('standard'));
  if (index >= 0) {
    const table = tables[index] as PipeTable;
    return { table, ...mapColumns(table.header) };
  }
  const withModel = tables.findIndex((_t, i) => kinds[i]?.has('model'));
  const headers = (t: PipeTable | undefined): string => (t ? t.header.map((h) => `"${plainText(h)}"`).join(', ') : '');
  if (withModel >= 0) {
    throw new ImportError('no-region-column', `the model table has no region column (headers: ${headers(tables[withModel])})`);
  }
  throw new ImportError('no-model-column', `no table has a model column (first table's headers: ${headers(tables[0])})`);
}

/** One table row as a Model; `footnotes` are the texts below the table, by mark. */
function readRow(row: string[], columns: ColumnMap, footnotes: Map<string, string>, regions: RegionDirectory): Model {
  const marks: string[] = [];
  const cells = row.map((cell) => {
    const taken = takeSupMarks(cell);
    for (const m of taken.marks) if (!marks.includes(m)) marks.push(m);
    return taken.text;
  });
  const cell = (kind: keyof ColumnMap): string | undefined => {
    const i = columns[kind];
    return i === undefined ? undefined : (cells[i] ?? '');
  };

  const { id, version, preview: markedPreview } = parseModelCell(cell('model') ?? '');
  const label = version === null ? id : `${id} (${version})`;
  const place = (column: string): string => `the "${column}" cell of ${label}`;

  const footnoteTexts = marks.map((mark) => {
    const text = footnotes.get(mark);
    if (text === undefined) throw new ImportError('unknown-footnote', `${label} has footnote mark ${mark} but there is no footnote ${mark} below the table`);
    return text;
  });

  const standard = parseRegionsCell(cell('standard') ?? '');
  const standardRegions = standard.names.map((name) => resolveRegion(name, regions, `the Standard regions of ${label}`));

  const flag = (kind: 'global' | 'developer', column: string): boolean | null => {
    const c = cell(kind);
    return c === undefined ? null : parseFlag(c, place(column));
  };
  const limitsCell = cell('limits');
  const modalityCell = cell('modality');
  const methodsCell = cell('methods');
  const statusCell = cell('status');
  const dataZoneCell = cell('datazone');
  const trainingDataCell = cell('trainingData');
  const status = statusCell === undefined ? null : parseStatus(statusCell);
  const { modality, vision } = modalityCell === undefined ? { modality: null, vision: null } : parseModality(modalityCell);

  return {
    id,
    version,
    preview: markedPreview || footnoteTexts.some(saysPreview) || (status !== null && saysPreview(status)),
    footnotes: footnoteTexts,
    standardRegions,
    standardNote: standard.note,
    global: flag('global', 'Global'),
    developer: flag('developer', 'Developer'),
    dataZone: dataZoneCell === undefined ? null : parseDataZone(dataZoneCell),
    limits: limitsCell === undefined ? null : parseLimits(limitsCell, place('Max request')),
    trainingData: trainingDataCell === undefined ? null : parseTrainingData(trainingDataCell),
    modality,
    vision,
    methods: methodsCell === undefined ? null : parseMethods(methodsCell),
    status,
  };
}

/** The Global list: from --global-regions when given, else from the document's own note, else none. */
function pickGlobalList(body: string, options: ImportOptions): { list: GlobalList | null; own: GlobalList | null; source: string } {
  const own = findGlobalList(body);
  if (options.globalRegionsText === undefined) return { list: own, own, source: options.file };
  const source = options.globalRegionsFile ?? 'the Global regions document';
  const list = findGlobalList(stripFrontMatter(options.globalRegionsText));
  if (!list) throw new ImportError('no-global-list', `${source} has no Global training region list (bullets after a paragraph that mentions Global)`);
  if (own) options.onWarning?.(`the document lists its own Global regions; using the list in ${source} as asked`);
  return { list, own, source };
}

/** Alert notes (`> [!NOTE]`) as plain sentences, except the one that holds the Global list. */
function readNotes(body: string, globalSection: GlobalList['section'] | undefined): string[] {
  const notes: string[] = [];
  for (const section of readSections(body)) {
    if (section.alert === null) continue;
    // The Global note is the list and its lead-in ("available ... in the following regions:"), which only
    // makes sense with the list; globalRegions carries it, and tierFacts say what Global means.
    if (globalSection && section.line === globalSection.line) continue;
    for (const item of section.items) {
      const text = plainText(item.text);
      if (text !== '' && !notes.includes(text)) notes.push(text);
    }
  }
  return notes;
}

function describeIssues(error: { issues: { path: PropertyKey[]; message: string }[] }): string {
  return error.issues
    .slice(0, 3)
    .map((i) => `${i.path.map(String).join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}

/** Reads the document into a validated Catalog, or throws ImportError saying why it cannot. */
export function importDocument(text: string, options: ImportOptions): CatalogV1 {
  const front = readFrontMatter(String(text));
  const tables = readPipeTables(front.body);
  refuseIncludeWrapper(
    front.body,
    tables.some((t) => t.header.some((h) => columnKind(h) === 'model')),
  );

  const { table, columns, unknown } = findModelTable(tables);
  if (unknown.length > 0) options.onWarning?.(`skipped columns the importer does not know: ${unknown.join(', ')}`);

  const footnotes = readFootnotes(front.body);
  const models: Model[] = [];
  for (const row of table.rows) {
    if (row.every((c) => c === '' || isNone(c))) continue;
    const model = readRow(row, columns, footnotes, options.regions);
    if (models.some((m) => m.id === model.id && m.version === model.version)) {
      throw new ImportError('duplicate-model', `the model table lists ${model.id} ${model.version ?? '(no version)'} twice`);
    }
    models.push(model);
  }
  if (models.length === 0) throw new ImportError('no-models', 'the model table has no model rows');

  const { list, own, source } = pickGlobalList(front.body, options);
  const globalRegions: GlobalRegions = list
    ? {
        stated: true,
        regions: resolveGlobalList(
          list,
          options.regions,
          models.map((m) => m.id),
        ),
        source,
      }
    : { stated: false, regions: [] };

  const tiers: TierId[] = ['standard'];
  if (columns.datazone !== undefined) tiers.push('datazone');
  if (columns.global !== undefined || list !== null) tiers.push('global');
  if (columns.developer !== undefined) tiers.push('developer');

  const draft = {
    schemaVersion: 1,
    source: { title: squash(front.title), date: front.date, dateRaw: front.dateRaw, url: options.url, file: options.file },
    tiers,
    models,
    globalRegions,
    notes: readNotes(front.body, own?.section),
    tierFacts: readTierFacts(options.tiersText, options.tiersFile),
  };
  const parsed = CatalogV1.safeParse(draft);
  if (!parsed.success) throw new ImportError('invalid-catalog', `the imported catalog is not valid: ${describeIssues(parsed.error)}`);
  return parsed.data;
}
