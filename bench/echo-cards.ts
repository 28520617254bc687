// For the "echo with Scout's card" bot: the reply Fine-Tune Scout gives to each corpus question (the same
// card and summary, made by the product's own understand, answer, renderer and pickers), prepared once at
// start-up. Replying with these, the echo bot sends the bytes Scout sends while doing none of Scout's
// work: that separates what sending a card costs from what Scout's own work costs.
// (Follow-ups are answered as if asked alone: the echo bot keeps no memory of questions.)
import { questionText } from '../src/bot/handlers/activity-text';
import { cardMessage, type CardMessage } from '../src/bot/handlers/card-message';
import { createCardRenderer } from '../src/presentation/card-render';
import { loadKnowledge } from '../src/knowledge/load';
import { CARDS_DIR } from '../src/paths';
import { createPipeline } from '../src/pipeline/pipeline';
import { loadQuestions } from './core';

export type CardReply = CardMessage;

/** Scout's reply to each corpus question, by the question's text as the bot reads it. */
export function scoutReplies(questions: readonly string[] = loadQuestions()): Map<string, CardReply> {
  const scout = createPipeline({ knowledge: loadKnowledge(), cards: createCardRenderer(CARDS_DIR), cacheEntries: 0 }).current();
  const replies = new Map<string, CardReply>();
  for (const text of questions) {
    const { card, answer } = scout.ask(text);
    replies.set(questionText({ text }), cardMessage(card, answer));
  }
  return replies;
}
