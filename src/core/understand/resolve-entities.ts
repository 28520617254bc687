// Picks models, regions and places out of a sentence: spans of tokens, longest first, looked up exactly
// by normalised key; fuzzy (fuse.js) only for spans nothing matched exactly.
import type { Entity } from './entities';
import type { Lexicon } from './lexicon';
import type { Token } from './normalise';
import { isCueWord } from './cues';
import { isBreakWord } from './words';
import { sameIdentity } from './fuzzy';
import { nameKey } from './normalise';

export interface EntityMatch {
  readonly entity: Entity;
  /** First token index. */
  readonly start: number;
  /** One past the last token index (version tokens included). */
  readonly end: number;
  /** The words that named it, as typed. */
  readonly said: string;
  /** A version written after a model ("gpt-4o 2024-05-13"). */
  readonly version: string | null;
  readonly fuzzy: boolean;
}

/** At most this many fuzzy look-ups per question, however long or odd the text. */
const FUZZY_BUDGET = 8;
const MAX_FUZZY_TOKEN_LENGTH = 30;

export function resolveEntities(text: string, tokens: readonly Token[], lex: Lexicon): EntityMatch[] {
  const out: EntityMatch[] = [];
  const n = tokens.length;
  let budget = FUZZY_BUDGET;
  // Longest exact match starting at each token, worked out once (-1: not yet).
  const exactLength = new Int16Array(n).fill(-1);
  const exactEntity: (Entity | undefined)[] = new Array<Entity | undefined>(n);
  const exactAt = (i: number): number => {
    if (i >= n) return 0;
    const known = exactLength[i] as number;
    if (known >= 0) return known;
    let best = 0;
    let key = '';
    for (let len = 1; len <= lex.maxSpanTokens && i + len <= n; len++) {
      const tok = tokens[i + len - 1] as Token;
      if (len > 1 && !tok.joinsPrev) break;
      key += tok.t;
      if (key.length > lex.maxKeyLength) break;
      const e = lex.exact.get(key);
      if (e !== undefined) {
        best = len;
        exactEntity[i] = e;
      }
    }
    exactLength[i] = best;
    return best;
  };

  const absorbsFairly = (e: Entity, from: number, to: number): boolean => {
    for (let k = from; k < to; k++) {
      const len = exactAt(k);
      if (len > 0) return k + len <= to && e.kind !== 'ambiguous' && !sameEntity(e, exactEntity[k] as Entity);
    }
    return true;
  };

  let i = 0;
  while (i < n) {
    const exactLen = exactAt(i);
    const exact = exactLen > 0 ? exactEntity[i] : undefined;
    // Fuzzy: only spans longer than the exact match, made of words that could be part of a name. After an
    // exact match, at most one more word, and never one that starts an exact name of its own
    // ("gpt 4.1 nanno" is gpt-4.1-nano; "gpt-4o Sweden Central" stays two names).
    let fuzzyLen = 0;
    let fuzzyEntity: Entity | null = null;
    const room = exactLen === 0 ? lex.maxSpanTokens : exactAt(i + exactLen) > 0 ? exactLen : exactLen + 1;
    if (budget > 0 && room > exactLen && fuzzyEligible(tokens[i] as Token)) {
      const keys: string[] = [];
      let k = '';
      for (let len = 1; len <= room && i + len <= n; len++) {
        const tok = tokens[i + len - 1] as Token;
        // After an exact name, one more word only if it could be a misspelt part of a name: three letters
        // or more ("gpt-4.1 na" is Portuguese "in", not -nano), and a clipped suffix glued on ("gpt-4o-min").
        const extends_ = len > exactLen && exactLen > 0;
        if (extends_ && (tok.t.length < 3 || (!fuzzyEligible(tok) && !isSuffixStart(tok.t)))) break;
        if ((len > 1 && !tok.joinsPrev) || (!extends_ && !fuzzyEligible(tok))) break;
        k += tok.t;
        keys.push(k);
      }
      for (let len = keys.length; len > exactLen && budget > 0; len--) {
        const candidateKey = keys[len - 1] as string;
        if (candidateKey.length < 5 || candidateKey.length > lex.maxKeyLength + 3) continue;
        budget--;
        const e = lex.fuzzy(candidateKey);
        if (e === null) continue;
        // A longer typo span that lands on the exact match's own entity adds nothing but swallowed words.
        if (exact !== undefined && sameEntity(e, exact)) break;
        // Swallowing a name spelt exactly further on ("nrth central us") must swallow all of it and give a
        // different, certain name.
        if (!absorbsFairly(e, i + Math.max(exactLen, 1), i + len)) continue;
        fuzzyLen = len;
        fuzzyEntity = e;
        break;
      }
    }

    let entity: Entity | null = null;
    let len = 0;
    let fuzzy = false;
    if (fuzzyEntity !== null) {
      entity = fuzzyEntity;
      len = fuzzyLen;
      fuzzy = true;
    } else if (exact !== undefined && !((exact.kind === 'place' || exact.kind === 'region') && insideIdentifier(tokens, i, exactLen))) {
      entity = exact;
      len = exactLen;
    } else if (lex.unitedStates !== null && meansUnitedStates(tokens, i)) {
      entity = lex.unitedStates;
      len = 1;
    } else if (lex.unitedStates !== null && isUS(tokens, i)) {
      entity = lex.unitedStates;
      len = 2;
    }
    if (entity === null) {
      // Nothing known starts here: a span shaped like a model or region name is said back, never dropped.
      const unknown = budget > 0 ? unknownAt(tokens, i, lex) : null;
      if (unknown !== null) {
        budget--;
        out.push({ entity: unknown.entity, start: i, end: unknown.end, said: saidText(text, tokens, i, unknown.end), version: null, fuzzy: true });
        i = unknown.end;
        continue;
      }
      i++;
      continue;
    }
    // A place or region with a compass word or a number after it that makes no known name ("Sweden North",
    // "Canada West", "West US 4"): a region the lexicon does not know, never the one it starts with.
    if ((entity.kind === 'place' || entity.kind === 'region') && !fuzzy) {
      const more = regionExtension(tokens, i + len, entity);
      if (more !== null) {
        out.push({ entity: more.entity, start: i, end: more.end, said: saidText(text, tokens, i, more.end), version: null, fuzzy: true });
        i = more.end;
        continue;
      }
    }
    // A known name glued to a number that is not its own ("Qwen-14B", "Ministral-8B"): a name the lexicon
    // does not know, not the known one.
    if (entity.kind === 'model' && !fuzzy) {
      const glued = gluedIdentity(tokens, i, i + len, entity, lex);
      if (glued !== null) {
        out.push({ entity: glued.entity, start: i, end: glued.end, said: saidText(text, tokens, i, glued.end), version: null, fuzzy: true });
        i = glued.end;
        continue;
      }
    }
    let end = i + len;
    let version: string | null = null;
    if (entity.kind === 'model') {
      const v = readVersion(tokens, end);
      if (v !== null) {
        version = v.version;
        end = v.end;
      }
    }
    out.push({ entity, start: i, end, said: saidText(text, tokens, i, end), version, fuzzy });
    i = end;
  }
  return out;
}

/** Joined tokens from `i` that could be one name (at most the lexicon's longest span). */
function joinedSpan(tokens: readonly Token[], i: number, lex: Lexicon): number {
  let end = i + 1;
  while (end < tokens.length && end - i < lex.maxSpanTokens && (tokens[end] as Token).joinsPrev && fuzzyEligible(tokens[end] as Token)) end++;
  return end;
}

function keyOf(tokens: readonly Token[], from: number, to: number): string {
  let key = '';
  for (let k = from; k < to; k++) key += (tokens[k] as Token).t;
  return key;
}

/** Candidates for an unknown model name: the catalog's models of its family ("gpt", "qwen"), else all. */
function familyOf(key: string, lex: Lexicon, near: readonly Entity[]): string[] {
  const family = /^[a-z]+/.exec(key)?.[0] ?? '';
  const same = lex.catalogModels.filter((id) => (/^[a-z]+/.exec(id.toLowerCase())?.[0] ?? '') === family);
  if (same.length) return same;
  const nearIds = near.flatMap((e) => (e.kind === 'model' && e.source === 'catalog' ? [e.id] : []));
  return nearIds.length ? nearIds : [...lex.catalogModels];
}

function unknownEntity(of: 'model' | 'region', key: string, near: readonly Entity[], lex: Lexicon): Entity {
  if (of === 'model') return { kind: 'unknown', of, candidates: familyOf(key, lex, near) };
  const names = [...new Set(near.flatMap((e) => (e.kind === 'region' ? [e.name] : [])))];
  names.sort((a, b) => (lex.regionOrder.get(a) ?? 0) - (lex.regionOrder.get(b) ?? 0));
  return { kind: 'unknown', of, candidates: names };
}

/**
 * A span at `i` that names no known thing but is shaped like a name: within a typo of a known name that it
 * differs from in a number or size word ("gpt-4.2", "eastus3"), or a model family's word with a number
 * ("llama-5", "phi-9", "o5-mini").
 */
function unknownAt(tokens: readonly Token[], i: number, lex: Lexicon): { entity: Entity; end: number } | null {
  const first = tokens[i] as Token;
  if (!fuzzyEligible(first)) return null;
  const stop = joinedSpan(tokens, i, lex);
  // Inside an identifier ("rg-us-east-ml"): a part of it is no name of its own.
  const glued = (k: number): boolean => k < tokens.length && k > 0 && /^[-_./\\]+$/.test((tokens[k] as Token).gap);
  if (glued(i)) return null;
  for (let end = stop; end > i; end--) {
    const key = keyOf(tokens, i, end);
    if (key.length < 5 || glued(end)) continue;
    const near = lex.fuzzy.near(key);
    if (near.length === 0) continue;
    const of = near.every((e) => e.kind === 'region' || (e.kind === 'ambiguous' && e.of === 'region')) ? 'region' : 'model';
    if (of === 'model' && !/\d/.test(key)) continue;
    return { entity: unknownEntity(of, key, near, lex), end };
  }
  // A region's programmatic name with more glued on ("eastus2euap", "westeurope2"): not that region.
  if (/^[a-z]+\d*[a-z0-9]*$/.test(first.t) && first.t.length >= 7) {
    // The lexicon's region keys come longest first: the first that starts the word is the longest.
    const longest = lex.exact.has(first.t) ? undefined : lex.regionKeys.find((r) => first.t.length > r.key.length && first.t.startsWith(r.key));
    if (longest !== undefined) return { entity: { kind: 'unknown', of: 'region', candidates: [longest.name] }, end: i + 1 };
  }
  // A model family's word carrying a number: "llama-5", "phi 9"? only when glued ("phi-9", "o5-mini").
  const family = /^([a-z]+)(\d[a-z0-9.]*)?$/.exec(first.t);
  if (family === null || !lex.modelFamilies.has(family[1] as string)) return null;
  const next = tokens[i + 1];
  const numbered = family[2] !== undefined || (next !== undefined && next.joinsPrev && next.gap !== ' ' && /^\d/.test(next.t));
  if (!numbered || (family[2] === undefined && first.t.length < 2)) return null;
  return { entity: unknownEntity('model', keyOf(tokens, i, stop), [], lex), end: stop };
}

/** An exact model name followed, hyphen- or un-spaced, by a number that contradicts it ("qwen" + "14b"). */
const COMPASS: ReadonlySet<string> = new Set([
  'north',
  'south',
  'east',
  'west',
  'central',
  'northeast',
  'northwest',
  'southeast',
  'southwest',
  'northcentral',
  'southcentral',
  'westcentral',
  'eastcentral',
]);

function regionExtension(tokens: readonly Token[], end: number, e: Entity): { entity: Entity; end: number } | null {
  const next = tokens[end];
  if (next === undefined || !next.joinsPrev) return null;
  if (e.kind === 'place' && e.placeKind === 'geography' && COMPASS.has(next.t)) {
    // The place's regions that have the compass word are what it may mean; else all of them.
    const near = e.regions.filter((r) => r.includes(next.t));
    return { entity: { kind: 'unknown', of: 'region', candidates: near.length ? near : [...e.regions] }, end: end + 1 };
  }
  if (e.kind === 'region' && /^[1-9]$/.test(next.t)) return { entity: { kind: 'unknown', of: 'region', candidates: [e.name] }, end: end + 1 };
  return null;
}

/** Size words, which name a model even when typed apart ("gpt 4o small"). */
const SIZE_SUFFIXES: ReadonlySet<string> = new Set(['pico', 'nano', 'micro', 'mini', 'small', 'medium', 'large', 'xl']);

/** The first letters of a name suffix, clipped ("min" of mini, "nan" of nano). */
function isSuffixStart(t: string): boolean {
  if (t.length < 3 || !/^[a-z]+$/.test(t)) return false;
  for (const s of NAME_SUFFIXES) if (s.length > t.length && s.startsWith(t)) return true;
  return false;
}

/** Words that end model names ("-mini", "-pro", "-preview"): glued to a known name, they make another one. */
const NAME_SUFFIXES: ReadonlySet<string> = new Set(
  'pico nano micro mini small medium large xl xxl turbo pro max lite plus ultra flash instruct chat realtime audio codex vision preview high low reasoning search transcribe tts deep research oss base'.split(
    ' ',
  ),
);

function gluedIdentity(
  tokens: readonly Token[],
  start: number,
  end: number,
  known: Entity & { kind: 'model' },
  lex: Lexicon,
): { entity: Entity; end: number } | null {
  const next = tokens[end];
  if (next === undefined || !next.joinsPrev) return null;
  // A parameter count may stand apart ("Qwen 14B", "ministral 8b"); anything else must be glued on.
  const spaced = /[ \t]/.test(next.gap);
  if (spaced ? !/^\d+(\.\d+)?[bm]$/.test(next.t) && !SIZE_SUFFIXES.has(next.t) : !/\d/.test(next.t) && !NAME_SUFFIXES.has(next.t)) return null;
  // A version ("gpt-4o-2024-08-06", "Ministral-3B-2411") is read as a version, not as part of the name.
  if (/^(19|20)\d\d$/.test(next.t) || /^\d{4}$/.test(next.t) || /^(19|20)\d{6}$/.test(next.t)) return null;
  const typed = keyOf(tokens, start, end + 1);
  if (/\d/.test(next.t) ? sameIdentity(typed, nameKey(known.id)) : lex.exact.has(typed)) return null;
  return { entity: unknownEntity('model', typed, [known], lex), end: end + 1 };
}

/**
 * A short area name ("eu", "uk", "apac") glued into an identifier ("rg-ml-eu-prod", "aoai_uk_01") is part
 * of the identifier, not a place someone asks about.
 */
function insideIdentifier(tokens: readonly Token[], i: number, len: number): boolean {
  const tok = tokens[i] as Token;
  const before = i > 0 && /^[-_./\\]+$/.test(tok.gap);
  const next = tokens[i + len];
  const after = next !== undefined && /^[-_./\\]+$/.test(next.gap);
  // Any name with identifier parts on both sides ("rg-us-east-ml", "aoai_westeurope_01") is a resource name.
  if (before && after) return true;
  if (len !== 1 || tok.t.length > 4) return false;
  return before || (after && next.t !== 'based' && next.t !== 'only' && next.t !== 'wide');
}

function fuzzyEligible(tok: Token): boolean {
  const t = tok.t;
  if (t.length > MAX_FUZZY_TOKEN_LENGTH || isBreakWord(t) || isCueWord(t)) return false;
  // Years, versions and other long numbers are never part of a misspelt name.
  return !/^\d{3,}$/.test(t);
}

function sameEntity(a: Entity, b: Entity): boolean {
  if (a.kind !== b.kind) return false;
  if (a.kind === 'model' && b.kind === 'model') return a.id === b.id;
  if (a.kind === 'region' && b.kind === 'region') return a.name === b.name;
  if (a.kind === 'place' && b.kind === 'place') return a.name === b.name;
  return false;
}

/** Words after which "US" is the pronoun ("tell us"), not the country. */
const US_PRONOUN_BEFORE = new Set([
  'tell',
  'let',
  'help',
  'give',
  'show',
  'send',
  'ask',
  'told',
  'lets',
  'helps',
  'gives',
  'shows',
  'allow',
  'allows',
  'for',
  'to',
  'with',
  'of',
  'about',
]);
const US_PLACE_BEFORE = new Set(['the', 'in', 'within', 'across', 'inside', 'throughout']);
const US_PLACE_AFTER = new Set(['region', 'regions', 'based', 'only', 'datacenters', 'datacenter', 'geography', 'geo']);

/** "us" is a place only when it means the US: "in the US", "US regions", "in US". */
function meansUnitedStates(tokens: readonly Token[], i: number): boolean {
  const tok = tokens[i] as Token;
  if (tok.t !== 'us') return false;
  const prev = i > 0 ? (tokens[i - 1] as Token).t : '';
  const next = i + 1 < tokens.length ? (tokens[i + 1] as Token).t : '';
  if (US_PLACE_BEFORE.has(prev) || US_PLACE_AFTER.has(next)) return true;
  return tok.raw === 'US' && !US_PRONOUN_BEFORE.has(prev);
}

/** "U.S." */
function isUS(tokens: readonly Token[], i: number): boolean {
  const next = tokens[i + 1];
  return (tokens[i] as Token).t === 'u' && next !== undefined && next.t === 's' && next.gap === '.';
}

const VERSION_GAP_RE = /^[ \t\-_(/:,]{1,3}$/;
const DATE_PART_GAP_RE = /^[-/. ]$/;

/** A version written right after a model name: `2024-05-13`, `(2024-05-13)`, `2411`, `0613`, `version 2024-05-13`. */
function readVersion(tokens: readonly Token[], j: number): { version: string; end: number } | null {
  let k = j;
  const at = (idx: number): Token | undefined => tokens[idx];
  const first = at(k);
  if (first === undefined || !VERSION_GAP_RE.test(first.gap) || first.gap.includes(',')) return null;
  if ((first.t === 'version' || first.t === 'ver' || first.t === 'v') && at(k + 1) !== undefined) {
    k++;
    if (!/^[ \t:(]{1,3}$/.test((at(k) as Token).gap)) return null;
  }
  const a = at(k);
  if (a === undefined) return null;
  const b = at(k + 1);
  const c = at(k + 2);
  if (
    /^(19|20)\d\d$/.test(a.t) &&
    b !== undefined &&
    c !== undefined &&
    /^\d\d$/.test(b.t) &&
    /^\d\d$/.test(c.t) &&
    DATE_PART_GAP_RE.test(b.gap) &&
    DATE_PART_GAP_RE.test(c.gap)
  ) {
    return { version: `${a.t}-${b.t}-${c.t}`, end: k + 3 };
  }
  if (/^\d{4}$/.test(a.t)) return { version: a.t, end: k + 1 };
  if (/^(19|20)\d{6}$/.test(a.t)) return { version: `${a.t.slice(0, 4)}-${a.t.slice(4, 6)}-${a.t.slice(6)}`, end: k + 1 };
  return null;
}

function saidText(text: string, tokens: readonly Token[], start: number, end: number): string {
  const from = (tokens[start] as Token).start;
  let to = (tokens[end - 1] as Token).end;
  // "gpt-4o (2024-05-13)": keep the closing parenthesis that belongs to the version.
  if (text[to] === ')' && text.lastIndexOf('(', to) > from) to++;
  return text.slice(from, to);
}

/** Words after which a date is a day, not a model's version: "signed on 2024-08-06", "since 2025-04-14". */
const DATE_WORDS: ReadonlySet<string> = new Set([
  'on',
  'since',
  'until',
  'till',
  'by',
  'before',
  'after',
  'from',
  'dated',
  'date',
  'day',
  'as',
  'of',
  'through',
  'between',
]);

/**
 * A date version said without a model ("the 2024-08-06 model"): the model the table gives that version,
 * or the models that share it (a clarification). Null when no listed version is said.
 */
export function versionAlone(text: string, tokens: readonly Token[], lex: Lexicon, claimed: Uint8Array): EntityMatch | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (claimed[i] === 1) continue;
    const [a, b, c] = [tokens[i] as Token, tokens[i + 1] as Token, tokens[i + 2] as Token];
    if (!/^(19|20)\d\d$/.test(a.t) || !/^\d\d$/.test(b.t) || !/^\d\d$/.test(c.t) || !DATE_PART_GAP_RE.test(b.gap) || !DATE_PART_GAP_RE.test(c.gap)) continue;
    const version = `${a.t}-${b.t}-${c.t}`;
    // A date after a word that makes it a day ("we signed on 2024-08-06") names no model.
    const before = i > 0 ? (tokens[i - 1] as Token).t : '';
    if (DATE_WORDS.has(before)) continue;
    const ids = lex.modelsByVersion.get(version);
    if (ids === undefined || ids.length === 0) continue;
    const entity: Entity = ids.length === 1 ? { kind: 'model', id: ids[0] as string, source: 'catalog' } : { kind: 'ambiguous', of: 'model', candidates: ids };
    return { entity, start: i, end: i + 3, said: saidText(text, tokens, i, i + 3), version, fuzzy: false };
  }
  return null;
}
