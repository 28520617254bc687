// What every handler is given: the pipeline, the bot's state and the log, and a clock.
import type { TurnContext } from 'botbuilder';
import type { Logger } from '../../log';
import type { Question } from '../../core';
import type { Answered, AnswerOptions, Pipeline, Scout } from '../../pipeline/pipeline';
import type { BotState } from '../state/bot-state';
import type { MessageFor } from './card-message';
import type { WatchStore } from '../watch/watch-store';

export interface TurnDeps {
  pipeline: Pipeline;
  state: BotState;
  log: Logger;
  now: () => number;
  /** The message that carries a card, made once per shared card. */
  messageFor: MessageFor;
  /** Where this conversation's watches are kept (absent: watch commands are not offered). */
  watches?: WatchStore;
}

/** The turn-state key under which a handler records what the turn was about, for the turn's log line. */
export const INTENT_KEY = 'scout.intent';

/**
 * Answers `q` from the turn's knowledge, records the intent for the log line and keeps the question for
 * follow-ups (the pipeline says what to keep).
 */
export async function answerAndRemember(context: TurnContext, deps: TurnDeps, scout: Scout, q: Question, options: AnswerOptions): Promise<Answered> {
  // Many people read a group chat's or channel's card and few re-check from it: it leaves the pickers out.
  const shared = context.activity.conversation?.conversationType;
  const compact = options.compact ?? (shared === 'channel' || shared === 'groupChat');
  const answered = scout.answer(q, { ...options, compact });
  context.turnState.set(INTENT_KEY, q.intent);
  await deps.state.keep(context, answered.memory);
  return answered;
}
