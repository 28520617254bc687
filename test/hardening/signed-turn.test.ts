// A whole authenticated turn, everything local: a message carrying a token signed by the local identity
// provider's key (test/support/openid.ts, trusted through OPENID_METADATA_URL) is validated by botbuilder
// with the bot's bounded key fetch, answered, and its reply posted to the local connector carrying a token
// the bot got for it. The bot runs as a user-assigned managed identity, whose token comes from the App
// Service identity endpoint (IDENTITY_ENDPOINT / IDENTITY_HEADER, read by @azure/identity): here a local
// one, so that token is real too. When that endpoint never answers, the turn still ends by its deadline.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { App } from '../../src/bot/app';
import { capturingLogger, post, startBot } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { personalMessage } from '../support/fixtures';
import { startOpenIdProvider, type OpenIdProvider } from '../support/openid';

jest.setTimeout(60_000);

const APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
/** Another identity, so the token cached for the first one is not reused. */
const STUCK_APP_ID = '0a9b8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d';
const TENANT = '00000000-0000-0000-0000-000000000000';
const IDENTITY_HEADER = 'local-identity-header';

let provider: OpenIdProvider;
let connector: LocalConnector;
let identity: http.Server;
/** Token requests held unanswered; answered when the tests are over, so nothing is left pending. */
const held: http.ServerResponse[] = [];
let over = false;
function token(res: http.ServerResponse, resource: string | null): void {
  res.writeHead(200, { 'content-type': 'application/json' });
  res.end(JSON.stringify({ access_token: 'local-reply-token', expires_on: String(Math.floor(Date.now() / 1000) + 3600), resource, token_type: 'Bearer' }));
}
const tokenRequests: { clientId: string | null; resource: string | null; header: unknown }[] = [];
const saved = { endpoint: process.env.IDENTITY_ENDPOINT, header: process.env.IDENTITY_HEADER };

beforeAll(async () => {
  // Botbuilder console.error()s the refused request below; keep the test output readable.
  jest.spyOn(console, 'error').mockImplementation(() => {});
  provider = await startOpenIdProvider();
  connector = await startConnector();
  // The App Service managed identity endpoint: a token for whoever asks, except the stuck identity.
  identity = http.createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    tokenRequests.push({ clientId: url.searchParams.get('client_id'), resource: url.searchParams.get('resource'), header: req.headers['x-identity-header'] });
    if (url.searchParams.get('client_id') === STUCK_APP_ID && !over) return void held.push(res); // never answers
    token(res, url.searchParams.get('resource'));
  });
  await new Promise<void>((resolve) => identity.listen(0, '127.0.0.1', resolve));
  process.env.IDENTITY_ENDPOINT = `http://127.0.0.1:${(identity.address() as AddressInfo).port}/msi/token`;
  process.env.IDENTITY_HEADER = IDENTITY_HEADER;
});
afterAll(async () => {
  for (const [key, value] of [
    ['IDENTITY_ENDPOINT', saved.endpoint],
    ['IDENTITY_HEADER', saved.header],
  ] as const) {
    if (value === undefined) delete process.env[key];
    else process.env[key] = value;
  }
  over = true;
  for (const res of held) token(res, 'https://api.botframework.com');
  await new Promise<void>((resolve) => identity.close(() => resolve()));
  await connector.close();
  await provider.close();
  jest.restoreAllMocks();
});

function managedIdentityBot(appId: string, log = capturingLogger().log): Promise<App> {
  return startBot(
    { MicrosoftAppId: appId, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT, TURN_DEADLINE_MS: '3000', ...provider.env() },
    {},
    log,
  );
}

const bearer = (appId: string) => ({ authorization: `Bearer ${provider.sign(provider.channelClaims(appId, connector.serviceUrl))}` });

test('a message with a correctly signed token is answered, and the reply reaches the connector', async () => {
  const app = await managedIdentityBot(APP_ID);
  try {
    const conv = 'a:signed-turn';
    const res = await post(app.url, personalMessage(connector.serviceUrl, 'can I fine-tune o4-mini in West Europe?', conv), bearer(APP_ID));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor(1, conv);
    expect(reply!.activity.summary).toContain('o4-mini in West Europe');
    // Validated against the local provider's keys; the reply's token was asked for this identity.
    expect(provider.requests).toEqual(expect.arrayContaining(['/.well-known/openid-configuration', '/keys']));
    expect(tokenRequests).toContainEqual({ clientId: APP_ID, resource: 'https://api.botframework.com', header: IDENTITY_HEADER });
    // Unsigned, the same message is refused and nothing is sent.
    const refused = await post(app.url, personalMessage(connector.serviceUrl, 'models', 'a:signed-turn-refused'));
    expect(refused.status).toBe(401);
    expect(connector.to('a:signed-turn-refused')).toEqual([]);
  } finally {
    await app.close();
  }
});

test('when the token for the reply never comes, the turn ends by its deadline, without an apology', async () => {
  const { log, lines } = capturingLogger();
  const app = await managedIdentityBot(STUCK_APP_ID, log);
  try {
    const conv = 'a:signed-turn-no-token';
    const activity = personalMessage(connector.serviceUrl, 'models', conv);
    const t0 = Date.now();
    const res = await post(app.url, activity, bearer(STUCK_APP_ID));
    expect(Date.now() - t0).toBeLessThan(15_000);
    expect(res.status).toBe(200);
    expect(tokenRequests.some((r) => r.clientId === STUCK_APP_ID)).toBe(true);
    expect(connector.attempts(conv)).toBe(0);
    expect(lines.find((l) => l.msg === 'turn failed' && l.turn === activity.id)).toBeDefined();
    expect(lines.find((l) => l.msg === 'no apology sent: the connector failed in this turn' && l.turn === activity.id)?.reason).toMatch(/no token/);
  } finally {
    await app.close();
  }
});
