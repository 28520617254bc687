// Answers and their cards, remembered per understood question. Answering and, above all, expanding the
// card templates (adaptivecards-templating) were most of what a Scout turn cost above a bare echo bot on
// the same stack (docs/BENCHMARKS.md), and people ask the same few questions again and again.
// A card is a pure function of the Question, the catalog and the card options, so a remembered card is
// exactly the card that would be made; the cache empties itself when the knowledge is swapped (a catalog
// refresh), so no answer outlives the facts it was made from.
import { LRUCache } from 'lru-cache';
import type { Answer } from '../core/answer/types';
import { deepFreeze } from '../core/deep-freeze';
import type { Question } from '../core/question';
import type { AdaptiveCard } from '../cards/render';
import type { CardOptions } from '../cards/view';
import type { Knowledge } from '../knowledge';

export interface Answered {
  readonly answer: Answer;
  readonly card: AdaptiveCard;
}

export interface AnswerCache {
  /**
   * The remembered answer and card for this question under this knowledge, or `make`'s, frozen and
   * remembered. Both are shared between turns, hence frozen: nobody may change them.
   */
  get(k: Knowledge, q: Question, origin: NonNullable<CardOptions['origin']>, make: () => Answered): Answered;
  readonly size: number;
}

/** At most `entries` answers (about 20 KB of heap each); 0 turns the cache off. */
export function createAnswerCache(entries: number): AnswerCache {
  if (entries <= 0) return { get: (_k, _q, _origin, make) => make(), size: 0 };
  const lru = new LRUCache<string, Answered>({ max: entries });
  let owner: Knowledge | null = null;
  return {
    get(k, q, origin, make) {
      if (k !== owner) {
        lru.clear();
        owner = k;
      }
      // The whole Question is the key (typed text included: clarify cards quote it), so two questions
      // share an answer only when they were understood identically.
      const key = `${origin}\u0000${JSON.stringify(q)}`;
      let hit = lru.get(key);
      if (hit === undefined) {
        hit = deepFreeze(make());
        lru.set(key, hit);
      }
      return hit;
    },
    get size() {
      return lru.size;
    },
  };
}
