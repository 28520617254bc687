// The identity provider (where the keys Teams signs tokens with are published) fails: it answers 500,
// resets connections, or accepts them and never answers. Every request, valid tokens too, is then answered
// 503 with Retry-After and a body that names no upstream, well within Teams' 15 s; requests waiting for keys
// share one fetch; the bot pauses between fetches; /healthz answers 200 and shows the provider's state; and
// once the provider answers again, valid tokens are served. The bot is pointed at the local provider
// through its own configuration (OPENID_METADATA_URL).
import type { App } from '../../src/bot/app';
import { ScoutBot, SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../src/bot/scout-bot';
import { startBot } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { fixture } from '../support/fixtures';
import { rsaKeyPair, startOpenIdProvider, type OpenIdProvider, type ProviderFault } from '../support/openid';

jest.setTimeout(90_000);

const APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const TEAMS_LIMIT_MS = 15_000;

let connector: LocalConnector;
let turns: jest.SpyInstance;
beforeAll(async () => {
  // Botbuilder console.error()s every failed validation; keep the test output readable.
  jest.spyOn(console, 'error').mockImplementation(() => {});
  turns = jest.spyOn(ScoutBot.prototype, 'run');
  connector = await startConnector();
});
afterAll(async () => {
  await connector.close();
  jest.restoreAllMocks();
});

function authenticatedBot(provider: OpenIdProvider, env: Record<string, string> = {}): Promise<App> {
  return startBot({ MicrosoftAppId: APP_ID, MicrosoftAppPassword: 'test-secret-not-real', MicrosoftAppType: 'MultiTenant', ...provider.env(), ...env });
}

/** A message-extension search: answered in the HTTP response when its turn runs. */
function search(): Record<string, any> {
  return fixture('invoke-composeExtension-query', connector.serviceUrl, (a) => {
    a.value.commandId = SEARCH_COMMAND_ID;
    a.value.parameters = [{ name: SEARCH_PARAMETER, value: 'o4-mini west europe' }];
  });
}

async function ask(app: App, provider: OpenIdProvider, options: Parameters<OpenIdProvider['sign']>[1] = {}) {
  const token = provider.sign(provider.channelClaims(APP_ID, connector.serviceUrl), options);
  const t0 = Date.now();
  const res = await fetch(`${app.url}/api/messages`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify(search()),
  });
  const text = await res.text();
  return { status: res.status, retryAfter: res.headers.get('retry-after'), text, ms: Date.now() - t0 };
}

async function health(app: App): Promise<{ status: number; body: Record<string, any>; text: string }> {
  const res = await fetch(`${app.url}/healthz`);
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), text };
}

const metadataFetches = (p: OpenIdProvider) => p.requests.filter((r) => r === '/.well-known/openid-configuration').length;

async function eventually<T>(probe: () => Promise<T>, ok: (v: T) => boolean, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await probe();
    if (ok(v)) return v;
    if (Date.now() > deadline) throw new Error(`not reached in time: ${JSON.stringify(v)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe.each<[string, ProviderFault]>([
  ['answers 500', 'status-500'],
  ['resets connections', 'reset'],
  ['accepts connections and never answers', 'hang'],
])('an identity provider that %s', (_name, fault) => {
  let provider: OpenIdProvider;
  let app: App;
  beforeAll(async () => {
    provider = await startOpenIdProvider();
    provider.fail(fault);
    app = await authenticatedBot(provider, { OPENID_TIMEOUT_MS: '1500' });
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
  });
  beforeEach(() => turns.mockClear());

  test('concurrent requests with valid tokens get 503, Retry-After and a generic body, from one shared fetch', async () => {
    // Start-up already tried once: wait out that pause, so these requests start the next fetch.
    await eventually(
      () => health(app),
      (h) => h.body.identityProvider.failures >= 1 && h.body.identityProvider.retryAt === null,
    );
    const before = metadataFetches(provider);
    const answers = await Promise.all(Array.from({ length: 5 }, () => ask(app, provider)));
    for (const a of answers) {
      expect(a.status).toBe(503);
      expect(a.ms).toBeLessThan(TEAMS_LIMIT_MS);
      expect(Number(a.retryAfter)).toBeGreaterThanOrEqual(1);
      expect(JSON.parse(a.text)).toEqual({ error: 'ServiceUnavailable', message: expect.any(String) });
      expect(a.text).not.toContain('127.0.0.1');
      expect(a.text).not.toContain(provider.url.split(':').pop());
    }
    expect(metadataFetches(provider) - before).toBe(1);
    expect(turns).not.toHaveBeenCalled();
  });

  test('while the bot pauses before the next fetch, requests are answered at once without asking again', async () => {
    const before = metadataFetches(provider);
    const a = await ask(app, provider);
    expect(a.status).toBe(503);
    expect(metadataFetches(provider)).toBe(before);
  });

  test('/healthz answers 200, says degraded, and shows the identity provider unavailable, naming no address', async () => {
    const h = await health(app);
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({ status: 'degraded', identityProvider: { state: 'unavailable', keys: 0, fetchedAt: null } });
    expect(h.body.identityProvider.failures).toBeGreaterThanOrEqual(2);
    expect(h.body.identityProvider.lastError).toMatch(
      fault === 'status-500' ? /^HTTP 500$/ : fault === 'reset' ? /connection failed/ : /no answer within 1500 ms/,
    );
    expect(h.text).not.toContain('127.0.0.1');
  });

  test('once the provider answers again, a valid token is served and /healthz is ok', async () => {
    provider.fail(null);
    const served = await eventually(
      () => ask(app, provider),
      (a) => a.status !== 503,
    );
    expect(served.status).toBe(200);
    expect(JSON.parse(served.text).composeExtension.attachments.length).toBeGreaterThan(0);
    expect((await health(app)).body).toMatchObject({ status: 'ok', identityProvider: { state: 'ok', keys: 1, failures: 0 } });
  });
});

describe('an outage of the identity provider after the keys were fetched', () => {
  let provider: OpenIdProvider;
  let app: App;
  beforeAll(async () => {
    provider = await startOpenIdProvider();
    app = await authenticatedBot(provider);
    expect((await ask(app, provider)).status).toBe(200);
    provider.fail('hang');
  });
  afterAll(async () => {
    await app.close();
    await provider.close();
  });

  test('valid tokens are still served from the keys already fetched, without asking the provider', async () => {
    const before = provider.requests.length;
    const a = await ask(app, provider);
    expect(a.status).toBe(200);
    expect(provider.requests.length).toBe(before);
    expect((await health(app)).body.identityProvider.state).toBe('ok');
  });

  test('a token naming a key the provider never published is still refused 401', async () => {
    const a = await ask(app, provider, { kid: 'not-published', key: rsaKeyPair().privateKey });
    expect(a.status).toBe(401);
  });
});
