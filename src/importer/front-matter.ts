// The YAML front matter of a Learn document: the title and `ms.date` that every answer cites.
import { parse as parseYaml } from 'yaml';
import { ImportError } from './errors';
import { toLines } from './markdown-table';

export interface FrontMatter {
  title: string;
  /** ms.date as an ISO date. */
  date: string;
  /** ms.date as written ("02/06/2025"). */
  dateRaw: string;
  /** The document after the front matter. */
  body: string;
}

/**
 * Learn writes `ms.date` as month/day/year ("02/06/2025" is 6 February 2025). Returns the ISO date, or throws
 * for anything else, including dates that do not exist (02/30/2025): a wrong "as of" date is worse than none.
 */
export function parseMsDate(raw: string): string {
  const m = /^\s*(\d{1,2})\/(\d{1,2})\/(\d{4})\s*$/.exec(raw);
  if (!m) throw new ImportError('bad-front-matter', `ms.date "${raw}" is not month/day/year (e.g. 02/06/2025)`);
  const month = Number(m[1]);
  const day = Number(m[2]);
  const year = Number(m[3]);
  // Day 0 of the next month is the last day of this one.
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth) {
    throw new ImportError('bad-front-matter', `ms.date "${raw}" is not a real date (month/day/year)`);
  }
  return `${m[3]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Reads the front matter between the leading `---` lines; throws ImportError when it is missing or bad. */
export function readFrontMatter(text: string): FrontMatter {
  const lines = toLines(text.replace(/^\uFEFF/, ''));
  if ((lines[0] ?? '').trim() !== '---') {
    throw new ImportError('bad-front-matter', 'the document has no YAML front matter (it must start with a "---" line)');
  }
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) throw new ImportError('bad-front-matter', 'the front matter has no closing "---" line');

  let data: unknown;
  try {
    data = parseYaml(lines.slice(1, end).join('\n'));
  } catch (e) {
    const why = e instanceof Error ? (e.message.split('\n')[0] ?? e.message) : String(e);
    throw new ImportError('bad-front-matter', `the front matter is not valid YAML: ${why}`);
  }
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    throw new ImportError('bad-front-matter', 'the front matter is not a YAML mapping');
  }
  const fields = data as Record<string, unknown>;
  const title = fields['title'];
  if (typeof title !== 'string' || title.trim() === '') {
    throw new ImportError('bad-front-matter', 'the front matter has no title');
  }
  const dateRaw = fields['ms.date'];
  if (typeof dateRaw !== 'string') {
    throw new ImportError('bad-front-matter', 'the front matter has no ms.date written as month/day/year');
  }
  return { title: title.trim(), date: parseMsDate(dateRaw), dateRaw: dateRaw.trim(), body: lines.slice(end + 1).join('\n') };
}

/** The text after a leading front matter block, if there is one; never throws (for secondary documents). */
export function stripFrontMatter(text: string): string {
  const lines = toLines(text.replace(/^\uFEFF/, ''));
  if ((lines[0] ?? '').trim() !== '---') return lines.join('\n');
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  return end < 0 ? lines.join('\n') : lines.slice(end + 1).join('\n');
}

/**
 * The front matter's fields as YAML values (`ms.topic`, `description`, ...), for recognising what a document is;
 * an empty object when it has none or cannot be read (readFrontMatter is the one that refuses).
 */
export function frontMatterFields(text: string): Record<string, unknown> {
  const lines = toLines(text.replace(/^\uFEFF/, ''));
  if ((lines[0] ?? '').trim() !== '---') return {};
  const end = lines.findIndex((l, i) => i > 0 && /^(---|\.\.\.)\s*$/.test(l));
  if (end < 0) return {};
  try {
    const data: unknown = parseYaml(lines.slice(1, end).join('\n'));
    return data !== null && typeof data === 'object' && !Array.isArray(data) ? (data as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
