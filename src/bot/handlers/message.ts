// A message: someone typed a question (or pressed an Action.Submit button, which arrives as a message
// with `value` and no text). Understand it, continuing their last question when it is a follow-up, and
// reply with one card. Watch commands (watch, watches, unwatch, and the unwatch buttons) go to watch/.
import type { TurnContext } from 'botbuilder';
import { questionText } from './activity-text';
import { answerAndRemember, type TurnDeps } from './turn';
import { onWatchMessage } from '../watch/watch-handler';

export async function onMessage(context: TurnContext, deps: TurnDeps): Promise<void> {
  if (deps.watches && (await onWatchMessage(context, deps, deps.watches))) return;
  const a = context.activity;
  const text = a.text ? questionText(a) : typeof a.value?.text === 'string' ? questionText({ text: a.value.text }) : '';
  const scout = deps.pipeline.current();
  const now = deps.now();
  deps.log.debug({ turn: a.id, text }, 'question');
  const q = scout.understand(text, await deps.state.memory(context), now);
  const answered = await answerAndRemember(context, deps, scout, q, { now });
  await context.sendActivity(deps.messageFor(answered));
}
