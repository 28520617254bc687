// An in-card action (Action.Execute, invoke `adaptiveCard/action`): the pickers' Check, a clarification's
// candidate, an example question. Check builds its Question straight from the card's data; the others
// carry a question's text. Where the answer goes (in place, or a new reply) is delivery.ts's rule.
import type { InvokeResponse, TurnContext } from 'botbuilder';
import { checkQuestion, type Question } from '../../core';
import type { AdaptiveCard } from '../../presentation/card-render';
import type { Asker } from '../../presentation/card-view';
import { questionText } from './activity-text';
import { deliveryFor, type CardOrigin } from './delivery';
import { answerAndRemember, type TurnDeps } from './turn';

const CARD = 'application/vnd.microsoft.card.adaptive';
const MESSAGE = 'application/vnd.microsoft.activity.message';
const ERROR = 'application/vnd.microsoft.error';

/** The Universal Actions invoke response shapes this bot sends. */
export type CardActionResponse =
  | { statusCode: 200; type: typeof CARD; value: AdaptiveCard }
  | { statusCode: 200; type: typeof MESSAGE; value: string }
  | { statusCode: 400; type: typeof ERROR; value: { code: string; message: string } };

export function cardResponse(card: AdaptiveCard): InvokeResponse<CardActionResponse> {
  return { status: 200, body: { statusCode: 200, type: CARD, value: card } };
}

export function refusal(code: string, message: string): InvokeResponse<CardActionResponse> {
  return { status: 400, body: { statusCode: 400, type: ERROR, value: { code, message } } };
}

interface Action {
  type?: unknown;
  verb?: unknown;
  data?: unknown;
}

export async function onCardAction(context: TurnContext, deps: TurnDeps): Promise<InvokeResponse<CardActionResponse>> {
  const value = context.activity.value as { action?: unknown } | undefined;
  // botbuilder reads value.action.type without checking that `action` exists.
  if (!value || typeof value !== 'object' || !value.action || typeof value.action !== 'object') return refusal('BadRequest', 'Missing action');
  const action = value.action as Action;
  if (action.type !== 'Action.Execute') return refusal('NotSupported', `The action '${String(action.type).slice(0, 64)}' is not supported.`);
  const verb = typeof action.verb === 'string' ? action.verb : '';
  const data = (action.data && typeof action.data === 'object' ? action.data : {}) as Record<string, unknown>;
  const origin: CardOrigin = data.origin === 'extension' ? 'extension' : 'conversation';
  const scout = deps.pipeline.current();
  const now = deps.now();

  let q: Question | null = null;
  let missing: string[] = [];
  if (verb === 'check') {
    const model = typeof data.model === 'string' ? data.model : '';
    const region = typeof data.region === 'string' ? data.region : '';
    if (!scout.knowledge.catalog.model(model)) missing.push('a model');
    if (!scout.knowledge.catalog.regions.get(region)) missing.push('a region');
    if (!missing.length) q = checkQuestion(model, region);
  } else if (verb === 'clarify' || verb === 'ask') {
    const text = typeof data.text === 'string' ? questionText({ text: data.text }) : '';
    if (text) q = scout.understand(text, await deps.state.memory(context), now);
    else missing = ['a question'];
  } else {
    return cardResponse(
      scout.error('I don’t know this button', 'The card may come from an older version of Fine-Tune Scout. Ask your question again, or type “help”.', origin),
    );
  }
  if (q === null) {
    return cardResponse(scout.error(`Pick ${missing.join(' and ')}`, `Choose ${missing.join(' and ')} from the lists, then press Check again.`, origin));
  }

  // A card inserted by the message extension is read by others: it names who asked.
  const asker: Asker | null = origin === 'extension' ? { name: context.activity.from?.name ?? 'someone', question: q.text } : null;
  const answered = await answerAndRemember(context, deps, scout, q, { origin, asker, now });
  if (deliveryFor(verb, origin, context.activity.conversation?.conversationType) === 'new-reply') {
    await context.sendActivity(deps.messageFor(answered));
    return { status: 200, body: { statusCode: 200, type: MESSAGE, value: 'Answered in a new reply.' } };
  }
  return cardResponse(answered.card);
}
