// Footnotes below the table: "**<sup>1</sup>** GPT-4 is currently in public preview." or "<sup>*</sup> GPT-5
// support ...", or since 2026 a legend of bullets, "- <sup>1</sup> Only Provisioned Throughput deployment type is
// supported.". Cells point at them with `<sup>` marks; the importer attaches the text to the row, and a
// footnote that says "preview" makes the row's model a preview.
import { normalizeMark, plainText } from './markdown-text';
import { toLines } from './markdown-table';

const FOOTNOTE = /^\s{0,3}(?:[-*+]\s+)?(?:\*\*|__)?<sup>([\s\S]*?)<\/sup>(?:\*\*|__)?\s*(\S.*)$/i;

/** Footnote texts by mark ("1", "*"), from lines that start with a `<sup>` mark. The first definition wins. */
export function readFootnotes(body: string): Map<string, string> {
  return new Map([...readFootnoteMarkdown(body)].map(([mark, text]) => [mark, plainText(text)]));
}

/** The same footnotes as Markdown, for readers that need their code spans (the model names of a region footnote). */
export function readFootnoteMarkdown(body: string): Map<string, string> {
  const notes = new Map<string, string>();
  for (const line of toLines(body)) {
    const m = FOOTNOTE.exec(line);
    if (!m) continue;
    const mark = normalizeMark(m[1] as string);
    const text = (m[2] as string).trim();
    if (mark !== '' && plainText(text) !== '' && !notes.has(mark)) notes.set(mark, text);
  }
  return notes;
}

/** A footnote saying the model is in preview ("currently in public preview"). */
export function saysPreview(text: string): boolean {
  return /\bpreview\b/i.test(text);
}
