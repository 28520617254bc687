// understand(text, memory?) -> Question. Everything expensive is built once in createUnderstander; a call
// is a tokenise, Map look-ups over spans, a cue scan, and fuse.js only for words nothing matched exactly.
import { deepFreeze } from '../deep-freeze';
import type { Clarification, Memory, ModelRef, PlaceRef, Question } from '../question';
import type { RegionDirectory } from '../regions';
import { readCommand } from './commands';
import { readCues } from './cues';
import { applyMemory, dedupeModels, usableMemory } from './follow-up';
import { decideIntent, withCurrentTopics, type Reading } from './intent';
import { buildLexicon, type OtherCloud } from './lexicon';

export type { OtherCloud };
export { geographyNames } from './lexicon';
import { boundText, maskIncidental, tokenise } from './normalise';
import { resolveEntities, versionAlone } from './resolve-entities';
import { readAskedFact } from './asked-fact';
import { readTopics, usDataZone } from './topics';
import type { CatalogStates } from '../catalog/catalog-states';

export { continuesConversation, DEFAULT_MEMORY_MINUTES, MEMORY_TTL_MS, nextMemory, remember } from './follow-up';
export { MAX_TEXT_LENGTH } from './normalise';

export interface UnderstandData {
  /** Catalog models (several rows may share an id). */
  models: readonly { id: string; version: string | null }[];
  /** data/known-models.json: real models the table does not list. */
  otherModels: readonly { id: string; aliases?: readonly string[] }[];
  regions: RegionDirectory;
  /** data/other-clouds.json: regions outside Azure's public cloud. */
  otherClouds?: readonly OtherCloud[];
  /** Other languages' names of Azure geographies, by geography (knowledge/place-names.ts). */
  placeNames?: Readonly<Record<string, readonly string[]>>;
  /** Old names of catalog models (the catalog's `renamedFrom`). */
  renames?: readonly { readonly from: string; readonly to: string }[];
  /**
   * What the catalog states beyond the 2025 table: questions about methods, deployment, interactive training
   * and changes between documents are read as such only when it does; otherwise they stay what they were
   * (a topic the document does not cover).
   */
  states?: Partial<CatalogStates>;
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
    const tokens = tokenise(maskIncidental(text));
    const matches = resolveEntities(text, tokens, lex);
    const claimed = new Uint8Array(tokens.length);
    for (const match of matches) claimed.fill(1, match.start, match.end);
    const cues = readCues(text, tokens, claimed);
    // Names the message rules out ("not gpt-4o, I meant gpt-4.1", "in Europe except Sweden Central") are left
    // out when it names others of their kind; alone, they are what it is about.
    const ruledOut = new Set(cues.excludedNames);
    const models: ModelRef[] = [];
    const notModels: ModelRef[] = [];
    const regions: string[] = [];
    const notRegions: string[] = [];
    /** Regions named as regions, not as part of a place. */
    const named: string[] = [];
    let place: PlaceRef | null = null;
    let clarify: Clarification | null = null;
    let outside: Question['outside'] = null;
    const addRegion = (list: string[], name: string): void => {
      if (!list.includes(name)) list.push(name);
    };
    if (!matches.some((m) => m.entity.kind === 'model' || ((m.entity.kind === 'ambiguous' || m.entity.kind === 'unknown') && m.entity.of === 'model'))) {
      for (const m of matches) claimed.fill(1, m.start, m.end);
      const byVersion = versionAlone(text, tokens, lex, claimed);
      if (byVersion !== null) matches.push(byVersion);
    }
    for (const match of matches) {
      const e = match.entity;
      const out = ruledOut.has(match.start);
      switch (e.kind) {
        case 'model':
          (out ? notModels : models).push({
            id: e.id,
            source: e.source,
            version: match.version,
            said: match.said,
            ...(e.renamedFrom !== undefined ? { renamedFrom: e.renamedFrom } : {}),
          });
          break;
        case 'region':
          addRegion(out ? notRegions : regions, e.name);
          if (!out) named.push(e.name);
          break;
        case 'place':
          if (out) {
            for (const name of e.regions) addRegion(notRegions, name);
            break;
          }
          if (place === null) place = { kind: e.placeKind, name: e.name, regions: [...e.regions], said: match.said };
          for (const name of e.regions) addRegion(regions, name);
          break;
        case 'ambiguous':
          if (clarify === null) clarify = { kind: e.of, said: match.said, candidates: [...e.candidates] };
          break;
        case 'outside':
          if (outside === null) outside = { said: match.said, cloud: e.cloud, region: e.region };
          break;
        case 'unknown':
          // Said back with what it resembles, ahead of any other question: a name that is not known.
          if (clarify === null || !clarify.unknown) clarify = { kind: e.of, said: match.said, candidates: [...e.candidates], unknown: true };
          break;
      }
    }
    // A region named inside a place named too is what is asked; the place was context ("we're a bank in
    // Germany: can we fine-tune in Germany West Central?"), and would widen a check the person narrowed.
    if (place !== null && named.some((r) => place!.regions.includes(r))) {
      const inside = new Set(place.regions);
      place = null;
      for (let i = regions.length - 1; i >= 0; i--) if (inside.has(regions[i]!) && !named.includes(regions[i]!)) regions.splice(i, 1);
    }
    // "us data zone": lower-case "us" is a pronoun anywhere else, but before "data zone" it is the US data zone.
    if (place === null && regions.length === 0 && usDataZone(tokens, claimed)) {
      const us = data.regions.all.filter((x) => x.geography === 'United States').map((x) => x.name);
      place = { kind: 'geography', name: 'United States', regions: us, said: 'US' };
      regions.push(...us);
    }
    const keptRegions = regions.filter((r) => !notRegions.includes(r));
    return {
      text,
      tokens,
      claimed: Array.from(claimed),
      models: dedupeModels(models.length > 0 ? models : notModels),
      regions: keptRegions.length > 0 ? keptRegions : [...regions, ...notRegions.filter((r) => !regions.includes(r))],
      place,
      clarify,
      outside,
      asks: readAskedFact(tokens, claimed),
      cues,
      command: readCommand(text, tokens),
    };
  };

  const states: CatalogStates = { methods: false, deployment: false, interactive: false, changes: false, ...data.states };

  const readText = (text: string): TextReading => {
    const r = read(text);
    const topics = readTopics(r.tokens, r.claimed);
    const { intent, filters, offTopic, aside, asks } = withCurrentTopics(decideIntent(r), r, topics, states);
    const deploying = intent === 'deploy';
    const question: Question = {
      intent,
      text: r.text,
      models: [...r.models],
      regions: [...r.regions],
      place: r.place,
      // "Standard", "Developer", "Data zone" name a deployment type in a deployment question, not a training tier.
      tier: deploying ? null : r.cues.tier,
      excludeTiers: deploying ? [] : [...r.cues.excludeTiers],
      modality: r.cues.modality,
      filters,
      negated: r.cues.negated,
      method: r.cues.method,
      clarify: r.clarify,
      offTopic,
      aside,
      outside: r.outside,
      asks: asks ?? r.asks,
      deployment: deploying ? topics.deployment : null,
      since: intent === 'changes' ? topics.since : null,
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
