// What the pipeline makes for one understood question: the answer, and on first use its plain text and
// its card for each place a card can live. Shared between turns (src/pipeline/answer-cache.ts), hence
// frozen: the answer by whoever remembers it, each card as it is made.
import { answer, deepFreeze, type Answer, type CatalogService, type Question } from '../core';
import type { AdaptiveCard, CardRenderer } from '../presentation/card-render';
import type { CardOrigin } from '../presentation/card-view';
import { answerToText } from '../presentation/text-render';

export interface Made {
  readonly answer: Answer;
  /**
   * The answer as plain text, made on first use: the CLI and logs read it, a Teams turn never does, so a
   * new question need not pay for a second renderer.
   */
  readonly text: () => string;
  /**
   * The answer's card for where it will live (the conversation, or inserted by the message extension), full
   * or compact (a group chat's or channel's, without pickers), with the catalog's age note if it has one.
   */
  readonly card: (origin: CardOrigin, variant?: CardVariant) => AdaptiveCard;
}

/** What else a card depends on besides its answer: how compact it is, and the catalog-age note of the day. */
export interface CardVariant {
  compact?: boolean;
  ageNote?: string | null;
}

/** Answers `q` from `catalog`; its text and cards are made when first asked for. */
export function make(q: Question, catalog: CatalogService, cards: CardRenderer): Made {
  const a = answer(q, catalog);
  let text: string | undefined;
  // A handful of variants at most: two origins, compact or not, and one age note a day when it is old.
  const made = new Map<string, AdaptiveCard>();
  return {
    answer: a,
    text: () => (text ??= answerToText(a)),
    card: (origin, variant = {}) => {
      const key = `${origin}|${variant.compact === true ? 1 : 0}|${variant.ageNote ?? ''}`;
      let card = made.get(key);
      if (card === undefined) made.set(key, (card = deepFreeze(cards.render(a, catalog, { origin, ...variant }))));
      return card;
    },
  };
}
