// The message that carries a card to Teams. A card the pipeline remembers is shared between turns, so its
// message is made once and remembered with it (botbuilder sends a shallow copy, so one frozen message
// serves every turn).
import { ActivityTypes, CardFactory, MessageFactory } from 'botbuilder';
import { deepFreeze, type Answer } from '../../core';
import type { AdaptiveCard } from '../../presentation/card-render';

export type CardMessage = ReturnType<typeof MessageFactory.attachment>;

export function cardMessage(card: AdaptiveCard, a: Answer): CardMessage {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  // Teams shows `summary` in notifications and screen readers read it: the one-line answer.
  message.summary = `${a.headline} — ${a.subject}`;
  message.type = ActivityTypes.Message;
  return message;
}

export type MessageFor = (answered: { card: AdaptiveCard; answer: Answer }) => CardMessage;

/** The message for an answered question's card, made once per shared card (a bot keeps one of these). */
export function createMessageMaker(): MessageFor {
  const messages = new WeakMap<AdaptiveCard, CardMessage>();
  return (answered) => {
    let message = messages.get(answered.card);
    if (message === undefined) {
      message = cardMessage(answered.card, answered.answer);
      // Only a frozen card is shared; its message is frozen with it so no turn can change another's.
      if (Object.isFrozen(answered.card)) messages.set(answered.card, deepFreeze(message));
    }
    return message;
  };
}
