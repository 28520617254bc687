// An answer to a question, its card and the message that carries the card to Teams, made together: the
// bot makes these once per question and remembers them (src/bot/answer-cache.ts).
import { ActivityTypes, CardFactory, MessageFactory } from 'botbuilder';
import { answer } from '../../core';
import type { Answer } from '../../core';
import type { Question } from '../../core';
import type { AdaptiveCard, CardRenderer } from '../../presentation/card-render';
import type { CardOptions } from '../../presentation/card-view';
import { pickersFor } from '../../presentation/card-pickers';
import type { Knowledge } from '../../knowledge/load';

export type CardMessage = ReturnType<typeof MessageFactory.attachment>;

export interface Answered {
  readonly answer: Answer;
  readonly card: AdaptiveCard;
  /** The message that carries the card. */
  readonly message: CardMessage;
}

export function cardMessage(card: AdaptiveCard, a: Answer): CardMessage {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  // Teams shows `summary` in notifications and screen readers read it: the one-line answer.
  message.summary = `${a.headline} — ${a.subject}`;
  message.type = ActivityTypes.Message;
  return message;
}

/** The answer to `q` from this knowledge, its card (with the model and region pickers) and its message. */
export function answerWithCard(k: Knowledge, cards: CardRenderer, q: Question, options: CardOptions = {}): Answered {
  const a = answer(q, k.catalog);
  const card = cards.render(a, { pickers: pickersFor(a, k.catalog), ...options });
  return { answer: a, card, message: cardMessage(card, a) };
}
