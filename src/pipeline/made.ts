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
  /** The answer's card for where it will live (the conversation, or inserted by the message extension). */
  readonly card: (origin: CardOrigin) => AdaptiveCard;
}

/** Answers `q` from `catalog`; its text and cards are made when first asked for. */
export function make(q: Question, catalog: CatalogService, cards: CardRenderer): Made {
  const a = answer(q, catalog);
  let text: string | undefined;
  const byOrigin: Partial<Record<CardOrigin, AdaptiveCard>> = {};
  return {
    answer: a,
    text: () => (text ??= answerToText(a)),
    card: (origin) => (byOrigin[origin] ??= deepFreeze(cards.render(a, catalog, { origin }))),
  };
}
