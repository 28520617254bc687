// understand(text, memory?) -> Question. Everything expensive is built once in createUnderstander; a call
// is a tokenise, Map look-ups over spans, a cue scan, and fuse.js only for words nothing matched exactly.
import { deepFreeze } from '../deep-freeze';
import type { Clarification, Memory, ModelRef, PlaceRef, Question } from '../question';
import type { RegionDirectory } from '../regions';
import { readCommand } from './commands';
import { readCues } from './cues';
import { applyMemory, dedupeModels, usableMemory } from './follow-up';
import { decideIntent, type Reading } from './intent';
import { buildLexicon } from './lexicon';
import { boundText, tokenise } from './normalise';
import { resolveEntities } from './resolve-entities';

export { continuesConversation, DEFAULT_MEMORY_MINUTES, MEMORY_TTL_MS, nextMemory, remember } from './follow-up';
export { MAX_TEXT_LENGTH } from './normalise';

export interface UnderstandData {
  /** Catalog models (several rows may share an id). */
  models: readonly { id: string; version: string | null }[];
  /** data/known-models.json: real models the table does not list. */
  otherModels: readonly { id: string; aliases?: readonly string[] }[];
  regions: RegionDirectory;
}

/** What a text says on its own, before memory: how it was read, and the question it asks. */
export interface TextReading {
  readonly reading: Reading;
  readonly question: Question;
}

/**
 * Where the caller keeps texts read before (the bot keeps a bounded one per knowledge snapshot): reading
 * is most of what understanding costs, and people type the same questions again and again. What is kept
 * is frozen, since later calls share it.
 */
export interface ReadingMemo {
  get(text: string): TextReading | undefined;
  set(text: string, read: TextReading): void;
}

export interface UnderstandOptions {
  /** Epoch ms, for memory expiry; default Date.now(). */
  now?: number;
  /** How long memory continues a conversation (the bot's MEMORY_MINUTES); default 30 minutes. */
  memoryMs?: number;
  /** Texts read before; without one every text is read afresh. */
  readings?: ReadingMemo;
}

export type Understand = (text: string, memory?: Memory, options?: UnderstandOptions) => Question;

export function createUnderstander(data: UnderstandData): Understand {
  const lex = buildLexicon(data);

  const read = (text: string): Reading => {
    const tokens = tokenise(text);
    const matches = resolveEntities(text, tokens, lex);
    const claimed = new Uint8Array(tokens.length);
    const models: ModelRef[] = [];
    const regions: string[] = [];
    let place: PlaceRef | null = null;
    let clarify: Clarification | null = null;
    const addRegion = (name: string): void => {
      if (!regions.includes(name)) regions.push(name);
    };
    for (const match of matches) {
      claimed.fill(1, match.start, match.end);
      const e = match.entity;
      switch (e.kind) {
        case 'model':
          models.push({ id: e.id, source: e.source, version: match.version, said: match.said });
          break;
        case 'region':
          addRegion(e.name);
          break;
        case 'place':
          if (place === null) place = { kind: e.placeKind, name: e.name, regions: [...e.regions], said: match.said };
          for (const name of e.regions) addRegion(name);
          break;
        case 'ambiguous':
          if (clarify === null) clarify = { kind: e.of, said: match.said, candidates: [...e.candidates] };
          break;
        case 'unknown':
          // Said back with what it resembles, ahead of any other question: a name that is not known.
          if (clarify === null || !clarify.unknown) clarify = { kind: e.of, said: match.said, candidates: [...e.candidates], unknown: true };
          break;
      }
    }
    return {
      text,
      tokens,
      models: dedupeModels(models),
      regions,
      place,
      clarify,
      cues: readCues(text, tokens, claimed),
      command: readCommand(text, tokens),
    };
  };

  const readText = (text: string): TextReading => {
    const r = read(text);
    const { intent, filters, offTopic, outside } = decideIntent(r);
    const question: Question = {
      intent,
      text: r.text,
      models: [...r.models],
      regions: [...r.regions],
      place: r.place,
      tier: r.cues.tier,
      excludeTiers: [...r.cues.excludeTiers],
      modality: r.cues.modality,
      filters,
      negated: r.cues.negated,
      method: r.cues.method,
      clarify: r.clarify,
      offTopic,
      outside,
      followUp: false,
    };
    return { reading: r, question };
  };

  return (text: string, memory?: Memory, options?: UnderstandOptions): Question => {
    const bounded = boundText(text);
    const memo = options?.readings;
    let seen = memo?.get(bounded);
    if (seen === undefined) {
      seen = readText(bounded);
      if (memo) memo.set(bounded, deepFreeze(seen));
    }
    const prev = memory === undefined ? null : usableMemory(memory, options?.now ?? Date.now(), options?.memoryMs);
    return prev === null ? seen.question : applyMemory(seen.question, seen.reading, prev);
  };
}
