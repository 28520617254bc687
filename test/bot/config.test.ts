// Configuration: every variable has a default or a clear rule, and a bad value stops start-up with a
// message that names it (and never prints a secret).
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ConfigError, readConfig } from '../../src/config';
import { startBot } from '../support/bot-server';
import { ROOT } from '../support/knowledge';

const GUID = '11111111-2222-3333-4444-555555555555';
const TENANT = '99999999-8888-7777-6666-555555555555';

test('no variables at all is local mode on 127.0.0.1:3978 with in-process state', () => {
  expect(readConfig({})).toMatchObject({
    PORT: 3978,
    HOST: '127.0.0.1',
    MicrosoftAppId: '',
    STATE_STORAGE: 'memory',
    MEMORY_MINUTES: 30,
    LOG_LEVEL: 'info',
    ANSWER_CACHE_ENTRIES: 256,
    HTTP_HEADERS_TIMEOUT_MS: 10_000,
    HTTP_REQUEST_TIMEOUT_MS: 30_000,
    HTTP_KEEP_ALIVE_TIMEOUT_MS: 5_000,
    HTTP_MAX_CONNECTIONS: 512,
  });
});

test('an app id is SingleTenant unless told otherwise (Azure creates no new MultiTenant bots since 2025-07-31)', () => {
  expect(readConfig({ MicrosoftAppId: GUID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT }).MicrosoftAppType).toBe('SingleTenant');
});

test.each([
  ['SingleTenant (the default): app id, secret and tenant', { MicrosoftAppId: GUID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT }],
  [
    'UserAssignedMSI: the managed identity’s client id and the tenant, no secret',
    { MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppId: GUID, MicrosoftAppTenantId: TENANT },
  ],
  [
    'MultiTenant, for a registration made before 2025-07-31: app id and secret',
    { MicrosoftAppType: 'MultiTenant', MicrosoftAppId: GUID, MicrosoftAppPassword: 'x' },
  ],
  ['local mode: nothing', {}],
])('%s is accepted, and the real server starts with it', async (_kind, env) => {
  expect(() => readConfig(env)).not.toThrow();
  const app = await startBot(env);
  try {
    expect((await fetch(`${app.url}/healthz`)).status).toBe(200);
  } finally {
    await app.close();
  }
});

test.each([
  [{ PORT: 'abc' }, /PORT/],
  [{ PORT: '70000' }, /PORT/],
  [{ MicrosoftAppId: 'not-a-guid', MicrosoftAppPassword: 'x' }, /MicrosoftAppId must be a GUID/],
  [{ MicrosoftAppId: GUID }, /MicrosoftAppPassword is required/],
  [{ MicrosoftAppId: GUID, MicrosoftAppPassword: 'x' }, /MicrosoftAppTenantId is required when MicrosoftAppType is SingleTenant \(the default\)/],
  [{ MicrosoftAppId: GUID, MicrosoftAppPassword: 'x', MicrosoftAppType: 'SingleTenant' }, /MicrosoftAppTenantId is required/],
  [{ MicrosoftAppId: GUID, MicrosoftAppType: 'UserAssignedMSI' }, /MicrosoftAppTenantId is required when MicrosoftAppType is UserAssignedMSI/],
  [
    { MicrosoftAppId: GUID, MicrosoftAppType: 'UserAssignedMSI', MicrosoftAppTenantId: TENANT, MicrosoftAppPassword: 'x' },
    /MicrosoftAppPassword must be empty when MicrosoftAppType is UserAssignedMSI/,
  ],
  [{ MicrosoftAppType: 'Everyone' }, /MicrosoftAppType/],
  [{ STATE_STORAGE: 'blob' }, /BLOB_CONNECTION_STRING is required.*BLOB_CONTAINER is required/],
  [{ STATE_STORAGE: 'blob', BLOB_CONNECTION_STRING: 'x', BLOB_CONTAINER: 'Bad_Name' }, /BLOB_CONTAINER must be a valid/],
  [{ STATE_STORAGE: 'redis' }, /STATE_STORAGE/],
  [{ LOG_LEVEL: 'loud' }, /LOG_LEVEL/],
  [{ MEMORY_MINUTES: '-5' }, /MEMORY_MINUTES/],
  [{ ANSWER_CACHE_ENTRIES: '-1' }, /ANSWER_CACHE_ENTRIES/],
  [{ ANSWER_CACHE_ENTRIES: 'lots' }, /ANSWER_CACHE_ENTRIES/],
  [{ CATALOG_SOURCE_URL: 'ftp://example.com/x.md' }, /CATALOG_SOURCE_URL/],
  [{ CATALOG_SOURCE_URLS: 'https://example.com/a.md,not a url' }, /CATALOG_SOURCE_URLS entry 2 \(not a url\) is not a URL/],
  [{ CATALOG_SOURCE_URLS: 'https://example.com/a.md,,https://example.com/b.md' }, /CATALOG_SOURCE_URLS entry 2 is not a URL/],
  [{ CATALOG_SOURCE_URLS: 'http://example.com/a.md' }, /CATALOG_SOURCE_URLS entry 1 \(http:\/\/example.com\/a.md\) must be https/],
  [{ CATALOG_SOURCE_URLS: 'ftp://127.0.0.1/a.md' }, /CATALOG_SOURCE_URLS entry 1 .* must be https/],
  [
    { CATALOG_SOURCE_URLS: 'https://example.com/a.md, https://example.com/a.md' },
    /CATALOG_SOURCE_URLS entry 2 \(https:\/\/example.com\/a.md\) is listed twice/,
  ],
  [{ CATALOG_SOURCE_URLS: Array.from({ length: 21 }, (_, i) => `https://example.com/${i}.md`).join(',') }, /CATALOG_SOURCE_URLS lists 21 URLs, more than 20/],
  [
    { CATALOG_SOURCE_URL: 'https://example.com/one.md', CATALOG_SOURCE_URLS: 'https://example.com/a.md' },
    /CATALOG_SOURCE_URLS and CATALOG_SOURCE_URL are both set: set one/,
  ],
  [{ CATALOG_MAX_AGE_DAYS: '0' }, /CATALOG_MAX_AGE_DAYS/],
  [{ CATALOG_MAX_AGE_DAYS: 'soon' }, /CATALOG_MAX_AGE_DAYS/],
  [{ CATALOG_MAX_AGE_DAYS: '30.5' }, /CATALOG_MAX_AGE_DAYS/],
  [{ OUTBOUND_TIMEOUT_MS: '5' }, /OUTBOUND_TIMEOUT_MS/],
  [{ HTTP_HEADERS_TIMEOUT_MS: '20000', HTTP_REQUEST_TIMEOUT_MS: '10000' }, /HTTP_HEADERS_TIMEOUT_MS must not be longer than HTTP_REQUEST_TIMEOUT_MS/],
  [{ HTTP_KEEP_ALIVE_TIMEOUT_MS: '500' }, /HTTP_KEEP_ALIVE_TIMEOUT_MS/],
  [{ HTTP_MAX_CONNECTIONS: '0' }, /HTTP_MAX_CONNECTIONS/],
  [{ HOST: '0.0.0.0' }, /HOST is 0.0.0.0, but without MicrosoftAppId the bot is unauthenticated/],
])('%j is refused with a message naming the variable', (env, message) => {
  expect(() => readConfig(env)).toThrow(ConfigError);
  expect(() => readConfig(env)).toThrow(message);
});

test('CATALOG_SOURCE_URLS is a list of URLs, spaces around the commas allowed, http only on this machine; off and 120 days by default', () => {
  expect(readConfig({})).toMatchObject({ CATALOG_SOURCE_URLS: [], CATALOG_SOURCE_URL: '', CATALOG_MAX_AGE_DAYS: 120 });
  const raw = 'https://raw.githubusercontent.com/MicrosoftDocs/azure-ai-docs/main/articles/foundry/includes/fine-tune-supported-models.md';
  expect(readConfig({ CATALOG_SOURCE_URLS: `${raw} , http://127.0.0.1:8080/b.md` }).CATALOG_SOURCE_URLS).toEqual([raw, 'http://127.0.0.1:8080/b.md']);
  expect(readConfig({ CATALOG_MAX_AGE_DAYS: '30' }).CATALOG_MAX_AGE_DAYS).toBe(30);
});

test('with an app id the bot may listen on every interface', () => {
  expect(readConfig({ HOST: '0.0.0.0', MicrosoftAppId: GUID, MicrosoftAppPassword: 'x', MicrosoftAppTenantId: TENANT }).HOST).toBe('0.0.0.0');
});

test('a secret is never echoed in the error', () => {
  expect(() => readConfig({ MicrosoftAppId: 'nope', MicrosoftAppPassword: 'hunter2-secret' })).toThrow(/^(?!.*hunter2)/s);
});

test('every variable the code reads is documented in .env.example', () => {
  const example = readFileSync(path.join(ROOT, '.env.example'), 'utf8');
  const source = readFileSync(path.join(ROOT, 'src', 'config.ts'), 'utf8');
  const names = [...source.matchAll(/^\s{4}(\w+): z\./gm)].map((m) => m[1]!);
  expect(names.length).toBeGreaterThan(10);
  for (const name of [...names, 'TEAMS_APP_ID']) expect([name, example.includes(`${name}=`)]).toEqual([name, true]);
});

test('npm start with a bad value exits 2 and names it', () => {
  const r = spawnSync(process.execPath, [path.join(ROOT, 'dist', 'src', 'index.js')], {
    env: { ...process.env, PORT: 'abc' },
    encoding: 'utf8',
    timeout: 20_000,
  });
  expect(r.status).toBe(2);
  expect(r.stderr).toMatch(/^fine-tune-scout: bad configuration: PORT /);
});
