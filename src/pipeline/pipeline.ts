// The one pipeline every caller uses — the bot's messages, in-card actions and message-extension search,
// the `ask` CLI, the card gallery and the bench: a text (or a Question built from data) in; the Question,
// its Answer, its card and its text out; with the work for questions asked again remembered inside.
//
// A pipeline reads the knowledge snapshot once per call to `current()`: a turn takes one snapshot and
// answers everything from it, whatever a catalog refresh swaps in meanwhile.
import { nextMemory, type Answer, type Memory, type Question } from '../core';
import type { Knowledge } from '../knowledge/load';
import type { AdaptiveCard, CardRenderer } from '../presentation/card-render';
import type { Asker, CardOrigin } from '../presentation/card-view';
import { createAnswerCache, type AnswerCache } from './answer-cache';
import { make, type Made } from './made';
import { searchQuestions, MAX_RESULTS } from './search';

export interface Answered {
  readonly question: Question;
  readonly answer: Answer;
  readonly card: AdaptiveCard;
  /** The answer as plain text, verdict first (made on first read). */
  readonly text: string;
  /** What to keep for the next question's follow-ups, or null to keep what was kept (core `nextMemory`). */
  readonly memory: Memory | null;
}

export interface AnswerOptions {
  /** Where the card will live (default: the bot's own conversation). */
  origin?: CardOrigin;
  /** Who asked, named on the card: for cards shared where others read them. Such cards are made afresh. */
  asker?: Asker | null;
  /** Epoch ms: when the question was asked (for memory); default Date.now(). */
  now?: number;
  /** A card for a group chat or channel: without the pickers (see CardOptions.compact). */
  compact?: boolean;
}

export interface AskOptions extends AnswerOptions {
  /** The last question of the same conversation and person, for follow-ups. */
  memory?: Memory;
}

/** The pipeline over one knowledge snapshot. */
export interface Scout {
  readonly knowledge: Knowledge;
  /** Reads a text, continuing `memory` when the text is a follow-up. */
  understand(text: string, memory?: Memory, now?: number): Question;
  /** Answers a Question (read from text, or built from a card's data). */
  answer(question: Question, options?: AnswerOptions): Answered;
  /** understand + answer. */
  ask(text: string, options?: AskOptions): Answered;
  /** What the message extension offers for a query: the answer first, then answers about what it named. */
  search(query: string, asker: string): Answered[];
  /** A card for when something went wrong: fixed wording chosen by the caller, never error internals. */
  error(headline: string, reason: string, origin?: CardOrigin): AdaptiveCard;
}

export interface Pipeline {
  /** The pipeline over the knowledge current now. */
  current(): Scout;
  /** Answers remembered (for tests and the bench). */
  readonly remembered: number;
}

export interface PipelineOptions {
  /** The knowledge to answer from: a fixed snapshot, or a holder's `current`. */
  knowledge: Knowledge | (() => Knowledge);
  cards: CardRenderer;
  /** How many answers (and texts' readings) to remember; 0 = none (ANSWER_CACHE_ENTRIES). */
  cacheEntries: number;
  /** How long memory continues a conversation, in ms (MEMORY_MINUTES); default the core's. */
  memoryMs?: number;
}

export function createPipeline(o: PipelineOptions): Pipeline {
  const knowledge =
    typeof o.knowledge === 'function'
      ? o.knowledge
      : (
          (k: Knowledge) => () =>
            k
        )(o.knowledge);
  const cache: AnswerCache = createAnswerCache(o.cacheEntries);
  let last: Scout | null = null;
  return {
    current() {
      const k = knowledge();
      if (last === null || last.knowledge !== k) last = scoutOver(k, o, cache);
      return last;
    },
    get remembered() {
      return cache.size;
    },
  };
}

function answered(question: Question, m: Made, card: () => AdaptiveCard, now: number): Answered {
  let made: AdaptiveCard | undefined;
  return {
    question,
    answer: m.answer,
    // Made when first read: the CLI reads only the text, a Teams turn only the card.
    get card() {
      return (made ??= card());
    },
    get text() {
      return m.text();
    },
    memory: nextMemory(question, now),
  };
}

/** "This catalog's newest document is of 2026-10-07, 130 days ago …": said on every card once it is older than CATALOG_MAX_AGE_DAYS. */
function ageNote(k: Knowledge, now: number): string | null {
  const age = k.age(new Date(now));
  if (!age.stale) return null;
  return `These facts may be out of date: the newest document they come from is of ${age.newestDate}, ${age.days} days ago (over the ${age.maxAgeDays}-day limit). Check the Learn page.`;
}

function scoutOver(k: Knowledge, o: PipelineOptions, cache: AnswerCache): Scout {
  const { catalog } = k;
  const understand = (text: string, memory?: Memory, now?: number): Question =>
    k.understand(text, memory, { now: now ?? Date.now(), memoryMs: o.memoryMs, readings: cache.readings(k) });
  const remembered = (q: Question): Made => cache.get(k, q, () => make(q, catalog, o.cards));
  const answerFrom = (q: Question, m: Made, options: AnswerOptions): Answered => {
    const origin = options.origin ?? 'conversation';
    const now = options.now ?? Date.now();
    const variant = { compact: options.compact === true, ageNote: ageNote(k, now) };
    // A card that names who asked is made for them; its answer is the remembered one.
    const asker = options.asker;
    const card = asker ? () => o.cards.render(m.answer, catalog, { origin, asker, ...variant }) : () => m.card(origin, variant);
    // The age note is the card's (it changes by the day); the text is the answer's alone.
    return answered(q, m, card, now);
  };
  const answer = (q: Question, options: AnswerOptions = {}): Answered => answerFrom(q, remembered(q), options);
  return Object.freeze({
    knowledge: k,
    understand,
    answer,
    ask: (text: string, options: AskOptions = {}) => {
      const now = options.now ?? Date.now();
      return answer(understand(text, options.memory, now), { ...options, now });
    },
    search: (query: string, asker: string) => {
      const text = query.trim();
      const seen = new Set<string>();
      const out: Answered[] = [];
      for (const q of searchQuestions(understand, catalog, text)) {
        const m = remembered(q);
        const a = m.answer;
        // Two ways to one answer (a model's own region, say) are offered once.
        const key = `${a.headline}|${a.subject}`;
        if (seen.has(key)) continue;
        seen.add(key);
        out.push(answerFrom(q, m, { origin: 'extension', asker: { name: asker, question: text || a.subject } }));
        if (out.length === MAX_RESULTS) break;
      }
      return out;
    },
    error: (headline: string, reason: string, origin: CardOrigin = 'conversation') => o.cards.error(headline, reason, origin),
  });
}
