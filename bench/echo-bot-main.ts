// The echo bot's entry point, like src/index.ts: `node dist/bench/echo-bot-main.js` (PORT, HOST, LOG_LEVEL
// from the environment). Forked by the bench, it also answers the bench's IPC requests.
import { readConfig } from '../src/config';
import { createLogger } from '../src/log';
import { startEchoApp } from './echo-bot';
import { serveBenchHooks } from './bench-hooks';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const log = createLogger(config.LOG_LEVEL);
  const app = await startEchoApp(config, log);
  log.info({ url: app.url }, 'echo bot listening');
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  process.once('SIGINT', () => void app.close().then(() => process.exit(0)));
  serveBenchHooks(app.url, () => app.close());
}

void main().catch((e: unknown) => {
  process.stderr.write(`echo bot: failed to start: ${(e as Error).message}\n`);
  process.exit(1);
});
