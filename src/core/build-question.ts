// Questions made from data rather than text: an in-card Check carries a model id and a region name, the
// welcome card is the help answer. Building them directly spares a round trip through a string that
// understand() would have to parse back (and could read differently once the wording rules change).
import type { Question } from './question';

/** A question with nothing named: the base every built question starts from. */
export function blankQuestion(text: string): Question {
  return {
    intent: 'unknown',
    text,
    models: [],
    regions: [],
    place: null,
    tier: null,
    excludeTiers: [],
    modality: null,
    filters: [],
    negated: false,
    method: null,
    clarify: null,
    offTopic: null,
    aside: null,
    outside: null,
    asks: null,
    deployment: null,
    since: null,
    followUp: false,
  };
}

/** "Can I fine-tune `model` in `region`?", for a catalog model id and a programmatic region name. */
export function checkQuestion(model: string, region: string): Question {
  return {
    ...blankQuestion(`check ${model} ${region}`),
    intent: 'check',
    models: [{ id: model, source: 'catalog', version: null, said: model }],
    regions: [region],
  };
}

/** "help": what the bot answers and how to ask it. */
export function helpQuestion(): Question {
  return { ...blankQuestion('help'), intent: 'help' };
}
