// A small GFM pipe-table reader, written here on purpose.
//
// Why not a Markdown library: GFM says a table's delimiter row must have exactly as many cells as its header
// row, and a parser that follows the spec (markdown-it, remark-gfm, marked) then does not see a table at all;
// it renders the lines as a paragraph. Microsoft's own seed document has 7 header cells over a 6-cell
// delimiter row, and Learn renders it as a table anyway. So this reader accepts any delimiter row, keys
// columns by the header, pads short rows and keeps going. It never throws: bad input yields no tables.

export interface PipeTable {
  /** Header cells, trimmed, exactly as written. */
  readonly header: string[];
  /** Cells in the delimiter row; may differ from `header.length` (the seed has 7 over 6). */
  readonly delimiterCells: number;
  /** Body rows, each padded or cut to `header.length` cells. */
  readonly rows: string[][];
  /** 0-based line index of the header row, and of the first line after the table. */
  readonly line: number;
  readonly endLine: number;
}

/** Splits a text into lines, whatever the line endings. */
export function toLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

/** True when the line has a `|` that is not escaped as `\|`. */
function hasPipe(line: string): boolean {
  for (let i = 0; i < line.length; i++) {
    if (line[i] === '\\') i++;
    else if (line[i] === '|') return true;
  }
  return false;
}

/**
 * Splits one table row into trimmed cells. Outer pipes are optional, `\|` is a literal pipe. As in GFM, a
 * pipe inside a code span still splits the cell (the documents escape such pipes).
 */
export function splitPipeRow(line: string): string[] {
  let s = line.trim();
  if (s.startsWith('|')) s = s.slice(1);
  if (s.endsWith('|') && !s.endsWith('\\|')) s = s.slice(0, -1);
  const cells: string[] = [];
  let cell = '';
  for (let i = 0; i < s.length; i++) {
    const c = s[i] as string;
    if (c === '\\' && s[i + 1] === '|') {
      cell += '|';
      i++;
    } else if (c === '|') {
      cells.push(cell.trim());
      cell = '';
    } else {
      cell += c;
    }
  }
  cells.push(cell.trim());
  return cells;
}

/** A delimiter row: cells like `---`, `:---`, `:---:`, with at least one pipe. */
export function isDelimiterRow(line: string): boolean {
  if (!hasPipe(line) || !/^[\s|:-]+$/.test(line) || !line.includes('-')) return false;
  const cells = splitPipeRow(line).filter((c, i, all) => c !== '' || (i > 0 && i < all.length - 1));
  return cells.length > 0 && cells.every((c) => /^:?-+:?$/.test(c));
}

/** Four or more leading spaces make an indented code block, never a table. */
function isIndentedCode(line: string): boolean {
  return /^( {4}|\t)/.test(line);
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function fit(cells: string[], width: number): string[] {
  const out = cells.slice(0, width);
  while (out.length < width) out.push('');
  return out;
}

/** Every pipe table in the text, in document order. Tables inside fenced code blocks are skipped. */
export function readPipeTables(text: string): PipeTable[] {
  const lines = toLines(String(text));
  const tables: PipeTable[] = [];
  let fence: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const f = FENCE.exec(line);
    if (fence !== null) {
      if (f && (f[1] as string)[0] === fence[0] && (f[1] as string).length >= fence.length) fence = null;
      continue;
    }
    if (f) {
      fence = f[1] as string;
      continue;
    }
    const next = lines[i + 1];
    if (next === undefined || isIndentedCode(line) || !hasPipe(line) || !isDelimiterRow(next)) continue;
    const header = splitPipeRow(line);
    const delimiterCells = splitPipeRow(next).length;
    const rows: string[][] = [];
    let j = i + 2;
    for (; j < lines.length; j++) {
      const row = lines[j] as string;
      if (row.trim() === '' || !hasPipe(row) || isIndentedCode(row) || FENCE.test(row)) break;
      rows.push(fit(splitPipeRow(row), header.length));
    }
    tables.push({ header, delimiterCells, rows, line: i, endLine: j });
    i = j - 1;
  }
  return tables;
}
