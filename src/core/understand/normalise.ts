// Text in, tokens out: the one place that decides what a "word" is and how names are folded into keys.

/** Only this much of a message is read; Question.text is the bounded, trimmed text. */
export const MAX_TEXT_LENGTH = 1000;

export interface Token {
  /** Lower-cased word: ASCII letters and digits, with dots kept only between digits ("4.1"). */
  readonly t: string;
  /** The word as typed (case kept), for cues that care ("US"). */
  readonly raw: string;
  readonly start: number;
  readonly end: number;
  /** True when only spaces, tabs, hyphens or underscores separate it from the previous token. */
  readonly joinsPrev: boolean;
  /** The characters between the previous token and this one. */
  readonly gap: string;
}

const TOKEN_RE = /[A-Za-z0-9]+(?:\.[0-9]+)*/g;
// Nothing at all between two tokens joins them too: "gpt4.1nano" is read as "gpt4.1" then "nano".
const JOIN_GAP_RE = /^[ \t\-_]{0,3}$/;

// Characters that look like what people mean but are not what names are spelt with: typographic dashes
// (en, em, minus, non-breaking hyphen), spaces that are not spaces (no-break, narrow, ideographic), and
// characters that are not there at all (zero-width space and joiners, soft hyphen, byte-order mark).
const DASHES_RE = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES_RE = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000]/g;
const INVISIBLE_RE = /[\u00AD\u200B-\u200D\u2060\uFEFF]/g;
const MARKS_RE = /\p{M}/gu;
/** Latin letters that Unicode does not decompose into a base letter and a mark. */
const UNDECOMPOSED: Readonly<Record<string, string>> = { ß: 'ss', ø: 'o', Ø: 'O', æ: 'ae', Æ: 'AE', œ: 'oe', Œ: 'OE', ł: 'l', Ł: 'L', đ: 'd', Đ: 'D', ı: 'i' };
const UNDECOMPOSED_RE = /[ßøØæÆœŒłŁđĐı]/g;

/**
 * What someone typed, read as typed: dashes as hyphens, odd spaces as spaces, invisible characters gone,
 * accents folded ("Japón" is "Japon", "Göteborg" is "Goteborg"), so the tokeniser's plain letters see them.
 */
export function foldText(text: string): string {
  // Only text outside plain ASCII needs the work (most questions).
  if (!/[\u0080-\uffff]/.test(text)) return text;
  return text
    .replace(INVISIBLE_RE, '')
    .replace(DASHES_RE, '-')
    .replace(SPACES_RE, ' ')
    .normalize('NFKD')
    .replace(MARKS_RE, '')
    .replace(UNDECOMPOSED_RE, (c) => UNDECOMPOSED[c] ?? c)
    .normalize('NFC');
}

/** Bounds, folds and trims what someone typed; never throws on odd input. */
export function boundText(text: unknown): string {
  if (typeof text !== 'string') return '';
  // "w/o" is how people type "without" in a hurry; read as two letters it would drop the negation.
  return foldText(text.slice(0, MAX_TEXT_LENGTH))
    .replace(/\bw\/o\b/gi, 'without')
    .slice(0, MAX_TEXT_LENGTH)
    .trim();
}

export function tokenise(text: string): Token[] {
  const out: Token[] = [];
  let prevEnd = 0;
  // matchAll works on a copy of the regex, so the shared constant keeps no state between calls.
  for (const m of text.matchAll(TOKEN_RE)) {
    const raw = m[0];
    const start = m.index ?? 0;
    const gap = text.slice(prevEnd, start);
    out.push({ t: raw.toLowerCase(), raw, start, end: start + raw.length, joinsPrev: out.length > 0 && JOIN_GAP_RE.test(gap), gap });
    prevEnd = start + raw.length;
  }
  return out;
}

/** The key a name is looked up by: its tokens run together ("East US2", "east-us-2" and "eastus2" are one key). */
export function nameKey(name: string): string {
  let key = '';
  for (const m of name.matchAll(TOKEN_RE)) key += m[0].toLowerCase();
  return key;
}

// Text pasted from elsewhere that names nothing the person asks about: URLs, e-mail addresses, host names
// ("myres.openai.azure.com") and Azure resource ids ("/subscriptions/.../accounts/aoai-eu"). Their parts
// are not read as names: "eu" in a host name is not Europe.
const INCIDENTAL_RE =
  /\b[a-z][a-z0-9+.-]*:\/\/\S+|(?:^|(?<=\s))\/subscriptions\/\S+|\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\b(?:[a-z0-9][a-z0-9-]*\.)+(?:com|net|org|io|ms|azure|cn|us|eu|de|uk|gov|cloud|ai|dev|app|local|internal|windows|microsoft)\b(?::\d+)?(?:\/\S*)?/gi;

/** The text with pasted URLs, addresses, host names and resource ids blanked out (same length, so positions hold). */
export function maskIncidental(text: string): string {
  if (!/[/@.]/.test(text)) return text;
  return text.replace(INCIDENTAL_RE, (m) => ' '.repeat(m.length));
}
