// The HTTP edge refuses what is not a Bot Framework activity, and keeps serving afterwards.
import { post, withBot } from '../support/bot-server';
import { personalMessage } from '../support/fixtures';

const bot = withBot();

async function stillAnswers() {
  const conv = `a:alive-${Math.random()}`;
  const res = await post(bot.app.url, personalMessage(bot.connector.serviceUrl, 'models', conv));
  expect(res.status).toBe(200);
  await bot.connector.waitFor(1, conv);
}

test('malformed JSON gets 400 and the next request is answered', async () => {
  const res = await post(bot.app.url, '{"type": "message", ');
  expect(res.status).toBe(400);
  await stillAnswers();
});

test('a body over 1 MB gets 413 and the next request is answered', async () => {
  const big = personalMessage(bot.connector.serviceUrl, 'x'.repeat(1024 * 1024 + 10));
  const res = await post(bot.app.url, big);
  expect(res.status).toBe(413);
  await stillAnswers();
});

test('a body that is not JSON gets 415', async () => {
  const res = await post(bot.app.url, 'type=message', { 'content-type': 'application/x-www-form-urlencoded' });
  expect(res.status).toBe(415);
  await stillAnswers();
});

test('a JSON array or a bare value gets 400', async () => {
  expect((await post(bot.app.url, '[1,2]')).status).toBe(400);
  expect((await post(bot.app.url, '"hello"')).status).toBe(400);
  await stillAnswers();
});

test('/healthz reports the status, version and catalog title and date', async () => {
  const res = await fetch(`${bot.app.url}/healthz`);
  expect(res.status).toBe(200);
  const body = (await res.json()) as Record<string, any>;
  expect(body.status).toBe('ok');
  expect(body.version).toMatch(/^\d+\.\d+\.\d+/);
  expect(body.catalog).toEqual({ title: 'Fine-tuning model support', date: '2026-10-06' });
});
