// The bot's source of signing keys (src/bot/http/openid-keys.ts) against a local OpenID provider, on a
// clock the test moves: one fetch shared, pauses that grow after failures, the last good keys kept in use
// while a refresh fails (for a bounded time), and rolled-over keys found.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import pino from 'pino';
import {
  BACKOFF_MAX_MS,
  IdentityProviderUnavailable,
  MAX_KEY_AGE_MS,
  OpenIdKeys,
  REFRESH_MS,
  signingKeys,
  UNKNOWN_KEY_REFRESH_MS,
} from '../../src/bot/http/openid-keys';
import { readConfig } from '../../src/config';
import { rsaKeyPair, startOpenIdProvider, type OpenIdProvider } from '../support/openid';

jest.setTimeout(30_000);

let provider: OpenIdProvider;
let clock = 0;
const now = () => clock;
const log = pino({ level: 'silent' });

beforeEach(async () => {
  provider = await startOpenIdProvider();
  clock = Date.UTC(2026, 0, 1);
});
afterEach(async () => {
  await provider.close();
});

const keysFor = (p: OpenIdProvider, timeoutMs = 2_000) => new OpenIdKeys({ url: p.metadataUrl, timeoutMs, log, now });
const fetches = () => provider.requests.filter((r) => r === '/.well-known/openid-configuration').length;

test('concurrent lookups share one fetch of the metadata and the keys', async () => {
  const keys = keysFor(provider);
  const found = await Promise.all(Array.from({ length: 10 }, () => keys.getKey(provider.kid)));
  expect(found.every((k) => k?.key.startsWith('-----BEGIN PUBLIC KEY-----'))).toBe(true);
  expect(found[0]?.endorsements).toEqual(['msteams']);
  expect(provider.requests).toEqual(['/.well-known/openid-configuration', '/keys']);
  expect(keys.status()).toMatchObject({ state: 'ok', keys: 1, failures: 0, lastError: null });
});

test('after each failure the bot pauses 1 s, 2 s, 4 s ... at most 60 s, and asks nothing meanwhile', async () => {
  provider.fail('status-500');
  const keys = keysFor(provider);
  const pauses: number[] = [];
  for (let i = 0; i < 9; i++) {
    const error = await keys.getKey(provider.kid).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(IdentityProviderUnavailable);
    pauses.push((error as IdentityProviderUnavailable).retryAfterSeconds);
    // During the pause: answered at once, and the provider is not asked.
    const asked = fetches();
    await expect(keys.getKey(provider.kid)).rejects.toBeInstanceOf(IdentityProviderUnavailable);
    expect(fetches()).toBe(asked);
    clock += pauses[i]! * 1000;
  }
  expect(pauses).toEqual([1, 2, 4, 8, 16, 32, 60, 60, 60]);
  expect(BACKOFF_MAX_MS).toBe(60_000);
  expect(keys.status()).toMatchObject({ state: 'unavailable', failures: 9, lastError: 'HTTP 500' });
});

test('a provider that never answers costs one timeout, then the pause', async () => {
  provider.fail('hang');
  const keys = keysFor(provider, 300);
  const t0 = Date.now();
  await expect(keys.getKey(provider.kid)).rejects.toBeInstanceOf(IdentityProviderUnavailable);
  expect(Date.now() - t0).toBeLessThan(10_000);
  expect(keys.status().lastError).toBe('no answer within 300 ms');
});

test('when a refresh is due and fails, the last good keys stay in use, for a bounded time', async () => {
  const keys = keysFor(provider);
  expect(await keys.getKey(provider.kid)).not.toBeNull();
  provider.fail('reset');
  clock += REFRESH_MS + 1;
  // Served from the keys already held; the refresh runs (and fails) behind it.
  expect(await keys.getKey(provider.kid)).not.toBeNull();
  await new Promise((r) => setTimeout(r, 200));
  expect(keys.status()).toMatchObject({ state: 'stale', keys: 1, failures: 1, lastError: expect.stringMatching(/connection failed/) });
  // Past the longest the bot trusts old keys: refused until the provider answers.
  clock += MAX_KEY_AGE_MS;
  await expect(keys.getKey(provider.kid)).rejects.toBeInstanceOf(IdentityProviderUnavailable);
  expect(keys.status().state).toBe('unavailable');
  provider.fail(null);
  clock += BACKOFF_MAX_MS;
  expect(await keys.getKey(provider.kid)).not.toBeNull();
  expect(keys.status()).toMatchObject({ state: 'ok', failures: 0 });
});

test('a key id not in keys fetched a while ago makes the bot look again, at most every few minutes', async () => {
  const keys = keysFor(provider);
  await keys.getKey(provider.kid);
  expect(fetches()).toBe(1);
  expect(await keys.getKey('rolled-out-later')).toBeNull(); // keys just fetched: not looked up again
  expect(fetches()).toBe(1);
  clock += UNKNOWN_KEY_REFRESH_MS;
  expect(await keys.getKey('rolled-out-later')).toBeNull();
  expect(fetches()).toBe(2);
  expect(await keys.getKey('rolled-out-later')).toBeNull();
  expect(fetches()).toBe(2);
});

test('only RSA keys with an id are used; endorsements are kept', () => {
  const { n, e } = rsaKeyPair().publicKey.export({ format: 'jwk' });
  const rsa = { kty: 'RSA', kid: 'a', n, e, endorsements: ['msteams', 7] };
  const keys = signingKeys({
    keys: [rsa, { ...rsa, kid: undefined }, { kty: 'EC', kid: 'ec', crv: 'P-256', x: 'x', y: 'y' }, { ...rsa, kid: 'no-modulus', n: undefined }, null],
  });
  expect([...keys.keys()]).toEqual(['a']);
  expect(keys.get('a')?.endorsements).toEqual(['msteams']);
});

test('keys named over plain HTTP away from this machine are refused', async () => {
  const server = http.createServer((_req, res) => {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end(JSON.stringify({ issuer: 'x', jwks_uri: 'http://keys.example.com/keys' }));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  try {
    const keys = new OpenIdKeys({ url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/`, timeoutMs: 2_000, log, now });
    await expect(keys.getKey('any')).rejects.toBeInstanceOf(IdentityProviderUnavailable);
    expect(keys.status().lastError).toBe('jwks_uri is not https');
  } finally {
    await new Promise<void>((resolve) => server.close(() => resolve()));
  }
});

test('OPENID_METADATA_URL must be https, except on this machine', () => {
  expect(() => readConfig({ OPENID_METADATA_URL: 'http://login.example.com/.well-known/openid-configuration' })).toThrow(/OPENID_METADATA_URL must be https/);
  expect(() => readConfig({ OPENID_METADATA_URL: 'ftp://login.example.com/x' })).toThrow(/OPENID_METADATA_URL/);
  expect(readConfig({ OPENID_METADATA_URL: 'http://127.0.0.1:4000/.well-known/openid-configuration' }).OPENID_METADATA_URL).toMatch(/^http:/);
  expect(readConfig({ OPENID_METADATA_URL: 'https://login.botframework.azure.us/v1/.well-known/openidconfiguration' }).OPENID_METADATA_URL).toMatch(/^https:/);
  expect(readConfig({}).OPENID_TIMEOUT_MS).toBe(5_000);
});
