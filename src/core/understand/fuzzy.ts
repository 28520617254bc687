// The fuzzy fallback, for a span nobody spelled exactly: candidates from a bigram index, scored by fuse.js,
// decided by the edit distance over the whole key; only a clear winner is accepted.
import Fuse from 'fuse.js';
import { entityIdentity, type Entity } from './entities';

/** Optimal-string-alignment distance (Levenshtein plus adjacent transpositions), giving up above `max`. */
export function editDistance(a: string, b: string, max: number): number {
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > max) return max + 1;
  if (la === 0 || lb === 0) return Math.max(la, lb);
  let prev2 = new Array<number>(lb + 1).fill(0);
  let prev = new Array<number>(lb + 1);
  let cur = new Array<number>(lb + 1);
  for (let j = 0; j <= lb; j++) prev[j] = j;
  for (let i = 1; i <= la; i++) {
    cur[0] = i;
    let rowMin = i;
    const ca = a.charCodeAt(i - 1);
    for (let j = 1; j <= lb; j++) {
      const cb = b.charCodeAt(j - 1);
      const cost = ca === cb ? 0 : 1;
      let v = Math.min((prev[j] as number) + 1, (cur[j - 1] as number) + 1, (prev[j - 1] as number) + cost);
      if (i > 1 && j > 1 && ca === b.charCodeAt(j - 2) && a.charCodeAt(i - 2) === cb) {
        v = Math.min(v, (prev2[j - 2] as number) + 1);
      }
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    const t = prev2;
    prev2 = prev;
    prev = cur;
    cur = t;
  }
  return prev[lb] as number;
}

/** How many edits a key of this length may be away from an alias and still count. */
export function allowedEdits(keyLength: number): number {
  if (keyLength < 5) return 0;
  if (keyLength <= 7) return 1;
  if (keyLength <= 12) return 2;
  return 3;
}

interface FuzzyEntry {
  key: string;
  entity: Entity;
}

export interface FuzzyResolver {
  /** The one entity a misspelt key stands for, or null (none, or several of different kinds). */
  (key: string): Entity | null;
  /**
   * Entities the key is within a typo of but differs from in what carries identity (a number, a size word):
   * "gpt4.2" is near gpt-4.1 without being it. The key then names something the lexicon does not know.
   */
  near(key: string): Entity[];
}

// What carries a name's identity: its numbers (version 4o / 4.1 / 5, parameter count 3B / 14B / 32B,
// region number 2 / 3) and its size words. A typo may change letters, never these: "gtp-4o" is gpt-4o,
// "gpt-4.2" is not gpt-4.1, "Qwen-14B" is not Qwen-32B, "o4-micro" is not o4-mini.
const NUMBERS_RE = /\d+(?:\.\d+)*/g;
const SIZE_WORDS = [
  'nano',
  'micro',
  'mini',
  'small',
  'medium',
  'large',
  'turbo',
  'pro',
  'max',
  'lite',
  'instruct',
  'chat',
  'realtime',
  'audio',
  'codex',
  'oss',
];

function numbersOf(key: string): string {
  return (key.match(NUMBERS_RE) ?? []).join(' ');
}

/** Whether a typed key and an alias agree in every part that carries identity. */
export function sameIdentity(typed: string, alias: string): boolean {
  if (numbersOf(typed) !== numbersOf(alias)) return false;
  // A short prefix before the number is the family ("o" in o4-mini, "gpt" in gpt-4o): "o5-mini" is not gpt-5-mini.
  const lead = (k: string): string => /^[a-z]*/.exec(k)?.[0] ?? '';
  const [a, b] = [lead(typed), lead(alias)];
  if (a !== b && /\d/.test(typed) && Math.min(a.length, b.length) <= 2) return false;
  // A country code that starts a region's name is the country: "ukwest3" is not "US West 3".
  const code = (k: string): string => /^(uk|us)/.exec(k)?.[0] ?? '';
  if (code(typed) !== code(alias) && (code(typed) !== '' || code(alias) !== '')) return false;
  // A misspelt size or compass word ("nanno", "nrth") is a typo of letters; one spelt right must be the
  // alias's own: "o4-micro" is not o4-mini, "Sweden North" is not Sweden South, "Canada West" not Canada East.
  return IDENTITY_WORDS.every((w) => !typed.includes(w) || alias.includes(w));
}

/** Size words of model names and compass words of region names: either tells two names apart. */
const IDENTITY_WORDS = [...SIZE_WORDS, 'north', 'south', 'east', 'west', 'central'];

/** Aliases shorter than this are matched exactly only ("o1", "uk", "4o"). */
const MIN_ALIAS_LENGTH = 4;
/** Shortest key worth a fuzzy look-up. */
const MIN_KEY_LENGTH = 5;

function bigrams(key: string): string[] {
  const out: string[] = [];
  for (let i = 0; i + 1 < key.length; i++) out.push(key.slice(i, i + 2));
  return out;
}

/** fuse.js options for scoring one candidate alias against a span (its bitap scorer, location ignored). */
const FUSE_OPTIONS = { isCaseSensitive: true, ignoreLocation: true, threshold: 0.45 } as const;

/**
 * Builds the candidate index once; the returned function is what a question calls, and only for a span that
 * matched nothing exactly. A bigram index proposes the aliases that could be within the allowed edits (an
 * edit changes at most 3 bigrams, so an alias sharing too few cannot be); fuse.js scores each candidate, and
 * the edit distance over the whole key decides: the single closest entity wins, a tie asks which one.
 */
export function createFuzzyResolver(aliases: ReadonlyMap<string, Entity>, maxKeyLength: number): FuzzyResolver {
  const entries: FuzzyEntry[] = [];
  for (const [key, entity] of aliases) if (key.length >= MIN_ALIAS_LENGTH) entries.push({ key, entity });
  const byBigram = new Map<string, number[]>();
  entries.forEach((e, i) => {
    for (const g of new Set(bigrams(e.key))) byBigram.set(g, [...(byBigram.get(g) ?? []), i]);
  });
  const maxLength = maxKeyLength + 3;

  const candidates = (key: string, allowed: number): FuzzyEntry[] => {
    const counts = new Map<number, number>();
    for (const g of bigrams(key)) for (const i of byBigram.get(g) ?? []) counts.set(i, (counts.get(i) ?? 0) + 1);
    const out: FuzzyEntry[] = [];
    entries.forEach((e, i) => {
      if (Math.abs(e.key.length - key.length) > allowed) return;
      if ((counts.get(i) ?? 0) >= Math.max(e.key.length, key.length) - 1 - 3 * allowed) out.push(e);
    });
    return out;
  };

  // Best distance per entity (several aliases may name one entity), and what differs only in identity.
  const score = (key: string): { byEntity: Map<string, { entity: Entity; d: number }>; near: Map<string, Entity> } => {
    const byEntity = new Map<string, { entity: Entity; d: number }>();
    const near = new Map<string, Entity>();
    const allowed = allowedEdits(key.length);
    if (allowed === 0 || key.length < MIN_KEY_LENGTH || key.length > maxLength) return { byEntity, near };
    for (const c of candidates(key, allowed)) {
      const d = editDistance(key, c.key, allowed);
      if (d > allowed || !Fuse.match(key, c.key, FUSE_OPTIONS).isMatch) continue;
      const id = entityIdentity(c.entity);
      if (!sameIdentity(key, c.key)) {
        near.set(id, c.entity);
        continue;
      }
      const seen = byEntity.get(id);
      if (seen === undefined || d < seen.d) byEntity.set(id, { entity: c.entity, d });
    }
    return { byEntity, near };
  };

  const resolve = (key: string): Entity | null => {
    const { byEntity } = score(key);
    let best = Infinity;
    for (const v of byEntity.values()) if (v.d < best) best = v.d;
    if (best === Infinity) return null;
    const winners: Entity[] = [];
    for (const v of byEntity.values()) if (v.d === best) winners.push(v.entity);
    if (winners.length === 1) return winners[0] as Entity;
    return tie(winners);
  };
  return Object.assign(resolve, {
    near: (key: string): Entity[] => {
      const { byEntity, near } = score(key);
      return byEntity.size === 0 ? [...near.values()] : [];
    },
  });
}

/** Several entities equally close: ask which one, when they are all models or all regions. */
function tie(winners: readonly Entity[]): Entity | null {
  let of: 'model' | 'region' | null = null;
  const candidates: string[] = [];
  for (const e of winners) {
    const kind = e.kind === 'ambiguous' ? e.of : e.kind === 'model' || e.kind === 'region' ? e.kind : null;
    if (kind === null || (of !== null && kind !== of)) return null;
    of = kind;
    const ids = e.kind === 'ambiguous' || e.kind === 'unknown' ? e.candidates : [e.kind === 'model' ? e.id : e.kind === 'region' ? e.name : ''];
    for (const id of ids) if (!candidates.includes(id)) candidates.push(id);
  }
  if (of === null) return null;
  return { kind: 'ambiguous', of, candidates };
}
