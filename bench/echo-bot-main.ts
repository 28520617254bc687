// The echo bot's entry point, like src/index.ts: `node dist/bench/echo-bot-main.js` (PORT, HOST, LOG_LEVEL
// from the environment; ECHO_REPLY=card replies with Scout's card for each corpus question instead of a
// line of text). Forked by the bench, it also answers the bench's IPC requests.
import { readConfig } from '../src/config';
import { createLogger } from '../src/log';
import { startEchoApp } from './echo-bot';
import { serveBenchHooks } from './bench-hooks';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const log = createLogger(config.LOG_LEVEL);
  // Loaded only when asked for: the plain echo bot's cold start must not load the product.
  const cards = process.env.ECHO_REPLY === 'card' ? (await import('./echo-cards')).scoutReplies() : null;
  const app = await startEchoApp(config, log, cards);
  log.info({ url: app.url }, 'echo bot listening');
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  process.once('SIGINT', () => void app.close().then(() => process.exit(0)));
  serveBenchHooks(app.url, () => app.close());
}

void main().catch((e: unknown) => {
  process.stderr.write(`echo bot: failed to start: ${(e as Error).message}\n`);
  process.exit(1);
});
