// Names as the 2026 documents write them in prose and cells, turned into ids: "Provisioned Throughput" is the
// deployment type `provisioned-throughput`, "`gpt-4.1-nano`" in a footnote is the model gpt-4.1-nano. The ids
// are made from the documents' own words, so no list of names is typed into the importer.
import { plainText } from './markdown-text';

/** "Data Zone Standard" -> "data-zone-standard"; "Managed compute (preview)" -> "managed-compute". */
export function slug(name: string): string {
  return plainText(name)
    .toLowerCase()
    .replace(/\((?:public |private )?preview\)/g, ' ')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

/** "Global Standard, Data Zone Standard, and Developer" -> the three names. */
export function splitList(text: string): string[] {
  return text
    .split(/\s*,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+/)
    .map((s) => plainText(s))
    .filter((s) => s !== '');
}

/** The code spans of a text, in order: the way the documents name models in footnotes. */
export function codeSpans(text: string): string[] {
  return [...text.matchAll(/(`+)\s*([^`]+?)\s*\1/g)].map((m) => m[2] as string);
}

/** "(preview)" anywhere in a name. */
export function namesPreview(name: string): boolean {
  return /\((?:public |private )?preview\)/i.test(name);
}
