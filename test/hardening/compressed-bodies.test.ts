// Compressed request bodies: the 1 MiB limit holds for the body once decompressed, so a small gzip (or
// deflate, or br) body that would inflate to 64 MiB is refused with 413 after at most 1 MiB of inflating —
// before authentication, which comes later — and an encoding the bot does not take gets 415 unread.
import zlib from 'node:zlib';
import type { App } from '../../src/bot/app';
import { post, startBot, withBot } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { personalMessage } from '../support/fixtures';
import { rawPost } from '../support/raw-http';

jest.setTimeout(60_000);

const MiB = 1024 * 1024;
const bot = withBot();

/** A JSON activity whose text is `inflatedBytes` long: repeated characters compress about 1000:1. */
function bombOf(serviceUrl: string, inflatedBytes: number): Buffer {
  const activity = personalMessage(serviceUrl, '', 'a:bomb');
  const json = JSON.stringify(activity);
  const at = json.indexOf('"text":"') + '"text":"'.length;
  return Buffer.concat([Buffer.from(json.slice(0, at)), Buffer.alloc(inflatedBytes, 'a'), Buffer.from(json.slice(at))]);
}

const ENCODERS: Record<string, (b: Buffer) => Buffer> = {
  gzip: (b) => zlib.gzipSync(b, { level: 9 }),
  deflate: (b) => zlib.deflateSync(b, { level: 9 }),
  br: (b) => zlib.brotliCompressSync(b),
};

async function stillAnswers(app: App, connector: LocalConnector) {
  const conv = `a:alive-${Math.random()}`;
  expect((await post(app.url, personalMessage(connector.serviceUrl, 'models', conv))).status).toBe(200);
  await connector.waitFor(1, conv);
}

describe.each(Object.keys(ENCODERS))('Content-Encoding: %s', (encoding) => {
  test('a small valid activity is inflated and answered', async () => {
    const conv = `a:compressed-${encoding}`;
    const body = ENCODERS[encoding]!(Buffer.from(JSON.stringify(personalMessage(bot.connector.serviceUrl, 'can I fine-tune o4-mini in West Europe?', conv))));
    const res = await rawPost(bot.app.url, body, { 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': body.length });
    expect(res.status).toBe(200);
    const [reply] = await bot.connector.waitFor(1, conv);
    expect(reply!.activity.summary).toMatch(/o4-mini in West Europe/);
  });

  test('a body that inflates from a few KB to 64 MiB gets 413, and memory does not follow it', async () => {
    const body = ENCODERS[encoding]!(bombOf(bot.connector.serviceUrl, 64 * MiB));
    expect(body.length).toBeLessThan(MiB); // under the limit as sent: only the inflated size is over
    if (global.gc) global.gc();
    const rssBefore = process.memoryUsage().rss;
    const res = await rawPost(bot.app.url, body, { 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': body.length });
    const grew = process.memoryUsage().rss - rssBefore;
    expect(res.status).toBe(413);
    expect(res.body).toEqual({ error: 'PayloadTooLarge', message: expect.stringMatching(/decompressed/) });
    // Inflating it all took +200 MiB here; stopping at the limit costs a few MiB. Loose: jest shares the process.
    expect(grew).toBeLessThan(48 * MiB);
    await stillAnswers(bot.app, bot.connector);
  });

  test('corrupt compressed data gets 400', async () => {
    const body = ENCODERS[encoding]!(Buffer.from(JSON.stringify(personalMessage(bot.connector.serviceUrl, 'models')))).subarray(0, 20);
    const res = await rawPost(bot.app.url, Buffer.concat([body, Buffer.from('garbage that is not compressed')]), {
      'content-type': 'application/json',
      'content-encoding': encoding,
      'content-length': body.length + 30,
    });
    expect(res.status).toBe(400);
    await stillAnswers(bot.app, bot.connector);
  });
});

test.each(['compress', 'zstd', 'gzip, br', 'x-unknown'])('Content-Encoding "%s" gets 415 naming the encodings the bot takes', async (encoding) => {
  const body = Buffer.from(JSON.stringify(personalMessage(bot.connector.serviceUrl, 'models')));
  const res = await rawPost(bot.app.url, body, { 'content-type': 'application/json', 'content-encoding': encoding, 'content-length': body.length });
  expect(res.status).toBe(415);
  expect(res.headers['accept-encoding']).toBe('gzip, deflate, br');
  expect(res.body.error).toBe('UnsupportedMediaType');
  await stillAnswers(bot.app, bot.connector);
});

test('a body sent in chunks, with no Content-Length, is cut at 1 MiB with 413', async () => {
  const body = bombOf(bot.connector.serviceUrl, 2 * MiB);
  const res = await rawPost(bot.app.url, body, { 'content-type': 'application/json', 'transfer-encoding': 'chunked' });
  expect(res.status).toBe(413);
  await stillAnswers(bot.app, bot.connector);
});

describe('with credentials set', () => {
  let app: App;
  let connector: LocalConnector;
  beforeAll(async () => {
    jest.spyOn(console, 'error').mockImplementation(() => {}); // botbuilder prints every refused token
    connector = await startConnector();
    app = await startBot({
      MicrosoftAppId: '6f1c2a3b-4d5e-4f60-8a7b-9c0d1e2f3a4b',
      MicrosoftAppPassword: 'test-secret-not-real',
      MicrosoftAppTenantId: '0d1e2f3a-4b5c-4d6e-8f70-8192a3b4c5d6',
    });
  });
  afterAll(async () => {
    await app?.close();
    await connector?.close();
    jest.restoreAllMocks();
  });

  test('a gzip bomb with no token is refused at the size limit (413), before authentication (401) is reached', async () => {
    const body = zlib.gzipSync(bombOf(connector.serviceUrl, 64 * MiB), { level: 9 });
    const res = await rawPost(app.url, body, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': body.length });
    expect(res.status).toBe(413);
    const small = zlib.gzipSync(Buffer.from(JSON.stringify(personalMessage(connector.serviceUrl, 'models'))));
    const unauthenticated = await rawPost(app.url, small, { 'content-type': 'application/json', 'content-encoding': 'gzip', 'content-length': small.length });
    expect(unauthenticated.status).toBe(401);
  });
});
