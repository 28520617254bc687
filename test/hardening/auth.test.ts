// Authentication: with MicrosoftAppId set, every request must carry a Bot Framework token the bot can
// verify. Tokens here are signed by a key generated in the test and published by a local OpenID provider
// (test/support/openid.ts) that the bot is configured to trust (OPENID_METADATA_URL); botbuilder's own
// validator does the checking, with the bot's keys. Every refusal is a 401 with no turn run; a correctly
// signed token is served.
import { Writable } from 'node:stream';
import type { App } from '../../src/bot/app';
import { startApp } from '../../src/bot/app';
import { isAuthFailure, loggableReason } from '../../src/bot/http/auth-failure';
import { ScoutBot, SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../src/bot/scout-bot';
import { readConfig } from '../../src/config';
import { createLogger } from '../../src/log';
import { post } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { fixture, personalMessage, type Activity } from '../support/fixtures';
import { rsaKeyPair, startOpenIdProvider, type OpenIdProvider } from '../support/openid';

const APP_ID = '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b';
const OTHER_APP_ID = '0a9b8c7d-6e5f-4a3b-8c1d-2e3f4a5b6c7d';
/** An issuer botbuilder treats as the Emulator's / another bot's (skill) token issuer. */
const BOT_TO_BOT_ISSUER = 'https://login.microsoftonline.com/d6d49420-f39b-4df7-a1dc-d59a935871db/v2.0';
const OTHER_CHANNEL_KID = 'key-endorsed-for-skype-only';

let provider: OpenIdProvider;
let connector: LocalConnector;
let app: App;
let turns: jest.SpyInstance;
const logLines: Record<string, any>[] = [];
const issuedTokens: string[] = [];

beforeAll(async () => {
  // Botbuilder console.error()s every validation failure (with the key's PEM); keep the test output clean.
  jest.spyOn(console, 'error').mockImplementation(() => {});
  jest.spyOn(console, 'warn').mockImplementation(() => {});
  turns = jest.spyOn(ScoutBot.prototype, 'run');
  provider = await startOpenIdProvider({
    keys: [
      { kid: 'scout-test-key', endorsements: ['msteams'] },
      { kid: OTHER_CHANNEL_KID, endorsements: ['skype'] },
    ],
  });
  connector = await startConnector();
  const sink = new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const line of chunk.toString('utf8').split('\n').filter(Boolean)) logLines.push(JSON.parse(line));
      done();
    },
  });
  const config = readConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    MicrosoftAppId: APP_ID,
    MicrosoftAppPassword: 'test-secret-not-real',
    MicrosoftAppType: 'MultiTenant',
    ...provider.env(),
  });
  app = await startApp(config, createLogger('warn', sink));
});

afterAll(async () => {
  await app?.close();
  await connector?.close();
  await provider?.close();
  jest.restoreAllMocks();
});

beforeEach(() => {
  turns.mockClear();
  connector.clear();
});

/** A message-extension search: if a turn runs, it answers 200 with results in the HTTP response. */
function search(query = 'o4-mini west europe'): Activity {
  return fixture('invoke-composeExtension-query', connector.serviceUrl, (a) => {
    a.value.commandId = SEARCH_COMMAND_ID;
    a.value.parameters = [{ name: SEARCH_PARAMETER, value: query }];
  });
}

function bearer(token: string): Record<string, string> {
  issuedTokens.push(token);
  return { authorization: `Bearer ${token}` };
}

/** A channel token for this bot and the local connector, with these claims changed. */
function token(overrides: Record<string, unknown> = {}, options: Parameters<OpenIdProvider['sign']>[1] = {}): string {
  return provider.sign(provider.channelClaims(APP_ID, connector.serviceUrl, overrides), options);
}

const minutes = (n: number) => Math.floor(Date.now() / 1000) + n * 60;

async function expectRefused(headers: Record<string, string>, activity: Activity = search()) {
  const res = await post(app.url, activity, headers);
  expect({ status: res.status, body: res.body }).toEqual({ status: 401, body: { error: 'Unauthorized', message: expect.any(String) } });
  expect(turns).not.toHaveBeenCalled();
  expect(connector.replies).toEqual([]);
  return res;
}

describe('refused with 401 and no turn', () => {
  test('no Authorization header', async () => {
    await expectRefused({});
    const raw = await fetch(`${app.url}/api/messages`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(search()) });
    expect(raw.status).toBe(401);
    expect(raw.headers.get('www-authenticate')).toBe('Bearer');
    expect(raw.headers.get('content-type')).toMatch(/^application\/json/);
  });

  test('a header that is not a bearer token, or not a JWT', async () => {
    await expectRefused({ authorization: 'Bearer garbage' });
    await expectRefused({ authorization: 'Bearer ' });
    await expectRefused({ authorization: 'Basic dXNlcjpwYXNz' });
    await expectRefused({ authorization: `bearer ${token()}` });
    await expectRefused({ authorization: `Bearer ${token()} extra` });
    await expectRefused({ authorization: 'Bearer a.b.c' });
  });

  test('a token with the right claims but a mangled signature or payload', async () => {
    const [h, p, s] = token().split('.') as [string, string, string];
    await expectRefused(bearer(`${h}.${p}.${s.slice(0, -6)}AAAAAA`));
    await expectRefused(bearer(`${h}.${p}.`));
    const tampered = Buffer.from(JSON.stringify(provider.channelClaims(OTHER_APP_ID, connector.serviceUrl))).toString('base64url');
    await expectRefused(bearer(`${h}.${tampered}.${s}`));
  });

  test('an expired token (10 minutes ago: beyond the 5 minutes of clock skew)', async () => {
    await expectRefused(bearer(token({ iat: minutes(-70), nbf: minutes(-70), exp: minutes(-10) })));
  });

  test('a token not valid yet (nbf 10 minutes ahead)', async () => {
    await expectRefused(bearer(token({ nbf: minutes(10) })));
  });

  test('a token for another audience, or none', async () => {
    await expectRefused(bearer(token({ aud: OTHER_APP_ID })));
    await expectRefused(bearer(token({ aud: 'https://api.botframework.com' })));
    await expectRefused(bearer(token({ aud: undefined })));
  });

  test('a token from another issuer, or none', async () => {
    await expectRefused(bearer(token({ iss: 'https://sts.example.com/' })));
    await expectRefused(bearer(token({ iss: undefined })));
  });

  test('a token signed by an unknown key (kid not published)', async () => {
    await expectRefused(bearer(token({}, { kid: 'not-a-published-key', key: rsaKeyPair().privateKey })));
    await expectRefused(bearer(token({}, { kid: null, key: rsaKeyPair().privateKey })));
  });

  test('a token naming a published kid but signed by another key', async () => {
    await expectRefused(bearer(token({}, { kid: provider.kid, key: rsaKeyPair().privateKey })));
  });

  test('an HS256 token (HMAC keyed with the public key) and an unsigned alg:none token', async () => {
    await expectRefused(bearer(token({}, { alg: 'HS256' })));
    await expectRefused(bearer(token({}, { alg: 'HS256', secret: 'guessed-secret' })));
    await expectRefused(bearer(token({}, { alg: 'none' })));
  });

  test("a serviceurl claim that does not match the activity's serviceUrl, or none", async () => {
    await expectRefused(bearer(token({ serviceurl: 'https://evil.example.com/' })));
    await expectRefused(bearer(token({ serviceurl: undefined })));
  });

  test('a key whose endorsements do not include the msteams channel', async () => {
    await expectRefused(bearer(token({}, { kid: OTHER_CHANNEL_KID })));
  });

  test('a token from another bot (a skill claim), which this bot does not accept', async () => {
    const skill = { iss: BOT_TO_BOT_ISSUER, ver: '2.0', azp: OTHER_APP_ID, aud: APP_ID };
    await expectRefused(bearer(provider.sign({ ...skill, nbf: minutes(-1), exp: minutes(60) })));
  });

  test('a message (not only an invoke) with a bad token', async () => {
    await expectRefused(bearer(token({ aud: OTHER_APP_ID })), personalMessage(connector.serviceUrl, 'models'));
    await expectRefused(bearer(token({}, { kid: provider.kid, key: rsaKeyPair().privateKey })), personalMessage(connector.serviceUrl, 'models'));
  });

  test('refusals are logged at warn with the reason, never the token', () => {
    const refusals = logLines.filter((l) => l.msg === 'request not authenticated');
    expect(refusals.length).toBeGreaterThanOrEqual(20);
    for (const r of refusals) {
      expect(r.level).toBe(40);
      expect(typeof r.reason).toBe('string');
    }
    const logged = JSON.stringify(logLines);
    for (const t of issuedTokens) {
      expect(logged).not.toContain(t);
      expect(logged).not.toContain(t.split('.')[2] || '(no signature)');
    }
    expect(logLines.filter((l) => l.level >= 50)).toEqual([]);
  });
});

describe('accepted with a correctly signed token', () => {
  test('the validator fetched this provider’s metadata and keys', () => {
    expect(provider.requests).toEqual(expect.arrayContaining(['/.well-known/openid-configuration', '/keys']));
  });

  test('a message-extension search is answered with results', async () => {
    const res = await post(app.url, search(), bearer(token()));
    expect(res.status).toBe(200);
    expect(res.body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
    expect(res.body.composeExtension.attachments.length).toBeGreaterThan(0);
    expect(turns).toHaveBeenCalledTimes(1);
  });

  test('a message with deliveryMode expectReplies gets its answer card in the HTTP response', async () => {
    const message = personalMessage(connector.serviceUrl, 'can I fine-tune o4-mini in west europe?', `a:auth-${Date.now()}`);
    message.deliveryMode = 'expectReplies';
    const res = await post(app.url, message, bearer(token()));
    expect(res.status).toBe(200);
    const activities = res.body.activities as any[];
    expect(activities).toHaveLength(1);
    expect(activities[0].attachments[0].contentType).toBe('application/vnd.microsoft.card.adaptive');
    expect(JSON.stringify(activities[0].attachments[0].content)).toMatch(/West Europe/);
    expect(turns).toHaveBeenCalledTimes(1);
    expect(connector.replies).toEqual([]); // answered in the response, nothing sent outbound
  });

  test('a token expired 2 minutes ago is still inside the 5 minutes of clock skew', async () => {
    const res = await post(app.url, search(), bearer(token({ iat: minutes(-62), nbf: minutes(-62), exp: minutes(-2) })));
    expect(res.status).toBe(200);
    expect(res.body.composeExtension.attachments.length).toBeGreaterThan(0);
  });

  test('after all the refusals the server still answers, and /healthz shows the keys in use', async () => {
    const health = await fetch(`${app.url}/healthz`);
    expect(health.status).toBe(200);
    expect(await health.json()).toMatchObject({ status: 'ok', identityProvider: { state: 'ok', keys: 2, failures: 0 } });
    const res = await post(app.url, search('models'), bearer(token()));
    expect(res.status).toBe(200);
    expect(res.body.composeExtension.attachments.length).toBeGreaterThan(0);
  });
});

describe('only authentication failures become 401', () => {
  test('a turn that fails, even with a message like a token error, keeps botbuilder’s answer', async () => {
    turns.mockImplementationOnce(async () => {
      throw new Error('invalid signature');
    });
    const res = await post(app.url, search(), bearer(token()));
    // The turn ran and failed: whatever the adapter answers for that (today botbuilder's 501 for an invoke
    // left without a response), it is not an authentication failure.
    expect(res.status).not.toBe(401);
    expect(JSON.stringify(res.body ?? null)).not.toContain('Unauthorized');
    expect(turns).toHaveBeenCalledTimes(1);
    expect(logLines.filter((l) => l.msg === 'turn failed')).toHaveLength(1);
  });

  test('the classifier: 401s and jsonwebtoken failures before a turn; nothing else', () => {
    expect(isAuthFailure(401, 'Unauthorized. No valid identity.')).toBe(true);
    for (const m of [
      'invalid signature',
      'invalid algorithm',
      'jwt not active',
      'jwt malformed',
      'jwt signature is required',
      'jwt audience invalid. expected: x',
      'secretOrPublicKey must be a symmetric key when using HS256',
    ]) {
      expect(isAuthFailure(500, m)).toBe(true);
    }
    for (const m of [
      'boom',
      'Invalid appId.',
      'request to http://127.0.0.1:1/.well-known/openid-configuration failed, reason: connect ECONNREFUSED',
      'an invalid signature somewhere',
    ]) {
      expect(isAuthFailure(500, m)).toBe(false);
    }
    expect(isAuthFailure(400, 'invalid signature')).toBe(false);
    expect(isAuthFailure(200, undefined)).toBe(false);
  });

  test('log reasons never carry a token', () => {
    const t = token();
    expect(loggableReason(`failed for ${t}`)).not.toContain(t.split('.')[1]);
    expect(loggableReason('Authorization: Bearer abc.def')).not.toContain('abc.def');
    expect(loggableReason('x'.repeat(1000))).toHaveLength(300);
  });
});
