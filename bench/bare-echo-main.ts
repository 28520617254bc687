// The bare echo bot's entry point (bench/bare-echo-bot.ts), forked by the bench: PORT and HOST from the
// environment, BARE_CLIENT to swap the outbound client; it answers the bench's IPC requests.
import { serveBenchHooks } from './bench-hooks';
import { startBareEcho } from './bare-echo-bot';
import { OUTBOUND_CLIENT_NAMES, type OutboundClientName } from './outbound-clients';

async function main(): Promise<void> {
  const client = process.env.BARE_CLIENT || undefined;
  if (client && !OUTBOUND_CLIENT_NAMES.includes(client as OutboundClientName)) throw new Error(`BARE_CLIENT: one of ${OUTBOUND_CLIENT_NAMES.join(', ')}`);
  const app = await startBareEcho(process.env.HOST ?? '127.0.0.1', Number(process.env.PORT ?? 0), client as OutboundClientName | undefined);
  process.once('SIGTERM', () => void app.close().then(() => process.exit(0)));
  serveBenchHooks(app.url, () => app.close());
}

void main().catch((e: unknown) => {
  process.stderr.write(`bare echo bot: failed to start: ${(e as Error).message}\n`);
  process.exit(1);
});
