// The welcome: the help card, once per conversation, when the bot is added (conversationUpdate with the
// bot among membersAdded) or installed (installationUpdate add). Teams sends both together on install,
// and both turns would read welcomed=false from state, so a welcome in flight is also remembered here
// until its turn has saved its state.
import type { TurnContext } from 'botbuilder';
import { helpQuestion } from '../../core';
import type { TurnDeps } from './turn';

const WELCOMING_KEY = 'scout.welcoming';

export interface Welcomer {
  /** Sends the welcome unless this conversation has had (or is having) one. */
  welcome(context: TurnContext, deps: TurnDeps): Promise<void>;
  /** Called when a turn has saved its state: its welcome, if any, is now in state. */
  settled(context: TurnContext): void;
}

export function createWelcomer(): Welcomer {
  const welcoming = new Set<string>();
  return {
    async welcome(context, deps) {
      const key = `${context.activity.channelId}/${context.activity.conversation.id}`;
      if (welcoming.has(key) || (await deps.state.welcomed(context))) return;
      welcoming.add(key);
      context.turnState.set(WELCOMING_KEY, key);
      await deps.state.markWelcomed(context);
      await context.sendActivity(deps.messageFor(deps.pipeline.current().answer(helpQuestion(), { now: deps.now() })));
    },
    settled(context) {
      const key = context.turnState.get(WELCOMING_KEY) as string | undefined;
      if (key) welcoming.delete(key);
    },
  };
}

/** Whether a conversationUpdate adds the bot itself (not someone else joining). */
export function addsTheBot(context: TurnContext): boolean {
  const botId = context.activity.recipient?.id;
  return (context.activity.membersAdded ?? []).some((m) => m.id === botId);
}
