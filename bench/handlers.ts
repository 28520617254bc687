// Turn logic without HTTP: each bot's run() (its handler, its state read and written through botbuilder,
// and, for Scout, understanding, answering and the card) over the same corpus activities, on botbuilder's
// TurnContext with an adapter whose sends go nowhere. Over HTTP a turn also parses the request, sends the
// reply through the connector client and answers the request, and on a shared machine those figures are
// noisy; this one shows how much of a Scout turn is Scout's own work, beside the echo bot doing the same
// with a line of text or with Scout's card. The bots are built as the bench's HTTP bots are.
import { type ActivityHandler, BotAdapter, ConversationState, TurnContext, type Activity, type ResourceResponse } from 'botbuilder';
import { createScoutBot } from '../src/bot/app';
import { readConfig } from '../src/config';
import { createLogger } from '../src/log';
import { createStorage } from '../src/bot/state/storage';
import { messageBodies } from './activities';
import { EchoBot } from './echo-bot';
import { scoutReplies } from './echo-cards';
import { summary } from './stats';

/** Replies are only counted here: what sending costs is in the HTTP figures. */
class NowhereAdapter extends BotAdapter {
  sent = 0;
  async sendActivities(_context: TurnContext, activities: Partial<Activity>[]): Promise<ResourceResponse[]> {
    this.sent += activities.length;
    return activities.map((_, i) => ({ id: String(i) }));
  }
  async updateActivity(): Promise<void> {}
  async deleteActivity(): Promise<void> {}
  async continueConversation(): Promise<void> {}
}

export type HandlerKind = 'echo' | 'echo-card' | 'scout';
export const HANDLER_KINDS: readonly HandlerKind[] = ['echo', 'echo-card', 'scout'];

export interface HandlerOptions {
  /** Rounds over the three bots (each in turn, every other round in reverse order). */
  rounds: number;
  /** Turns per bot per round. */
  turns: number;
  conversations: number;
}

export interface HandlerFigures {
  options: HandlerOptions;
  /** CPU time per turn (user + system) of each round, per bot. */
  cpuPerTurnUs: Record<HandlerKind, number[]>;
  median: Record<HandlerKind, number>;
  /** Turns each bot ran in the measured rounds, and the replies it sent in them. */
  turns: Record<HandlerKind, number>;
  replies: Record<HandlerKind, number>;
}

export async function runHandlers(o: HandlerOptions): Promise<HandlerFigures> {
  const config = readConfig({ LOG_LEVEL: 'silent', STATE_STORAGE: 'memory' });
  const log = createLogger('silent');
  const bots: Record<HandlerKind, ActivityHandler> = {
    echo: new EchoBot(new ConversationState(createStorage(config))),
    'echo-card': new EchoBot(new ConversationState(createStorage(config)), scoutReplies()),
    scout: createScoutBot(config, log).bot,
  };
  const activities = (prefix: string) =>
    messageBodies({ serviceUrl: 'http://127.0.0.1:9/', count: 4096, conversations: o.conversations, prefix }).map((b) => JSON.parse(b.toString()) as Activity);
  const state = HANDLER_KINDS.map((kind) => ({ kind, bot: bots[kind], adapter: new NowhereAdapter(), activities: activities(kind), next: 0 }));
  const block = async (s: (typeof state)[number], turns: number): Promise<number> => {
    const before = process.cpuUsage();
    for (let i = 0; i < turns; i++) {
      const activity = s.activities[s.next++ % s.activities.length]!;
      await s.bot.run(new TurnContext(s.adapter, activity));
    }
    const used = process.cpuUsage(before);
    return (used.user + used.system) / turns;
  };
  // Warm-up: every bot's paths compiled and every corpus question seen once.
  for (const s of state) await block(s, Math.max(o.turns, 500));
  const cpuPerTurnUs: Record<HandlerKind, number[]> = { echo: [], 'echo-card': [], scout: [] };
  for (const s of state) s.adapter.sent = 0;
  for (let r = 0; r < o.rounds; r++) {
    for (const s of r % 2 === 0 ? state : [...state].reverse()) cpuPerTurnUs[s.kind].push(await block(s, o.turns));
  }
  const median = Object.fromEntries(HANDLER_KINDS.map((k) => [k, summary(cpuPerTurnUs[k]).median])) as Record<HandlerKind, number>;
  const each = (f: (s: (typeof state)[number]) => number) => Object.fromEntries(state.map((s) => [s.kind, f(s)])) as Record<HandlerKind, number>;
  return { options: o, cpuPerTurnUs, median, turns: each(() => o.rounds * o.turns), replies: each((s) => s.adapter.sent) };
}
