// The Bot Framework adapter: authentication from the environment, every dependency a turn waits on bounded
// (Teams' connector, the token for replies, the identity provider's keys), and what happens when a turn fails.
import {
  type Activity,
  CallerIdConstants,
  CloudAdapter,
  ConfigurationBotFrameworkAuthentication,
  ConfigurationServiceClientCredentialFactory,
  type InvokeResponse,
  type TurnContext,
} from 'botbuilder';
import { AseChannelValidation, AuthenticationConstants, type AuthenticateRequestResult } from 'botframework-connector';
import type { Config } from '../../config';
import type { CardRenderer } from '../../presentation/card-render';
import type { Logger } from '../../log';
import { DeadlineCredentialsFactory } from './deadline-credentials';
import type { IdentityProviderStatus } from './openid-keys';
import { useBoundedKeys } from './openid-hook';
import { createBoundedHttpClient } from './outbound-client';
import { reuseConnectorClients } from './connector-clients';
import { createTurnDeadlines, type TurnDeadlines } from './turn-deadline';

/** Auth settings botbuilder reads besides the app's identity (e.g. a test's local OpenID metadata). */
export type ExtraAuthSettings = Record<string, string>;

type Logic = (context: TurnContext) => Promise<void>;

/**
 * Botbuilder's CloudAdapter, each of whose turns (from authentication to the last reply) runs under one
 * deadline for what it waits on Teams, and which reports the identity provider's state for /healthz.
 */
export class ScoutAdapter extends CloudAdapter {
  constructor(
    auth: ConfigurationBotFrameworkAuthentication,
    readonly turns: TurnDeadlines,
    private readonly identityProvider: () => IdentityProviderStatus | { enabled: false },
  ) {
    super(auth);
  }

  /** What /healthz shows of the identity provider. */
  identityProviderStatus(): IdentityProviderStatus | { enabled: false } {
    return this.identityProvider();
  }

  protected override processActivity(authHeader: string, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined>;
  protected override processActivity(result: AuthenticateRequestResult, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined>;
  protected override processActivity(auth: string | AuthenticateRequestResult, activity: Activity, logic: Logic): Promise<InvokeResponse | undefined> {
    return this.turns.run(() => (typeof auth === 'string' ? super.processActivity(auth, activity, logic) : super.processActivity(auth, activity, logic)));
  }
}

/**
 * The settings that point token validation at OPENID_METADATA_URL. Botbuilder takes any one of these as
 * "configure everything by hand" and leaves the rest undefined (BotFrameworkAuthenticationFactory), so the
 * others are given their public-cloud values. Tokens that look like the Emulator's or another bot's are
 * checked against the same provider: every key the bot trusts then comes from the one configured.
 */
function openIdSettings(config: Pick<Config, 'OPENID_METADATA_URL' | 'OPENID_TOKEN_ISSUER'>): Record<string, string> {
  if (!config.OPENID_METADATA_URL && !config.OPENID_TOKEN_ISSUER) return {};
  return {
    ToBotFromChannelOpenIdMetadataUrl: config.OPENID_METADATA_URL || AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl,
    ToBotFromEmulatorOpenIdMetadataUrl: config.OPENID_METADATA_URL || AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl,
    ToBotFromChannelTokenIssuer: config.OPENID_TOKEN_ISSUER || AuthenticationConstants.ToBotFromChannelTokenIssuer,
    ToChannelFromBotLoginUrl: AuthenticationConstants.ToChannelFromBotLoginUrl,
    ToChannelFromBotOAuthScope: AuthenticationConstants.ToChannelFromBotOAuthScope,
    OAuthUrl: AuthenticationConstants.OAuthUrl,
    CallerId: CallerIdConstants.PublicAzureChannel,
    ValidateAuthority: 'true',
  };
}

/** The metadata URLs botbuilder validates tokens with: channel, Emulator/skill, and App Service channel. */
function metadataUrls(settings: Record<string, string>): { channel: string; all: string[] } {
  const channel = settings.ToBotFromChannelOpenIdMetadataUrl || AuthenticationConstants.ToBotFromChannelOpenIdMetadataUrl;
  const emulator = settings.ToBotFromEmulatorOpenIdMetadataUrl || AuthenticationConstants.ToBotFromEmulatorOpenIdMetadataUrl;
  return { channel, all: [channel, emulator, AseChannelValidation.MetadataUrl] };
}

export function createAdapter(config: Config, cards: CardRenderer, log: Logger, extra: ExtraAuthSettings = {}): ScoutAdapter {
  const identity = {
    MicrosoftAppId: config.MicrosoftAppId,
    MicrosoftAppPassword: config.MicrosoftAppPassword,
    // Local mode (no app id): botbuilder turns authentication off only on its MultiTenant path; its
    // SingleTenant (the default) and MSI paths refuse to start without an app id.
    MicrosoftAppType: config.MicrosoftAppId ? config.MicrosoftAppType : 'MultiTenant',
    MicrosoftAppTenantId: config.MicrosoftAppTenantId,
  };
  const settings = { ...openIdSettings(config), ...extra };
  const turns = createTurnDeadlines(config.TURN_DEADLINE_MS);
  const credentials = new DeadlineCredentialsFactory(new ConfigurationServiceClientCredentialFactory(identity), turns);
  // Every reply to Teams goes through a client with a per-attempt timeout, a capped Retry-After and the
  // turn's deadline.
  const httpClient = createBoundedHttpClient({ timeoutMs: config.OUTBOUND_TIMEOUT_MS, maxRetryAfterMs: config.OUTBOUND_MAX_RETRY_AFTER_MS, turns });
  const auth = new ConfigurationBotFrameworkAuthentication({ ...identity, ...settings }, credentials, undefined, undefined, {
    httpClient: httpClient as never,
  });
  reuseConnectorClients(auth);
  const urls = metadataUrls(settings);
  const keys = useBoundedKeys(auth, urls.all, { timeoutMs: config.OPENID_TIMEOUT_MS, log });
  const channelKeys = keys.get(urls.channel)!;
  const authenticated = Boolean(config.MicrosoftAppId);
  if (authenticated) channelKeys.warm();

  const adapter = new ScoutAdapter(auth, turns, () => (authenticated ? channelKeys.status() : { enabled: false }));
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
      await context.sendActivity({
        attachments: [{ contentType: 'application/vnd.microsoft.card.adaptive', content: card }],
        summary: 'Sorry, something went wrong',
      });
    } catch (sendError) {
      log.error({ turn: context.activity?.id, err: sendError }, 'could not send the apology');
    }
  };
  return adapter;
}
