// Which column holds what, found by header name, never by position: the table grew from 4 to 8 columns over
// its history and its columns moved. Matching ignores case and the qualifiers the headers gained and lost
// over time: "(Preview)", "(tokens)", "(up to)".
import { ImportError } from './errors';
import type { PipeTable } from './markdown-table';
import { plainText } from './markdown-text';

export type ColumnKind = 'model' | 'standard' | 'global' | 'developer' | 'datazone' | 'limits' | 'trainingData' | 'modality' | 'methods' | 'status';

export type ColumnMap = Partial<Record<ColumnKind, number>>;

const HEADERS: Record<string, ColumnKind> = {
  'model id': 'model',
  model: 'model',
  models: 'model',
  // The oldest layouts, before Global training existed, had one region column: those are Standard regions.
  'fine-tuning regions': 'standard',
  'fine tuning regions': 'standard',
  regions: 'standard',
  'standard regions': 'standard',
  'standard training regions': 'standard',
  global: 'global',
  'global training': 'global',
  developer: 'developer',
  'developer training': 'developer',
  'data zone': 'datazone',
  'data zone training': 'datazone',
  'max request': 'limits',
  'training data': 'trainingData',
  modality: 'modality',
  methods: 'methods',
  'fine-tuning methods': 'methods',
  status: 'status',
};

/** "Global Training (Preview)" -> "global training"; "Max request (tokens)" -> "max request". */
export function normalizeHeader(header: string): string {
  return plainText(header)
    .toLowerCase()
    .replace(/\((?:preview|tokens|up to)\)/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

export function columnKind(header: string): ColumnKind | null {
  return HEADERS[normalizeHeader(header)] ?? null;
}

/** Maps a header row; columns it does not know are returned so the caller can report them. */
export function mapColumns(header: readonly string[]): { columns: ColumnMap; unknown: string[] } {
  const columns: ColumnMap = {};
  const unknown: string[] = [];
  header.forEach((h, i) => {
    const kind = columnKind(h);
    if (kind === null) {
      if (h.trim() !== '') unknown.push(plainText(h));
    } else if (columns[kind] !== undefined) {
      throw new ImportError('duplicate-column', `the model table has two columns for the same thing: "${header[columns[kind] as number]}" and "${h}"`);
    } else {
      columns[kind] = i;
    }
  });
  return { columns, unknown };
}

/**
 * The columns of a 2026-layout table by kind, read with `kindOf` (one header cell to its kind). A column it
 * does not know, or one given twice, is refused with `table`'s name: these layouts are read strictly (a
 * changed table must be looked at, not half read).
 */
export function strictColumns<K>(table: PipeTable, kindOf: (header: string) => K | undefined, name: string): Map<K, number> {
  const columns = new Map<K, number>();
  table.header.forEach((h, i) => {
    const kind = kindOf(h);
    if (kind === undefined) {
      if (h.trim() === '') return;
      throw new ImportError('unknown-column', `the ${name} table has a column the importer does not know: "${plainText(h)}"`);
    }
    if (columns.has(kind)) throw new ImportError('duplicate-column', `the ${name} table has two "${plainText(h)}" columns`);
    columns.set(kind, i);
  });
  return columns;
}
