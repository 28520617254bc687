// The cells of the 2026 supported-models table: lines separated by `<br>`, each "Key: value" ("Standard: ✅",
// "Managed: ✅ (SFT, DPO)", "Serverless: ✅<sup>2</sup>"), or bare words ("Global"). Each line keeps its own
// footnote marks, because a legend mark belongs to the line it follows (Serverless, not Fireworks).
import { ImportError } from './errors';
import { plainText, splitBr, squash, takeSupMarks } from './markdown-text';

export interface CellLine {
  /** The text before the colon, plain ("Data zone"); null for a bare word. */
  readonly key: string | null;
  /** The text after the colon (or the bare word), plain, without its marks. */
  readonly value: string;
  /** Footnote marks on this line, in order. */
  readonly marks: string[];
}

/** Splits a cell into its lines; empty lines are dropped. */
export function readCellLines(cell: string): CellLine[] {
  return splitBr(cell).map((line) => {
    const { text, marks } = takeSupMarks(line);
    const m = /^([^:]+?)\s*:\s*(.*)$/.exec(text);
    if (!m) return { key: null, value: plainText(text), marks };
    return { key: plainText(m[1] as string), value: plainText(m[2] as string), marks };
  });
}

/** "✅ (SFT, DPO)" -> {flag: true, detail: "SFT, DPO"}; "❌" -> {flag: false, detail: null}. */
export function readFlagWithDetail(value: string, place: string): { flag: boolean; detail: string | null } {
  const m = /^(\S+?)\s*(?:\(([^)]*)\))?$/.exec(squash(value).replace(/\uFE0F/g, ''));
  const flag = m?.[1];
  if (flag === '✅' || flag === '✔') return { flag: true, detail: m?.[2] === undefined ? null : plainText(m[2]) };
  if (flag === '❌' || flag === '✖') {
    if (m?.[2] !== undefined) throw new ImportError('bad-cell', `cannot read "${value}" in ${place}: ❌ with details`);
    return { flag: false, detail: null };
  }
  throw new ImportError('bad-cell', `cannot read "${value}" as ✅ or ❌ in ${place}`);
}
