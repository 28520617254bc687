// A local OpenID provider on 127.0.0.1 standing in for login.botframework.com: it publishes an OpenID
// configuration and a JWKS of RSA keys generated here, and mints tokens the way the Bot Framework channel
// does (RS256, `kid` in the header, `serviceurl` claim). The bot is pointed at it through its configuration
// (`env()`: OPENID_METADATA_URL) or botbuilder's settings (`authSettings()`), so its real token validation
// (botbuilder's JwtTokenExtractor and jsonwebtoken, with the bot's bounded key fetch) runs against local keys
// with no network. `fail()` makes it fail the ways an identity provider's outage does.
import { createHmac, generateKeyPairSync, randomUUID, sign as rsaSign, type KeyObject } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** The issuer Bot Framework channel tokens carry (AuthenticationConstants.ToBotFromChannelTokenIssuer). */
export const BOT_FRAMEWORK_ISSUER = 'https://api.botframework.com';

export interface KeySpec {
  kid: string;
  /** Channels the key may sign for. Botbuilder enforces this only when the list is non-empty: the
   *  activity's channelId must then be in it (EndorsementsValidator). Real Bot Framework keys carry it. */
  endorsements?: string[];
}

export interface SignOptions {
  /** Header `kid`; defaults to the first published key's. `null` leaves it out. */
  kid?: string | null;
  /** The RSA private key to sign with; defaults to the private key of the key named by `kid`. */
  key?: KeyObject;
  /** 'RS256' (default), 'HS256' (HMAC with `secret`), or 'none' (no signature). */
  alg?: 'RS256' | 'HS256' | 'none';
  /** The HMAC secret for HS256; defaults to the published public key's PEM (the classic algorithm-confusion attack). */
  secret?: string | Buffer;
  /** Extra header fields. */
  header?: Record<string, unknown>;
}

export interface OpenIdProvider {
  /** e.g. http://127.0.0.1:40123 */
  url: string;
  metadataUrl: string;
  jwksUrl: string;
  issuer: string;
  /** The first published key's id. */
  kid: string;
  /** Paths requested so far (to show validation ran against this provider). */
  requests: string[];
  /** The published public key for this kid, as PEM. */
  publicKeyPem(kid?: string): string;
  /** A JWT over these claims (no defaults added). */
  sign(claims: Record<string, unknown>, options?: SignOptions): string;
  /** The claims a Bot Framework channel token carries for this bot and service URL, valid for an hour. */
  channelClaims(appId: string, serviceUrl: string, overrides?: Record<string, unknown>): Record<string, unknown>;
  /** Settings for ConfigurationBotFrameworkAuthentication (startApp's `authSettings`) trusting this provider. */
  authSettings(): Record<string, string>;
  /** The bot's own configuration (environment) trusting this provider: OPENID_METADATA_URL. */
  env(): Record<string, string>;
  /**
   * Make the provider fail as an outage does, for its metadata and its keys: answer 500 (with its URL in the
   * body, as real gateways' error pages do), reset the connection, or accept the request and never answer.
   * null serves normally again.
   */
  fail(mode: ProviderFault | null): void;
  close(): Promise<void>;
}

export type ProviderFault = 'status-500' | 'reset' | 'hang';

const b64url = (data: Buffer | string) => Buffer.from(data).toString('base64url');

/** A fresh 2048-bit RSA key pair (not published anywhere unless given to the provider). */
export function rsaKeyPair(): { publicKey: KeyObject; privateKey: KeyObject } {
  return generateKeyPairSync('rsa', { modulusLength: 2048 });
}

export async function startOpenIdProvider(options: { keys?: KeySpec[]; issuer?: string } = {}): Promise<OpenIdProvider> {
  const specs = options.keys ?? [{ kid: `scout-test-${randomUUID()}`, endorsements: ['msteams'] }];
  if (specs.length === 0) throw new Error('publish at least one key');
  const issuer = options.issuer ?? BOT_FRAMEWORK_ISSUER;
  const keys = new Map(specs.map((s) => [s.kid, { spec: s, ...rsaKeyPair() }]));
  const requests: string[] = [];
  let fault: ProviderFault | null = null;

  const jwks = () => ({
    keys: [...keys.values()].map(({ spec, publicKey }) => {
      const jwk = publicKey.export({ format: 'jwk' });
      return { kty: 'RSA', use: 'sig', kid: spec.kid, n: jwk.n, e: jwk.e, ...(spec.endorsements ? { endorsements: spec.endorsements } : {}) };
    }),
  });

  let base = '';
  const server = http.createServer((req, res) => {
    requests.push(req.url ?? '');
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (req.method !== 'GET') return json(405, { error: 'method not allowed' });
    if (fault === 'hang') return; // closed by close()'s closeAllConnections
    if (fault === 'reset') return req.socket.resetAndDestroy();
    if (fault === 'status-500') return json(500, { error: `upstream ${base}${req.url} unavailable` });
    if (req.url === '/.well-known/openid-configuration') {
      return json(200, {
        issuer,
        authorization_endpoint: `${base}/authorize`,
        jwks_uri: `${base}/keys`,
        id_token_signing_alg_values_supported: ['RS256'],
        token_endpoint_auth_methods_supported: ['private_key_jwt'],
      });
    }
    if (req.url === '/keys') return json(200, jwks());
    return json(404, { error: 'not found' });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  const firstKid = specs[0]!.kid;

  const publicKeyPem = (kid = firstKid) => {
    const k = keys.get(kid);
    if (!k) throw new Error(`no published key ${kid}`);
    return k.publicKey.export({ format: 'pem', type: 'spki' }).toString();
  };

  return {
    url: base,
    metadataUrl: `${base}/.well-known/openid-configuration`,
    jwksUrl: `${base}/keys`,
    issuer,
    kid: firstKid,
    requests,
    publicKeyPem,
    sign(claims, o = {}) {
      const alg = o.alg ?? 'RS256';
      const kid = o.kid === undefined ? firstKid : o.kid;
      const header = { alg, typ: 'JWT', ...(kid === null ? {} : { kid }), ...o.header };
      const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
      if (alg === 'none') return `${input}.`;
      if (alg === 'HS256') {
        const secret = o.secret ?? publicKeyPem(kid ?? firstKid);
        return `${input}.${b64url(createHmac('sha256', secret).update(input).digest())}`;
      }
      const key = o.key ?? keys.get(kid ?? '')?.privateKey;
      if (!key) throw new Error(`no private key for kid ${kid}: pass options.key`);
      return `${input}.${b64url(rsaSign('sha256', Buffer.from(input), key))}`;
    },
    channelClaims(appId, serviceUrl, overrides = {}) {
      const now = Math.floor(Date.now() / 1000);
      return { serviceurl: serviceUrl, nbf: now - 60, iat: now - 60, exp: now + 3600, iss: issuer, aud: appId, ...overrides };
    },
    authSettings() {
      // Any of these set makes botbuilder use ParameterizedBotFrameworkAuthentication with exactly these
      // values (BotFrameworkAuthenticationFactory.create): unset ones stay undefined rather than falling back
      // to the public-cloud defaults, so every one is given.
      return {
        // Inbound: channel tokens are checked against this provider's keys and issuer.
        ToBotFromChannelOpenIdMetadataUrl: `${base}/.well-known/openid-configuration`,
        ToBotFromChannelTokenIssuer: issuer,
        // Tokens whose issuer looks like the Emulator's or another bot's (skill) are checked against the
        // Emulator metadata instead: keep that local too, so no token shape can make the bot go online.
        ToBotFromEmulatorOpenIdMetadataUrl: `${base}/.well-known/openid-configuration`,
        // Outbound (replies, user tokens): the public-cloud values. The tests never reach them: they
        // prove acceptance with invokes and expectReplies, answered in the HTTP response.
        ToChannelFromBotLoginUrl: 'https://login.microsoftonline.com/botframework.com',
        ToChannelFromBotOAuthScope: 'https://api.botframework.com',
        OAuthUrl: 'https://api.botframework.com',
        CallerId: 'urn:botframework:azure',
        ValidateAuthority: 'true',
      };
    },
    env: () => ({ OPENID_METADATA_URL: `${base}/.well-known/openid-configuration` }),
    fail(mode) {
      fault = mode;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
