// The watch commands in a conversation: `watch <question>` (and its natural forms), `watches`, `unwatch
// <n>|all`, and the unwatch buttons on watch cards (Action.Submit, which arrives as a message with `value`).
// A watch keeps the Question understood from the text, never the text; something the bot cannot answer
// (an unknown name, a topic the documents do not cover, no question at all) is refused with the reason.
import { randomBytes } from 'node:crypto';
import { CardFactory, MessageFactory, type TurnContext } from 'botbuilder';
import { answerInputs, readWatchCommand } from '../../core';
import { questionText } from '../handlers/activity-text';
import { INTENT_KEY, type TurnDeps } from '../handlers/turn';
import { conversationOf } from './conversation';
import { listCard, type UnwatchValue } from './watch-cards';
import { updateWatches, type WatchStore } from './watch-store';
import { refusal, summaryFrom, summarise } from './watched-answer';
import { MAX_WATCHES, type ConversationWatches, type Watch } from './types';

const WHERE: Record<ConversationWatches['kind'], string> = { personal: 'this chat', groupChat: 'this group chat', channel: 'this channel' };

function isUnwatchValue(v: unknown): v is UnwatchValue {
  return !!v && typeof v === 'object' && (v as UnwatchValue).scoutWatch === 'unwatch' && typeof (v as UnwatchValue).id === 'string';
}

/** Handles the message when it is about watching; false when it is an ordinary question. */
export async function onWatchMessage(context: TurnContext, deps: TurnDeps, store: WatchStore): Promise<boolean> {
  const a = context.activity;
  const button = !a.text && isUnwatchValue(a.value) ? a.value : null;
  const command = button ? null : readWatchCommand(a.text ? questionText(a) : '');
  if (!button && !command) return false;
  context.turnState.set(INTENT_KEY, 'watch');
  const conversation = conversationOf(a);
  if (!conversation) {
    await context.sendActivity('I can only watch from a Teams conversation.');
    return true;
  }
  const { key, kind, reference } = conversation;
  const where = WHERE[kind];
  const say = (t: string) => context.sendActivity(MessageFactory.text(t));

  if (button) {
    await unwatch(button.id === 'all' ? 'all' : { id: button.id });
    return true;
  }
  if (command!.kind === 'list') {
    await list();
    return true;
  }
  if (command!.kind === 'unwatch') {
    const which = command!.which;
    if (which === null) await list('Which watch should I stop? Say “unwatch N” with its number, or “unwatch all”.');
    else if (which !== 'all' && which.length === 0) await say('Say “unwatch N” with the number from “watches”, or “unwatch all”.');
    else await unwatch(which === 'all' ? 'all' : { numbers: which });
    return true;
  }

  // watch <question>
  const rest = command!.rest;
  if (!rest) {
    await say(
      `What should I watch? Name a model, a region or both, e.g. “watch o4-mini in West Europe”. I post in ${where} when Microsoft's documents change the answer.`,
    );
    return true;
  }
  const scout = deps.pipeline.current();
  const q = scout.understand(rest, undefined, deps.now());
  const answered = scout.answer(q);
  const why = refusal(q, answered.answer);
  if (why) {
    await say(why);
    return true;
  }
  // What the answer reads, without the words typed (people's words stay out of stored state).
  const question = answerInputs(q);
  const summary = summarise(answered);
  const same = JSON.stringify(question);
  let outcome = 'added' as 'added' | 'duplicate' | 'full';
  let count = 0;
  const from = a.from ?? { id: '' };
  await updateWatches(store, key, (current) => {
    const value: ConversationWatches = current ?? { key, kind, reference, watches: [] };
    value.reference = reference; // the latest serviceUrl wins
    if (value.watches.some((w) => JSON.stringify(w.question) === same)) outcome = 'duplicate';
    else if (value.watches.length >= MAX_WATCHES) outcome = 'full';
    else {
      outcome = 'added';
      const watch: Watch = {
        id: randomBytes(6).toString('hex'),
        question,
        summary,
        by: { aadObjectId: from.aadObjectId ?? null, name: from.name ?? null },
        at: new Date(deps.now()).toISOString(),
      };
      value.watches.push(watch);
    }
    count = value.watches.length;
    return value;
  });
  if (outcome === 'duplicate') await say(`Already watching ${summary.subject} in ${where} (“watches” lists them).`);
  else if (outcome === 'full')
    await say(
      `${where[0]!.toUpperCase()}${where.slice(1)} already has ${MAX_WATCHES} watches, the most I keep. Stop one with “unwatch N” first (“watches” lists them).`,
    );
  else {
    deps.log.info({ conversation: key, watches: count }, 'watch set');
    await say(
      `Watching ${summary.subject}. Now: ${summary.headline} (${summary.source.title}, ${summary.source.date}). I'll post in ${where} when Microsoft's documents change this answer. Watch ${count} of ${MAX_WATCHES}; “watches” lists them, “unwatch ${count}” stops this one.`,
    );
  }
  return true;

  async function list(prompt?: string): Promise<void> {
    const current = (await store.get(key))?.value.watches ?? [];
    if (current.length === 0) {
      await say(
        `Nothing is watched in ${where}. Say “watch o4-mini in West Europe” (or any question about a model or region) to be told here when its answer changes.`,
      );
      return;
    }
    const scout = deps.pipeline.current();
    const rows = current.map((watch) => ({ watch, now: summaryFrom(scout, watch.question) }));
    const message = MessageFactory.attachment(CardFactory.adaptiveCard(listCard(rows, MAX_WATCHES, where)));
    message.summary = prompt ?? `Watching ${rows.length} in ${where}`;
    if (prompt) message.text = prompt;
    await context.sendActivity(message);
  }

  async function unwatch(which: 'all' | { id: string } | { numbers: number[] }): Promise<void> {
    let removed: Watch[] = [];
    let missing: number[] = [];
    let left = 0;
    await updateWatches(store, key, (current) => {
      if (!current) return null;
      const all = current.watches;
      if (which === 'all') removed = all;
      else if ('id' in which) removed = all.filter((w) => w.id === which.id);
      else {
        missing = which.numbers.filter((n) => n < 1 || n > all.length);
        removed = which.numbers.filter((n) => n >= 1 && n <= all.length).map((n) => all[n - 1]!);
      }
      current.watches = all.filter((w) => !removed.includes(w));
      left = current.watches.length;
      return current;
    });
    if (removed.length === 0) {
      await say(missing.length ? `There is no watch ${missing.join(', ')} in ${where} (“watches” lists them).` : `That watch is already gone from ${where}.`);
      return;
    }
    deps.log.info({ conversation: key, removed: removed.length, watches: left }, 'watch removed');
    const scout = deps.pipeline.current();
    const names = removed.map((w) => summaryFrom(scout, w.question).subject);
    await say(`Stopped watching ${names.join('; ')}. ${left ? `${left} still watched in ${where}.` : `Nothing is watched in ${where} now.`}`);
  }
}
