// The message that carries an answer's card to Teams.
import { ActivityTypes, CardFactory, MessageFactory } from 'botbuilder';
import type { AdaptiveCard } from '../cards/render';
import type { Answer } from '../core/answer/types';

export type CardMessage = ReturnType<typeof MessageFactory.attachment>;

export function cardMessage(card: AdaptiveCard, a: Answer): CardMessage {
  const message = MessageFactory.attachment(CardFactory.adaptiveCard(card));
  // Teams shows `summary` in notifications and screen readers read it: the one-line answer.
  message.summary = `${a.headline} — ${a.subject}`;
  message.type = ActivityTypes.Message;
  return message;
}
