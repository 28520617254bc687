// npm run playground: Fine-Tune Scout and the Microsoft 365 Agents Playground (a Teams-like web client,
// npm @microsoft/m365agentsplayground, pinned) side by side on this machine, both on 127.0.0.1 and offline.
// The bot runs in this process on PORT (default 3978); the playground on PLAYGROUND_PORT (default 56150,
// else a free port). Ctrl+C stops both. The playground does not read the app manifest, so it shows no
// command menu and the message extension's command id and parameter are typed by hand.
import { startApp, type App } from '../../src/bot/app';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../src/bot/scout-bot';
import { ConfigError, readConfig, type Config } from '../../src/config';
import { createLogger } from '../../src/log';
import { DEFAULT_PLAYGROUND_PORT, PLAYGROUND_BOT_NAME, freePort, isPortFree, startPlayground, type Playground } from './start-playground';

const HOST = '127.0.0.1';

function fail(message: string, code = 1): never {
  process.stderr.write(`playground: ${message}\n`);
  process.exit(code);
}

/** PLAYGROUND_PORT if set (must be free), else 56150, else a free port. */
async function pickPlaygroundPort(env: NodeJS.ProcessEnv): Promise<number> {
  const wanted = env.PLAYGROUND_PORT?.trim();
  if (wanted) {
    const port = Number(wanted);
    if (!Number.isInteger(port) || port < 1 || port > 65535) fail(`PLAYGROUND_PORT must be a port number, not "${wanted}"`, 2);
    if (!(await isPortFree(port))) fail(`port ${port} (PLAYGROUND_PORT) on ${HOST} is already in use: stop what uses it, or unset PLAYGROUND_PORT`);
    return port;
  }
  return (await isPortFree(DEFAULT_PLAYGROUND_PORT)) ? DEFAULT_PLAYGROUND_PORT : freePort();
}

async function main(): Promise<void> {
  let config: Config;
  try {
    // The playground talks to the bot without a Bot Framework token, so the bot runs in local mode here
    // (empty MicrosoftAppId: requests are not authenticated), and only on 127.0.0.1.
    config = readConfig({ ...process.env, HOST, MicrosoftAppId: '', MicrosoftAppPassword: '', MicrosoftAppTenantId: '' });
  } catch (e) {
    if (e instanceof ConfigError) fail(e.message, 2);
    throw e;
  }
  if (process.env.MicrosoftAppId) process.stderr.write('playground: ignoring MicrosoftAppId: the playground talks to the bot without authentication\n');
  const log = createLogger(config.LOG_LEVEL);

  let app: App;
  try {
    app = await startApp(config, log);
  } catch (e) {
    const err = e as NodeJS.ErrnoException;
    if (err.code === 'EADDRINUSE') {
      fail(
        `port ${config.PORT} on ${HOST} is already in use (is the bot already running, e.g. \`npm start\`?). Stop it, or choose another port: PORT=3979 npm run playground`,
      );
    }
    throw e;
  }

  let playground: Playground;
  try {
    const port = await pickPlaygroundPort(process.env);
    playground = await startPlayground({ botEndpoint: `${app.url}/api/messages`, port });
  } catch (e) {
    await app.close(1000);
    fail(`the Agents Playground did not start: ${(e as Error).message}`);
  }

  const lines = [
    '',
    `Fine-Tune Scout is listening on ${app.url}/api/messages, the Microsoft 365 Agents Playground on ${playground.url}`,
    '',
    `Open ${playground.url} in your browser`,
    '',
    '  Personal Chat: just ask, e.g. "can I fine-tune o4-mini in West Europe?"',
    `  Group Chat or a channel (Scout Team): start with @${PLAYGROUND_BOT_NAME}, then the question`,
    `  Message extension: "+" beside the compose box -> Search Command -> "Specify Command ID or Parameter":`,
    `    Command ID ${SEARCH_COMMAND_ID}, Parameter name ${SEARCH_PARAMETER}; then type e.g. "o4-mini west europe"`,
    '  (the playground does not read the app manifest, so there is no command menu)',
    '',
    'Press Ctrl+C to stop both.',
    '',
  ];
  process.stdout.write(lines.join('\n') + '\n');

  let stopping = false;
  const stop = (signal: string) => {
    if (stopping) {
      process.stderr.write(`playground: ${signal} again, exiting now\n`);
      process.exit(130);
    }
    stopping = true;
    process.stdout.write(`\nStopping (${signal}) ...\n`);
    void Promise.allSettled([playground.stop(), app.close(config.SHUTDOWN_GRACE_MS)]).then(([, bot]) => {
      const clean = bot.status === 'fulfilled' && bot.value;
      process.stdout.write(clean ? 'Stopped.\n' : 'Stopped (turns in flight were cut).\n');
      process.exit(clean ? 0 : 1);
    });
  };
  process.on('SIGINT', () => stop('SIGINT'));
  process.on('SIGTERM', () => stop('SIGTERM'));
}

if (require.main === module) {
  main().catch((e: unknown) => fail(`failed to start: ${e instanceof Error ? (e.stack ?? e.message) : String(e)}`));
}
