// The Teams edge: routes each kind of activity to its handler in handlers/ (one per route: message, card
// action, message-extension query, install/welcome), saves the turn's state and logs one line per turn.
// Facts are never decided here. A move to another Teams SDK maps handler to handler.
import { TeamsActivityHandler, type InvokeResponse, type MessagingExtensionQuery, type MessagingExtensionResponse, type TurnContext } from 'botbuilder';
import type { Logger } from '../log';
import type { Pipeline } from '../pipeline/pipeline';
import { onCardAction, cardResponse } from './handlers/card-action';
import { createMessageMaker } from './handlers/card-message';
import { onMessage } from './handlers/message';
import { onSearch } from './handlers/message-extension';
import { INTENT_KEY, type TurnDeps } from './handlers/turn';
import { addsTheBot, createWelcomer, type Welcomer } from './handlers/welcome';
import type { BotState } from './state/bot-state';
import type { WatchStore } from './watch/watch-store';

export { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from './handlers/message-extension';

export interface ScoutBotDeps {
  pipeline: Pipeline;
  state: BotState;
  log: Logger;
  now?: () => number;
  watches?: WatchStore;
}

export class ScoutBot extends TeamsActivityHandler {
  private readonly deps: TurnDeps;
  private readonly welcomer: Welcomer = createWelcomer();

  constructor({ pipeline, state, log, now, watches }: ScoutBotDeps) {
    super();
    this.deps = { pipeline, state, log, now: now ?? Date.now, messageFor: createMessageMaker(), watches };
    this.onMessage(async (context, next) => {
      await onMessage(context, this.deps);
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      if (addsTheBot(context)) await this.welcomer.welcome(context, this.deps);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcomer.welcome(context, this.deps);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const started = process.hrtime.bigint();
    try {
      await super.run(context);
    } finally {
      try {
        await this.deps.state.save(context);
      } finally {
        this.welcomer.settled(context);
      }
      logTurn(this.deps.log, context, started);
    }
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    const name = typeof context.activity.name === 'string' ? context.activity.name : '';
    let response: InvokeResponse;
    try {
      response = name === 'adaptiveCard/action' ? await onCardAction(context, this.deps) : await super.onInvokeActivity(context);
    } catch (error) {
      // An invoke is answered in the HTTP response, so a failure here gets a polite answer, not a 5xx.
      this.deps.log.error({ turn: context.activity.id, name, err: error }, 'invoke failed');
      if (name === 'adaptiveCard/action')
        return cardResponse(this.deps.pipeline.current().error('Sorry, something went wrong on my side', 'Please try again in a moment, or type “help”.'));
      return { status: 200, body: { composeExtension: { type: 'message', text: 'Sorry, something went wrong. Please try again.' } } };
    }
    // botbuilder answers invokes it has no handler for with 501; a client sending one gets a 4xx instead.
    if (response.status === 501) {
      return { status: 400, body: { error: 'NotSupported', message: `this bot does not handle '${name.slice(0, 64)}' invokes` } };
    }
    return response;
  }

  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    return onSearch(context, query, this.deps);
  }
}

/** One line per turn; not even built when info is off. */
function logTurn(log: Logger, context: TurnContext, started: bigint): void {
  if (!log.isLevelEnabled('info')) return;
  const a = context.activity;
  log.info(
    {
      turn: a.id,
      type: a.type,
      name: a.name,
      conversation: a.conversation?.id,
      intent: context.turnState.get(INTENT_KEY) ?? null,
      latencyMs: Number(process.hrtime.bigint() - started) / 1e6,
    },
    'turn',
  );
}
