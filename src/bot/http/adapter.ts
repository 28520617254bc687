// The Bot Framework adapter: authentication from the environment, and what happens when a turn fails.
import {
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type TurnContext,
} from 'botbuilder';
import type { Config } from '../../config';
import type { CardRenderer } from '../../presentation/card-render';
import type { Logger } from '../../log';
import { createBoundedHttpClient } from './outbound-client';

/** Auth settings botbuilder reads besides the app's identity (e.g. a test's local OpenID metadata). */
export type ExtraAuthSettings = Record<string, string>;

export function createAdapter(config: Config, cards: CardRenderer, log: Logger, extra: ExtraAuthSettings = {}): CloudAdapter {
  const identity = {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    // Local mode (no app id): botbuilder turns authentication off only on its MultiTenant path; its
    // SingleTenant (the default) and MSI paths refuse to start without an app id.
    MicrosoftAppType: config.MicrosoftAppId ? config.MicrosoftAppType : 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  };
  const credentials = new ConfigurationServiceClientCredentialFactory(identity);
  // Every reply to Teams goes through a client with a per-attempt timeout and a capped Retry-After.
  const httpClient = createBoundedHttpClient({ timeoutMs: config.OUTBOUND_TIMEOUT_MS, maxRetryAfterMs: config.OUTBOUND_MAX_RETRY_AFTER_MS });
  const auth = new ConfigurationBotFrameworkAuthentication({ ...identity, ...extra }, credentials, undefined, undefined, {
    httpClient: httpClient as never,
  });
  const adapter = new CloudAdapter(auth);
  adapter.onTurnError = async (context: TurnContext, error: Error) => {
    // The error's details go to the log with the turn's id; the person gets an apology and a hint only.
    log.error({ turn: context.activity?.id, conversation: context.activity?.conversation?.id, err: error }, 'turn failed');
    if (context.activity?.type !== 'message') return;
    try {
      const card = cards.error('Sorry, something went wrong on my side', 'Please try again in a moment, or type “help” to see what I can answer.');
      await context.sendActivity({ attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }], summary: 'Sorry, something went wrong' });
    } catch (sendError) {
      log.error({ turn: context.activity?.id, err: sendError }, 'could not send the apology');
    }
  };
  return adapter;
}
