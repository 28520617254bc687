// The Bot Framework adapter: authentication from the environment, everything a turn waits on Teams for
// (replies, the token for them) bounded by the turn's deadline, and what happens when a turn fails.
import {
  type Activity,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import type { AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from '../../config';
import type { CardRenderer } from '../../presentation/card-render';
import type { Logger } from '../../log';
import { DeadlineCredentialsFactory } from './deadline-credentials';
import { createBoundedHttpClient } from './outbound-client';
import { createTurnDeadlines, type TurnDeadlines } from './turn-deadline';

/** Auth settings botbuilder reads besides the app's identity (e.g. a test's local OpenID metadata). */
export type ExtraAuthSettings = Record<string, string>;

type Logic = (context: TurnContext) => Promise<void>;

/** Botbuilder's CloudAdapter, each of whose turns (from authentication to the last reply) runs under one
 *  deadline for what it waits on Teams. */
export class ScoutAdapter extends CloudAdapter {
  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    readonly turns: TurnDeadlines,
  ) {
    super(auth);
  }

  protected override processActivity(authHeader: string, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined>;
  protected override processActivity(result: AuthenticateRequestResult, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined>;
  protected override processActivity(auth: string | AuthenticateRequestResult, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined> {
    return this.turns.run(() => (typeof auth === 'string' ? super.processActivity(auth, activity, logic) : super.processActivity(auth, activity, logic)));
  }
}

export function createAdapter(config: Config, cards: CardRenderer, log: Logger, extra: ExtraAuthSettings = {}): ScoutAdapter {
  const identity = {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    MicrosoftAppType: config.MicrosoftAppType,
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  };
  const turns = createTurnDeadlines(config.TURN_DEADLINE_MS);
  const credentials = new DeadlineCredentialsFactory(new ConfigurationServiceClientCredentialFactory(identity), turns);
  // Every reply to Teams goes through a client with a per-attempt timeout, a capped Retry-After and the
  // turn's deadline.
  const httpClient = createBoundedHttpClient({ timeoutMs: config.OUTBOUND_TIMEOUT_MS, maxRetryAfterMs: config.OUTBOUND_MAX_RETRY_AFTER_MS, turns });
  const auth = new ConfigurationBotFrameworkAuthentication({ ...identity, ...extra }, credentials, undefined, undefined, {
    httpClient: httpClient as never,
  });
  const adapter = new ScoutAdapter(auth, turns);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // The error's details go to the log with the turn's id; the person gets an apology and a hint only.
    log.error({ turn: context.activity?.id, conversation: context.activity?.conversation?.id, err: error }, 'turn failed');
    if (context.activity?.type !== 'message') return;
    // An apology through the connector that just failed would fail too, and only make the turn longer.
    const trouble = turns.current()?.trouble;
    if (trouble) {
      log.warn({ turn: context.activity?.id, reason: trouble }, 'no apology sent: the connector failed in this turn');
      return;
    }
    try {
      const card = cards.error('Sorry, something went wrong on my side', 'Please try again in a moment, or type “help” to see what I can answer.');
      await context.sendActivity({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }], summary: 'Sorry, something went wrong' });
    } catch (sendError) {
      log.error({ turn: context.activity?.id, err: sendError }, 'could not send the apology');
    }
  };
  return adapter;
}
