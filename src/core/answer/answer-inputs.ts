// What of a Question its answer depends on. Only a clarification quotes the words typed ("Which model do
// you mean by “gpt4”?", and its buttons ask the question again with each candidate in their place); every
// other answer is made from what the words were understood as, never from the words. Whoever remembers
// answers (src/bot/answer-cache.ts) keys them by this, so "o4-mini west europe" and "Can I fine-tune
// o4-mini in West Europe?" share one answer and one card. test/answer/answer-inputs.test.ts holds answer()
// to it: should an answer ever read the words, that test fails before a wrong card is served.
import type { Question } from '../question';

export function answerInputs(q: Question): Question {
  if (q.intent === 'clarify' || q.clarify !== null) return q;
  return {
    ...q,
    text: '',
    models: q.models.map((m) => (m.said === '' ? m : { ...m, said: '' })),
    place: q.place && (q.place.said === '' ? q.place : { ...q.place, said: '' }),
  };
}
