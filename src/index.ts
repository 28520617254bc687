// Fine-Tune Scout's entry point: `npm start`. Reads the configuration, starts the bot, stops cleanly.
import { existsSync } from 'node:fs';
import path from 'node:path';
import { startApp } from './bot/app';
import { ConfigError, readConfig } from './config';
import { projectRoot } from './paths';
import { createLogger } from './log';

async function main(): Promise<void> {
  const envFile = path.join(projectRoot(), '.env');
  if (existsSync(envFile)) process.loadEnvFile(envFile);
  let config;
  try {
    config = readConfig(process.env);
  } catch (e) {
    if (e instanceof ConfigError) {
      process.stderr.write(`fine-tune-scout: ${e.message}\n`);
      process.exit(2);
    }
    throw e;
  }
  const log = createLogger(config.LOG_LEVEL);
  const app = await startApp(config, log);
  log.info({ url: app.url, endpoint: `${app.url}/api/messages` }, 'listening');
  let stopping = false;
  const stop = (signal: NodeJS.Signals) => {
    // The same stop can arrive twice: Ctrl+C signals the terminal's whole process group, and `npm start`
    // forwards the SIGINT it gets as well. A second signal must not kill the turns the first lets finish.
    if (stopping) return;
    stopping = true;
    log.info({ signal }, 'stopping: no new requests, finishing turns in flight');
    void app.close(config.SHUTDOWN_GRACE_MS).then((clean) => {
      log.info({ clean }, 'stopped');
      process.exit(clean ? 0 : 1);
    });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

void main().catch((e: unknown) => {
  process.stderr.write(`fine-tune-scout: failed to start: ${(e as Error).message}\n`);
  process.exit(1);
});
