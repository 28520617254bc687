// Work remembered for questions asked again: how a text reads, and the answer and card for each
// understood question. Reading texts, answering and, above all, expanding the card templates
// (adaptivecards-templating) were most of what a Scout turn cost above a bare echo bot on the same stack
// (docs/BENCHMARKS.md), and people ask the same few questions again and again.
// Each is a pure function of its key and the knowledge (a card: of the Question, the catalog and the card
// options), so what is remembered is exactly what would be made again; everything is forgotten when the
// knowledge is swapped (a catalog refresh), so no answer outlives the facts it was made from.
import { LRUCache } from 'lru-cache';
import { answerInputs, deepFreeze, type Question, type ReadingMemo, type TextReading } from '../core';
import type { Knowledge } from '../knowledge/load';
import type { Made } from './made';

export interface AnswerCache {
  /** Texts read before under this knowledge, for understand(). */
  readings(k: Knowledge): ReadingMemo;
  /**
   * The remembered answer and card for this question under this knowledge, or `make`'s, frozen and
   * remembered. Both are shared between turns, hence frozen: nobody may change them.
   */
  get(k: Knowledge, q: Question, make: () => Made): Made;
  readonly size: number;
}

/** At most `entries` answers (about 20 KB of heap each) and as many texts' readings; 0 turns it off. */
export function createAnswerCache(entries: number): AnswerCache {
  if (entries <= 0) return { readings: () => ({ get: () => undefined, set: () => undefined }), get: (_k, _q, make) => make(), size: 0 };
  const lru = new LRUCache<string, Made>({ max: entries });
  const texts = new LRUCache<string, TextReading>({ max: entries });
  const memo: ReadingMemo = { get: (text) => texts.get(text), set: (text, read) => void texts.set(text, read) };
  // A text read before and asked without a follow-up comes back from understand() as the very (frozen)
  // Question object of its remembered reading: such a question finds its answer by identity, without
  // serialising it for the key. These maps hold nothing the readings and answers above do not already
  // hold, and their entries go when the reading is forgotten.
  let byQuestion = new WeakMap<Question, Made>();
  let owner: Knowledge | null = null;
  const ownedBy = (k: Knowledge): void => {
    if (k !== owner) {
      lru.clear();
      texts.clear();
      byQuestion = new WeakMap();
      owner = k;
    }
  };
  return {
    readings(k) {
      ownedBy(k);
      return memo;
    },
    get(k, q, make) {
      ownedBy(k);
      const known = byQuestion.get(q);
      if (known !== undefined) return known;
      // The key is what the answer depends on (core answerInputs): the understood question, and the words
      // typed only for a clarification, which quotes them. Two ways of asking one thing share an answer.
      const key = JSON.stringify(answerInputs(q));
      let hit = lru.get(key);
      if (hit === undefined) {
        hit = deepFreeze(make());
        lru.set(key, hit);
      }
      // Only a frozen Question can come back unchanged; any other is new each turn.
      if (Object.isFrozen(q)) byQuestion.set(q, hit);
      return hit;
    },
    get size() {
      return lru.size;
    },
  };
}
