// The Global training regions table of 10/2026 (articles/foundry/openai/includes/fine-tune-global-training-regions.md):
//
// | Foundry project region | Managed fine-tuning | Interactive training (preview) |
// | Japan East | ✅<sup>1,2</sup> | ❌ |
// - <sup>1</sup> Managed fine-tuning for `Qwen3.6-35B-A3B`, ... isn't supported in this region.
// - <sup>2</sup> Vision fine-tuning isn't supported in Japan East.
// - <sup>3</sup> Managed fine-tuning for `gpt-4.1-nano` isn't supported in Poland Central.
// - <sup>4</sup> UAE North supports Global managed fine-tuning only for `Qwen3.6-35B-A3B`, ...
//
// Each footnote becomes data on the rows that carry its mark: models excluded, models allowed alone, no vision.
// Model names stay as written here; import-documents.ts resolves them against the model table and refuses a
// name no model table lists. A footnote the importer cannot read, or one that names another region than the
// row it marks, stops the import.
import { strictColumns } from './table-columns';
import type { RegionDirectory } from '../core';
import { ImportError } from './errors';
import { readFootnoteMarkdown, readFootnotes } from './footnotes';
import type { PipeTable } from './markdown-table';
import { plainText, takeSupMarks } from './markdown-text';
import { codeSpans, splitList } from './names';
import { parseFlag } from './cells';
import { resolveRegion } from './region-names';

type Column = 'region' | 'managed' | 'interactive';

function header(h: string): Column | undefined {
  const t = plainText(h)
    .toLowerCase()
    .replace(/\((?:public |private )?preview\)/g, '')
    .trim();
  if (/^(?:foundry )?(?:project |resource )?regions?$/.test(t)) return 'region';
  if (/^(?:global )?managed fine-?tuning$/.test(t)) return 'managed';
  if (/^interactive training$/.test(t)) return 'interactive';
  return undefined;
}

/** A region column and a Managed fine-tuning or Interactive training column. */
export function isGlobalTrainingRegionsTable(table: PipeTable): boolean {
  const kinds = new Set(table.header.map(header));
  return kinds.has('region') && (kinds.has('managed') || kinds.has('interactive'));
}

/** A row as the document states it, model names as written. */
export interface GlobalRegionRow {
  readonly region: string;
  readonly name: string;
  readonly managed: boolean | null;
  readonly interactive: boolean | null;
  readonly managedExcluded: string[];
  readonly managedOnly: string[] | null;
  readonly interactiveExcluded: string[];
  readonly interactiveOnly: string[] | null;
  readonly noVision: boolean;
  readonly footnotes: string[];
}

type Effect =
  { kind: 'exclude' | 'only'; scope: 'managed' | 'interactive'; models: string[]; region: string | null } | { kind: 'no-vision'; region: string | null };

const NEGATION = "(?:isn't|is not|aren't|are not) (?:supported|available)";
const EXCLUDE = new RegExp(`^(?:global )?(managed fine-?tuning|interactive training)(?: \\(preview\\))? (?:for|of) (.+?) ${NEGATION}(?: in (.+?))?\\.?$`, 'i');
const ONLY = /^(.+?) supports? (?:global )?(managed fine-?tuning|interactive training)(?: \(preview\))? only for (.+?)\.?$/i;
const NO_VISION = new RegExp(`^vision (?:fine-?tuning|training) ${NEGATION}(?: in (.+?))?\\.?$`, 'i');

/** Model names in a footnote: its code spans, or the plain list when it has none. */
function modelNames(markdown: string): string[] {
  const spans = codeSpans(markdown);
  return spans.length > 0 ? spans : splitList(markdown);
}

/** "this region" or nothing: the row's own region; else the region the footnote names. */
const namedRegion = (words: string | undefined): string | null => (words === undefined || /^this region$/i.test(plainText(words)) ? null : plainText(words));

export function readRegionFootnote(markdown: string): Effect | null {
  const t = plainText(markdown);
  const ex = EXCLUDE.exec(t);
  if (ex) {
    // Names come from the Markdown (code spans), positions from the plain text: find the list in the Markdown.
    const list = new RegExp(`(?:for|of) (.+?) ${NEGATION}`, 'i').exec(markdown);
    return {
      kind: 'exclude',
      scope: /interactive/i.test(ex[1] as string) ? 'interactive' : 'managed',
      models: modelNames(list?.[1] ?? (ex[2] as string)),
      region: namedRegion(ex[3]),
    };
  }
  const only = ONLY.exec(t);
  if (only) {
    const list = /only for (.+?)\.?\s*$/i.exec(markdown);
    return {
      kind: 'only',
      scope: /interactive/i.test(only[2] as string) ? 'interactive' : 'managed',
      models: modelNames(list?.[1] ?? (only[3] as string)),
      region: namedRegion(only[1]),
    };
  }
  const vision = NO_VISION.exec(t);
  if (vision) return { kind: 'no-vision', region: namedRegion(vision[1]) };
  return null;
}

export function readGlobalTrainingRegions(body: string, table: PipeTable, regions: RegionDirectory): GlobalRegionRow[] {
  const columns = strictColumns(table, header, 'Global training regions');
  const footnotes = readFootnotes(body);
  const markdown = readFootnoteMarkdown(body);
  const out: GlobalRegionRow[] = [];
  for (const row of table.rows) {
    if (row.every((c) => c.trim() === '')) continue;
    const nameCell = takeSupMarks(row[columns.get('region') as number] ?? '');
    const name = plainText(nameCell.text);
    const region = resolveRegion(name, regions, 'the Global training regions table');
    if (out.some((r) => r.region === region)) throw new ImportError('duplicate-model', `the Global training regions table lists ${name} twice`);
    const read: {
      managed: boolean | null;
      interactive: boolean | null;
      managedExcluded: string[];
      managedOnly: string[] | null;
      interactiveExcluded: string[];
      interactiveOnly: string[] | null;
      noVision: boolean;
      footnotes: string[];
    } = {
      managed: null,
      interactive: null,
      managedExcluded: [],
      managedOnly: null,
      interactiveExcluded: [],
      interactiveOnly: null,
      noVision: false,
      footnotes: [],
    };

    const apply = (mark: string, column: 'managed' | 'interactive' | 'region'): void => {
      const text = footnotes.get(mark);
      if (text === undefined) throw new ImportError('unknown-footnote', `${name} has footnote mark ${mark} but there is no footnote ${mark} below the table`);
      const effect = readRegionFootnote(markdown.get(mark) ?? text);
      if (effect === null) throw new ImportError('bad-footnote', `cannot understand footnote ${mark} ("${text}") on ${name}`);
      if (effect.region !== null && regions.byDisplayName(effect.region)?.name !== region) {
        throw new ImportError('bad-footnote', `footnote ${mark} ("${text}") names ${effect.region} but marks ${name}`);
      }
      if (!read.footnotes.includes(text)) read.footnotes.push(text);
      if (effect.kind === 'no-vision') {
        read.noVision = true;
        return;
      }
      if (column !== 'region' && column !== effect.scope) {
        throw new ImportError('bad-footnote', `footnote ${mark} ("${text}") is about ${effect.scope} training but marks the ${column} cell of ${name}`);
      }
      if (effect.kind === 'exclude') {
        const list = effect.scope === 'managed' ? read.managedExcluded : read.interactiveExcluded;
        for (const m of effect.models) if (!list.includes(m)) list.push(m);
      } else if (effect.scope === 'managed') {
        read.managedOnly = read.managedOnly === null ? [...effect.models] : read.managedOnly.filter((m) => effect.models.includes(m));
      } else {
        read.interactiveOnly = read.interactiveOnly === null ? [...effect.models] : read.interactiveOnly.filter((m) => effect.models.includes(m));
      }
    };

    for (const mark of nameCell.marks) apply(mark, 'region');
    for (const column of ['managed', 'interactive'] as const) {
      const i = columns.get(column);
      if (i === undefined) continue;
      const cell = takeSupMarks(row[i] ?? '');
      read[column] = parseFlag(cell.text, `the "${plainText(table.header[i] ?? column)}" cell of ${name}`);
      for (const mark of cell.marks) apply(mark, column);
    }
    out.push({ region, name, ...read });
  }
  if (out.length === 0) throw new ImportError('no-models', 'the Global training regions table has no rows');
  return out;
}
