// Cell parsers: one per kind of column, each reading a cell the way the documents write it. They receive a
// cell whose `<sup>` marks were already taken out (see markdown-text.ts) and throw ImportError naming the
// cell when they cannot read it, because a misread fact is worse than a refused import.
import type { Limits } from '../core';
import { ImportError } from './errors';
import { plainText, splitBr, squash } from './markdown-text';

/** Where a cell sits, for error messages: `the "Global" cell of gpt-4o (2024-08-06)`. */
export type CellPlace = string;

const NONE = /^(?:-+|—|–|❌|✖️?|n\/?a|none|not supported|not available|unknown)$/i;

/** The cell says "nothing here": `-`, ❌, "Not supported", "Unknown", empty. */
export function isNone(text: string): boolean {
  const t = plainText(text);
  return t === '' || NONE.test(t);
}

export interface ModelCell {
  id: string;
  version: string | null;
  preview: boolean;
}

/**
 * `` `gpt-4o` <br> (2024-08-06) ``, `` `gpt-35-turbo` (0613) ``, `` `Ministral-3B` (preview) <br> (2411) ``,
 * `` `Qwen-32B` ``: the id is the code span (or the text before the first parenthesis), then each
 * parenthesised part is either "preview" or the version.
 */
export function parseModelCell(cell: string): ModelCell {
  const text = cell.replace(/<br\s*\/?>/gi, ' ');
  const code = /`+\s*([^`]+?)\s*`+/.exec(text);
  let id: string;
  let rest: string;
  if (code) {
    id = code[1] as string;
    rest = text.slice(0, code.index) + ' ' + text.slice(code.index + code[0].length);
  } else {
    const paren = text.indexOf('(');
    id = plainText(paren < 0 ? text : text.slice(0, paren));
    rest = paren < 0 ? '' : text.slice(paren);
  }
  if (!/^[A-Za-z0-9][\w.:/-]*$/.test(id)) {
    throw new ImportError('bad-cell', `cannot read a model id in the model cell "${squash(cell)}"`);
  }
  let version: string | null = null;
  let preview = false;
  for (const m of rest.matchAll(/\(([^)]*)\)/g)) {
    const inner = plainText(m[1] as string);
    if (/^(public |private )?preview$/i.test(inner)) preview = true;
    else if (version === null && /^[\w.-]+$/.test(inner)) version = inner;
    else throw new ImportError('bad-cell', `cannot read "(${inner})" in the model cell of ${id}`);
  }
  return { id, version, preview };
}

/** A regions cell: names as written, or none with the cell's own words ("Not supported"). */
export type RegionsCell = { names: string[]; note: null } | { names: []; note: string };

export function parseRegionsCell(cell: string): RegionsCell {
  if (isNone(cell)) return { names: [], note: plainText(cell) || '-' };
  const names = splitBr(cell)
    .flatMap((part) => part.split(','))
    .map(plainText)
    .filter((n) => n !== '');
  return { names, note: null };
}

/** ✅ is true; ❌, `-` and an empty cell are false (the table's two ways of saying no). */
export function parseFlag(cell: string, place: CellPlace): boolean {
  const t = plainText(cell).replace(/\uFE0F/g, '');
  if (/^(?:✅|✔|☑|yes|y|true)$/i.test(t)) return true;
  if (t === '' || /^(?:❌|✖|-+|—|–|no|n|false|not supported|not available)$/i.test(t)) return false;
  throw new ImportError('bad-cell', `cannot read "${t}" as yes/no in ${place}`);
}

/** "128,000" or "8192"; "Unknown" is null. Anything else stops the import. */
function parseTokens(value: string, place: CellPlace): number | null {
  const v = plainText(value);
  if (isNone(v)) return null;
  if (!/^\d{1,3}(,\d{3})+$|^\d+$/.test(v)) {
    throw new ImportError('bad-cell', `cannot read "${v}" as a number of tokens in ${place}`);
  }
  const n = Number(v.replace(/,/g, ''));
  if (!Number.isSafeInteger(n) || n <= 0) {
    throw new ImportError('bad-cell', `"${v}" is not a positive number of tokens in ${place}`);
  }
  return n;
}

const LIMIT_LABELS: Record<string, 'input' | 'output' | 'trainingContext'> = {
  input: 'input',
  output: 'output',
  'training example context length': 'trainingContext',
  'training context length': 'trainingContext',
  'training example length': 'trainingContext',
};

/**
 * "Input: 128,000 <br> Output: 16,384 <br> Training example context length: 65,536", or a bare "16,384"
 * (older layouts: the max request, stored as input).
 */
export function parseLimits(cell: string, place: CellPlace): Limits {
  const parts = splitBr(cell).map(squash);
  const limits: Limits = { input: null, output: null, trainingContext: null, raw: parts.join('; ') };
  if (parts.length === 0 || (parts.length === 1 && isNone(parts[0] as string))) return limits;
  for (const part of parts) {
    const labelled = /^([^:]+):\s*(.*)$/.exec(part);
    if (!labelled) {
      if (parts.length > 1) throw new ImportError('bad-cell', `cannot read "${part}" without a label in ${place}`);
      limits.input = parseTokens(part, place);
      continue;
    }
    const key = LIMIT_LABELS[plainText(labelled[1] as string).toLowerCase()];
    if (!key) throw new ImportError('bad-cell', `unknown limit "${labelled[1]}" in ${place}`);
    limits[key] = parseTokens(labelled[2] as string, place);
  }
  return limits;
}

/** "Oct 2023"; "Unknown" or `-` is null. */
export function parseTrainingData(cell: string): string | null {
  return isNone(cell) ? null : plainText(cell);
}

/** "Text and vision to text" / "Text & Vision to Text": vision when the input side names vision or images. */
export function parseModality(cell: string): { modality: string | null; vision: boolean | null } {
  if (isNone(cell)) return { modality: null, vision: null };
  const modality = plainText(cell);
  const input = modality.split(/\bto\b/i)[0] ?? modality;
  return { modality, vision: /\b(vision|images?)\b/i.test(input) };
}

/** "SFT, DPO" -> ["SFT", "DPO"]; `-` -> []. */
export function parseMethods(cell: string): string[] {
  if (isNone(cell)) return [];
  return splitBr(cell)
    .flatMap((p) => p.split(','))
    .map(plainText)
    .filter((m) => m !== '' && !isNone(m));
}

/** "GA", "Preview"; empty or `-` is null. */
export function parseStatus(cell: string): string | null {
  const t = plainText(cell);
  return t === '' || /^-+$/.test(t) ? null : t;
}

/** "US" (several zones joined with ", "); `-`, ❌ or "Not supported" is null. */
export function parseDataZone(cell: string): string | null {
  if (isNone(cell)) return null;
  return splitBr(cell)
    .map(plainText)
    .filter((z) => z !== '')
    .join(', ');
}
