// One connector client per (bot app id, audience, serviceUrl), and one user-token client per app id, kept
// across turns. botbuilder's CloudAdapter builds a new ConnectorClient and a new UserTokenClient for every turn: new credentials, and a new Azure SDK pipeline (a dozen
// policies ordered, a log sanitizer, the serializer's options), which a profile showed as a sizeable share
// of a turn's CPU. Nothing in the client belongs to a turn: the token is the credentials' own cache, and
// the turn's deadline is read at send time from the turn's async context (turn-deadline.ts), not held by
// the client. botbuilder's older BotFrameworkAdapter kept its clients the same way. The map is bounded:
// serviceUrls are a handful per cloud, and an unauthenticated (local) bot could be sent any number.
import {
  AuthenticationConstants,
  ConnectorFactory,
  type BotFrameworkAuthentication,
  type ClaimsIdentity,
  type ConnectorClient,
  type UserTokenClient,
} from 'botframework-connector';
import { LRUCache } from 'lru-cache';

/** Most connector clients kept; the least recently used goes first. */
export const MAX_CONNECTOR_CLIENTS = 64;

/** The bot's app id as botbuilder takes it for a connector (the token's audience, else its appid claim). */
function appIdOf(identity: ClaimsIdentity): string {
  return identity.getClaimValue(AuthenticationConstants.AudienceClaim) ?? identity.getClaimValue(AuthenticationConstants.AppIdClaim) ?? '';
}

class ReusingConnectorFactory extends ConnectorFactory {
  constructor(
    private readonly inner: ConnectorFactory,
    private readonly appId: string,
    private readonly clients: LRUCache<string, Promise<ConnectorClient>>,
  ) {
    super();
  }

  create(serviceUrl: string, audience?: string): Promise<ConnectorClient> {
    const key = `${this.appId}\n${audience ?? ''}\n${serviceUrl}`;
    let client = this.clients.get(key);
    if (client === undefined) {
      client = this.inner.create(serviceUrl, audience);
      this.clients.set(key, client);
      // A client that could not be made (e.g. no credentials) is not kept: the next turn tries again.
      client.catch(() => this.clients.delete(key));
    }
    return client;
  }
}

/** Makes the connector factory that authentication hands each turn reuse its clients, and the user-token client too. */
export function reuseConnectorClients(auth: BotFrameworkAuthentication, max = MAX_CONNECTOR_CLIENTS): void {
  const clients = new LRUCache<string, Promise<ConnectorClient>>({ max });
  const tokenClients = new LRUCache<string, Promise<UserTokenClient>>({ max });
  const createUserTokenClient = auth.createUserTokenClient.bind(auth);
  auth.createUserTokenClient = (identity) => {
    const key = appIdOf(identity);
    let client = tokenClients.get(key);
    if (client === undefined) {
      client = createUserTokenClient(identity);
      tokenClients.set(key, client);
      client.catch(() => tokenClients.delete(key));
    }
    return client;
  };
  const authenticate = auth.authenticateRequest.bind(auth);
  auth.authenticateRequest = async (activity, authHeader) => {
    const result = await authenticate(activity, authHeader);
    if (!result.connectorFactory) return result;
    return { ...result, connectorFactory: new ReusingConnectorFactory(result.connectorFactory, appIdOf(result.claimsIdentity), clients) };
  };
}
