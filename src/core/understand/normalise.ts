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
const JOIN_GAP_RE = /^[ \t\-_]{1,3}$/;

/** Bounds and trims what someone typed; never throws on odd input. */
export function boundText(text: unknown): string {
  if (typeof text !== 'string') return '';
  return text.slice(0, MAX_TEXT_LENGTH).trim();
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
