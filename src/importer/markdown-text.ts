// Inline Markdown as the Learn documents write it inside table cells and notes: `<br>` line breaks, `<sup>`
// footnote marks, code spans, emphasis and links. The catalog stores plain text, because answers are
// rendered as Adaptive Cards and plain text, where Markdown would show as stray symbols.

/** Splits a cell at `<br>` (any spelling: `<br/>`, `<BR >`), trimming and dropping empty parts. */
export function splitBr(cell: string): string[] {
  return cell
    .split(/<br\s*\/?>/i)
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

/** Collapses runs of whitespace (the documents pad cells with double spaces). */
export function squash(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** A footnote mark as the key that links a cell to its footnote: `**1**` and `1` are the same mark. */
export function normalizeMark(inner: string): string {
  let m = inner.replace(/<[^>]*>/g, '').trim();
  for (;;) {
    const e = /^(\*\*|__)(.+)\1$/.exec(m);
    if (!e) break;
    m = (e[2] as string).trim();
  }
  return m;
}

/** Removes `<sup>` marks from a cell, returning the text without them and the marks in order; `<sup>1,2</sup>` is two. */
export function takeSupMarks(cell: string): { text: string; marks: string[] } {
  const marks: string[] = [];
  const text = cell.replace(/<sup>([\s\S]*?)<\/sup>/gi, (_all, inner: string) => {
    for (const part of normalizeMark(inner).split(/\s*,\s*/)) {
      const mark = normalizeMark(part);
      if (mark !== '') marks.push(mark);
    }
    return ' ';
  });
  return { text: text.replace(/[ \t]+/g, ' ').trim(), marks };
}

/** Strips emphasis from text that holds no code span. */
function stripEmphasis(text: string): string {
  return text
    .replace(/!\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/\[([^\]]*)\]\([^)]*\)/g, '$1')
    .replace(/<br\s*\/?>/gi, ' ')
    .replace(/<[^>]+>/g, '')
    .replace(/\*\*(.+?)\*\*/g, '$1')
    .replace(/__(.+?)__/g, '$1')
    .replace(/(^|[^\w*])\*(?=\S)(.+?)(?<=\S)\*(?!\w)/g, '$1$2')
    .replace(/(^|[^\w])_(?=\S)(.+?)(?<=\S)_(?!\w)/g, '$1$2');
}

/** Markdown to plain text: links keep their text, code spans their content, emphasis and HTML go. */
export function plainText(markdown: string): string {
  const parts = markdown.split(/(`+)([\s\S]*?)\1/);
  // split with two capture groups yields [text, ticks, code, text, ticks, code, ..., text]
  let out = '';
  for (let i = 0; i < parts.length; i += 3) {
    out += stripEmphasis(parts[i] ?? '');
    if (i + 2 < parts.length) out += (parts[i + 2] ?? '').trim();
  }
  return squash(out);
}
