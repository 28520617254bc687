// Fine-Tune Scout for the bench: the real startApp (src/bot/app.ts), as src/index.ts starts it, plus the
// bench-only IPC hooks (CPU time, heap after a forced GC, stop). Nothing here is in the product.
import { startApp } from '../src/bot/app';
import { readConfig } from '../src/config';
import { createLogger } from '../src/log';
import { serveBenchHooks } from './bench-hooks';

async function main(): Promise<void> {
  const config = readConfig(process.env);
  const log = createLogger(config.LOG_LEVEL);
  const app = await startApp(config, log);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  serveBenchHooks(app.url, async () => {
    await app.close();
  });
}

void main().catch((e: unknown) => {
  process.stderr.write(`fine-tune-scout (bench): failed to start: ${(e as Error).message}\n`);
  process.exit(1);
});
