// The token a reply to Teams carries is fetched (from Microsoft Entra ID, or the managed identity endpoint)
// above the HTTP client outbound-client.ts bounds, by libraries (MSAL, @azure/identity) that take no
// deadline from botbuilder. This factory hands botbuilder the same credentials with their signing bounded
// by the turn's deadline: a token endpoint that hangs costs the turn at most what is left of it, and marks
// the turn so that no apology is tried through the same failure.
import { ServiceClientCredentialsFactory } from 'botframework-connector';
import { markDown, type TurnDeadlines } from './turn-deadline';

type Credentials = Awaited<ReturnType<ServiceClientCredentialsFactory['createCredentials']>>;
type Signed = ReturnType<Credentials['signRequest']>;

export class DeadlineCredentialsFactory extends ServiceClientCredentialsFactory {
  constructor(
    private readonly inner: ServiceClientCredentialsFactory,
    private readonly turns: TurnDeadlines,
    private readonly now: () => number = Date.now,
  ) {
    super();
  }

  isValidAppId(appId: string): Promise<boolean> {
    return this.inner.isValidAppId(appId);
  }

  isAuthenticationDisabled(): Promise<boolean> {
    return this.inner.isAuthenticationDisabled();
  }

  async createCredentials(appId: string, audience: string | undefined, loginEndpoint: string, validateAuthority: boolean): Promise<Credentials> {
    const credentials = await this.inner.createCredentials(appId, audience, loginEndpoint, validateAuthority);
    const sign = (webResource: Parameters<Credentials['signRequest']>[0]): Signed => this.signWithin(credentials, webResource);
    // Everything but signRequest is the credentials' own (botbuilder reads appId and others from them).
    return new Proxy(credentials, {
      get: (target, prop) => {
        if (prop === 'signRequest') return sign;
        const value = Reflect.get(target, prop, target) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
  }

  private async signWithin(credentials: Credentials, webResource: Parameters<Credentials['signRequest']>[0]): Signed {
    const turn = this.turns.current();
    if (!turn) return credentials.signRequest(webResource);
    if (turn.down) throw new Error(`reply to Teams not sent: the connector already failed in this turn (${turn.down})`);
    const remaining = Math.max(0, turn.deadline - this.now());
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no token for the reply to Teams within ${remaining} ms`)), remaining);
    });
    try {
      return await Promise.race([credentials.signRequest(webResource), expired]);
    } catch (error) {
      markDown(turn, `no token for the reply (${(error as Error)?.message ?? String(error)})`);
      throw error;
    } finally {
      clearTimeout(timer);
    }
  }
}
