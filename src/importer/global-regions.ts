// The Global training region list. The seed keeps it in a `> [!NOTE]` after the table ("It's currently
// available to Foundry resources in the following regions:" then `>- Region` bullets); newer layouts moved it
// to a separate document, which the CLI passes as --global-regions. Both are read the same way: the bullets
// that follow a paragraph mentioning "Global". Exceptions are written after the name, "Japan East _(no vision
// support)_", or as footnote marks; each becomes data, and one the importer cannot understand stops it.
import type { GlobalException, GlobalRegion } from '../core';
import type { RegionDirectory } from '../core';
import { ImportError } from './errors';
import { readFootnotes } from './footnotes';
import { readSections, type Section } from './markdown-blocks';
import { plainText, takeSupMarks } from './markdown-text';
import { resolveRegion } from './region-names';

export interface GlobalListEntry {
  /** The region as written, without its exceptions ("Japan East"). */
  readonly name: string;
  /** Exception texts as written, plain ("no vision support"). */
  readonly exceptions: string[];
}

export interface GlobalList {
  readonly entries: GlobalListEntry[];
  /** The section that holds the list, so its note is not repeated among the answers' notes. */
  readonly section: Section;
}

const MENTIONS_GLOBAL = /\bglobal\b/i;

/** Splits "Japan East _(no vision support)_" into the name and its exception texts. */
function readEntry(bullet: string, footnotes: Map<string, string>): GlobalListEntry {
  const { text, marks } = takeSupMarks(bullet);
  const exceptions: string[] = [];
  let rest = text.trim();
  for (;;) {
    // A trailing "(...)", perhaps wrapped in emphasis: _(...)_ or *(...)*.
    const m = /^(.*?)\s*[_*]*\(([^()]*)\)[_*]*\s*$/.exec(rest);
    if (!m) break;
    exceptions.unshift(
      ...(m[2] as string)
        .split(/[;,]/)
        .map(plainText)
        .filter((e) => e !== ''),
    );
    rest = m[1] as string;
  }
  const name = plainText(rest);
  for (const mark of marks) {
    const note = footnotes.get(mark);
    if (note === undefined) {
      throw new ImportError('unknown-footnote', `the Global region "${name}" has footnote mark ${mark} but no footnote ${mark} below the list`);
    }
    exceptions.push(note);
  }
  return { name, exceptions };
}

/** Finds the Global training region list in a document body, or null when it has none. */
export function findGlobalList(body: string): GlobalList | null {
  const footnotes = readFootnotes(body);
  for (const section of readSections(body)) {
    let intro: string | null = null;
    const bullets: string[] = [];
    for (const item of section.items) {
      if (item.type === 'paragraph') {
        if (bullets.length > 0) break;
        intro = item.text;
      } else if (intro !== null && MENTIONS_GLOBAL.test(intro)) {
        bullets.push(item.text);
      }
    }
    if (bullets.length > 0) return { entries: bullets.map((b) => readEntry(b, footnotes)), section };
  }
  return null;
}

/**
 * Turns an exception's words into data: "no vision support" is {kind: 'no-vision'}; "no 4.1-nano support" is
 * {kind: 'no-model'} for the one catalog id equal to or ending in "-4.1-nano". Anything else throws.
 */
export function classifyException(text: string, modelIds: readonly string[], region: string): GlobalException {
  const t = plainText(text)
    .toLowerCase()
    .replace(/[.;:!]+$/, '')
    .trim();
  const negated = /\b(no|not|unsupported|unavailable)\b/.test(t);
  if (negated && /\b(vision|images?)\b/.test(t)) return { kind: 'no-vision', text };

  const m = /^no (.+?) (?:support|supported|available)$/.exec(t) ?? /^(.+?) (?:is )?not (?:supported|available)$/.exec(t);
  if (m) {
    const token = (m[1] as string).trim();
    const ids = [...new Set(modelIds)].filter((id) => {
      const lc = id.toLowerCase();
      return lc === token || lc.endsWith(`-${token}`);
    });
    if (ids.length === 1) return { kind: 'no-model', model: ids[0] as string, text };
    const why = ids.length === 0 ? 'no model in the table' : `${ids.length} models in the table (${ids.join(', ')})`;
    throw new ImportError('bad-exception', `cannot understand the Global exception "${text}" on ${region}: ${why} match "${token}"`);
  }
  throw new ImportError('bad-exception', `cannot understand the Global exception "${text}" on ${region}`);
}

/** The list as catalog data: programmatic region names, exceptions classified, duplicates merged. */
export function resolveGlobalList(list: GlobalList, regions: RegionDirectory, modelIds: readonly string[]): GlobalRegion[] {
  const out: GlobalRegion[] = [];
  for (const entry of list.entries) {
    const region = resolveRegion(entry.name, regions, 'the Global training region list');
    const exceptions = entry.exceptions.map((e) => classifyException(e, modelIds, entry.name));
    const seen = out.find((r) => r.region === region);
    if (seen) seen.exceptions.push(...exceptions);
    else out.push({ region, name: entry.name, exceptions });
  }
  return out;
}
