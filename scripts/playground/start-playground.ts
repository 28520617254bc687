// The Microsoft 365 Agents Playground process (npm @microsoft/m365agentsplayground, pinned): spawned from
// node_modules with scripts/playground-preload.js, so it listens on 127.0.0.1 only and never reaches the
// internet, pointed at a local bot. No playwright here: `npm run playground` (scripts/playground/main.ts)
// uses this, and the browser tests use it through test/support/playground.ts.
// Findings, knobs and gotchas: docs/playground-notes.md.
//
//   const pg = await startPlayground({ botEndpoint: 'http://127.0.0.1:3978/api/messages', port: 56150 });
//   console.log(pg.url);   // http://127.0.0.1:56150/
//   await pg.stop();       // SIGTERM to its process group, SIGKILL after 5 s, temp dir removed
import { spawn, type ChildProcess } from 'node:child_process';
import * as fs from 'node:fs';
import * as net from 'node:net';
import * as os from 'node:os';
import { ROOT } from '../../src/paths';
import * as path from 'node:path';

/** The playground's own default port (what its docs and `npm run playground` use). */
export const DEFAULT_PLAYGROUND_PORT = 56150;

/** Bot name and id the playground presents (mentions read `<at>${PLAYGROUND_BOT_NAME}</at>`). */
export const PLAYGROUND_BOT_NAME = 'Fine-Tune Scout';
export const PLAYGROUND_BOT_ID = '28:00000000-0000-0000-0000-00000000f75c';
/** Fixed conversation ids (the built-in config uses random ones). */
export const PLAYGROUND_IDS = {
  tenantId: '00000000-0000-0000-0000-000000000001',
  personalChat: 'a:playground-personal-chat',
  groupChat: '19:playground-group-chat@thread.v2',
  team: '19:playground-team-general@thread.tacv2', // also the General channel's id
  channel: '19:playground-channel-fine-tuning@thread.tacv2',
} as const;
/** Names of the conversations in the playground's left rail (role=treeitem, accessible name). */
export const CONVERSATIONS = {
  personal: 'Personal Chat',
  group: 'Group Chat',
  general: 'Scout Team - General',
  channel: 'Scout Team - Fine-tuning',
} as const;

export interface PlaygroundUser {
  id: string;
  name: string;
  userPrincipleName: string;
  aadObjectId: string;
  givenName: string;
  surname: string;
  email: string;
}

/** The playground's `.m365agentsplayground.yml` (schema 0.1.1: exactly 5 users, at most 1 extra channel). */
export interface PlaygroundConfig {
  version: '0.1.1';
  tenantId: string;
  bot: { id: string; name: string };
  currentUser: PlaygroundUser;
  users: PlaygroundUser[];
  personalChat: { id: string };
  groupChat: { id: string; name: string };
  team: { id: string; name: string; aadGroupId: string; channels: { id: string; name: string }[] };
}

function user(n: number, given: string, surname: string): PlaygroundUser {
  const login = `${given}${surname[0] ?? ''}`.toLowerCase();
  return {
    id: `29:playground-user-${n}`,
    name: `${given} ${surname}`,
    userPrincipleName: `${login}@example.com`,
    aadObjectId: `00000000-0000-0000-0000-0000000000${20 + n}`,
    givenName: given,
    surname,
    email: `${login}@example.com`,
  };
}

/** Deterministic config: fixed ids, the bot named PLAYGROUND_BOT_NAME, a team with one extra channel. */
export function defaultPlaygroundConfig(overrides: { botName?: string; botId?: string } = {}): PlaygroundConfig {
  return {
    version: '0.1.1',
    tenantId: PLAYGROUND_IDS.tenantId,
    bot: { id: overrides.botId ?? PLAYGROUND_BOT_ID, name: overrides.botName ?? PLAYGROUND_BOT_NAME },
    currentUser: user(0, 'Alex', 'Wilber'),
    users: [user(1, 'Megan', 'Bowen'), user(2, 'Adele', 'Vance'), user(3, 'Isaiah', 'Langer'), user(4, 'Patti', 'Fernandez'), user(5, 'Lynne', 'Robbins')],
    personalChat: { id: PLAYGROUND_IDS.personalChat },
    groupChat: { id: PLAYGROUND_IDS.groupChat, name: 'Group Chat' },
    team: {
      id: PLAYGROUND_IDS.team,
      name: 'Scout Team',
      aadGroupId: '00000000-0000-0000-0000-000000000031',
      channels: [{ id: PLAYGROUND_IDS.channel, name: 'Fine-tuning' }],
    },
  };
}

export interface StartPlaygroundOptions {
  /** Port of the bot on 127.0.0.1 (POST /api/messages). Default 3978. */
  botPort?: number | string;
  /** Full messaging endpoint; wins over botPort. */
  botEndpoint?: string;
  /** Port for the playground UI + mock connector on 127.0.0.1. Default: a free port. */
  port?: number;
  /** A config object (written as YAML/JSON to a temp file) or the path of a .m365agentsplayground.yml. */
  config?: PlaygroundConfig | string;
  /** Extra environment for the playground process. */
  env?: Record<string, string | undefined>;
  /** How long to wait for the UI. Default 30 s. */
  startTimeoutMs?: number;
}

export interface Playground {
  /** http://127.0.0.1:<port>/ : the UI. */
  url: string;
  port: number;
  /** What the bot sees as activity.serviceUrl. */
  serviceUrl: string;
  pid: number;
  /** The playground's own log (it mirrors its console there). */
  logFile: string;
  /** stdout + stderr of the process so far. */
  output(): string;
  stop(): Promise<void>;
}

/** True when nothing listens on 127.0.0.1:`port` (the playground silently moves elsewhere if it is taken). */
export function isPortFree(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const srv = net.createServer();
    srv.once('error', () => resolve(false));
    srv.listen(port, '127.0.0.1', () => srv.close(() => resolve(true)));
  });
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = net.createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const addr = srv.address();
      const port = typeof addr === 'object' && addr ? addr.port : 0;
      srv.close(() => resolve(port));
    });
  });
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));
/** A timeout that does not keep the process alive (stop() would otherwise hold a test run open for 5 s). */
const deadlineIn = (ms: number) => new Promise<void>((r) => setTimeout(r, ms).unref());

async function httpOk(url: string): Promise<boolean> {
  try {
    const res = await fetch(url, { signal: AbortSignal.timeout(2000) });
    await res.arrayBuffer();
    return res.ok;
  } catch {
    return false;
  }
}

/**
 * Spawns the pinned playground from node_modules with the loopback preload, pointed at the bot.
 * Resolves once http://127.0.0.1:<port>/ serves the UI.
 */
export async function startPlayground(options: StartPlaygroundOptions = {}): Promise<Playground> {
  const root = ROOT;
  const preload = path.join(root, 'scripts', 'playground-preload.js');
  const cli = require.resolve('@microsoft/m365agentsplayground/cli.js', { paths: [root] });
  const port = options.port ?? (await freePort());
  const botEndpoint = options.botEndpoint ?? `http://127.0.0.1:${options.botPort ?? 3978}/api/messages`;
  const serviceUrl = `http://127.0.0.1:${port}/_connector`;

  // Its cwd gets ./devTools/ (log, events recording); keep all of that in a temp dir.
  const work = fs.mkdtempSync(path.join(os.tmpdir(), 'playground-'));
  const logFile = path.join(work, 'playground.log');
  let configPath: string;
  if (typeof options.config === 'string') {
    configPath = path.resolve(options.config);
  } else {
    configPath = path.join(work, '.m365agentsplayground.yml');
    // JSON is valid YAML; the playground parses it with `yaml` and validates it against its schema.
    fs.writeFileSync(configPath, JSON.stringify(options.config ?? defaultPlaygroundConfig(), null, 2));
  }

  const env: NodeJS.ProcessEnv = { ...process.env };
  // The playground routes its calls to the bot through HTTP(S)_PROXY when set: never here.
  for (const k of ['HTTP_PROXY', 'HTTPS_PROXY', 'http_proxy', 'https_proxy']) delete env[k];
  Object.assign(env, {
    NO_PROXY: '*',
    BOT_ENDPOINT: botEndpoint,
    DEFAULT_CHANNEL_ID: 'msteams',
    TEAMSAPPTESTER_BROWSER: 'none', // else it runs `open` (xdg-open) on the UI URL
    M365_AGENTS_PLAYGROUND_LOGFILE: logFile,
    M365_AGENTS_PLAYGROUND_CONFIG_PATH: configPath,
    APPLICATION_INSIGHTS_NO_STATSBEAT: 'true', // no IMDS / statsbeat calls (the preload blocks them anyway)
    TMPDIR: work, // Application Insights keeps a retry cache in os.tmpdir()
    ...options.env,
  });

  const args = [
    '--require',
    preload,
    cli,
    'start',
    '--app-endpoint',
    botEndpoint,
    '--port',
    String(port),
    '--service-url',
    serviceUrl,
    '--channel-id',
    'msteams',
    '--disable-telemetry',
  ];
  const child: ChildProcess = spawn(process.execPath, args, {
    cwd: work,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true, // own process group: stop() kills the whole tree
  });
  let out = '';
  child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  let stopped = false;
  // Safety net if a test run exits without stop(): do not leave a detached playground behind.
  const killOnExit = () => {
    try {
      if (child.pid) process.kill(-child.pid, 'SIGKILL');
    } catch {
      /* already gone */
    }
  };
  process.once('exit', killOnExit);

  const stop = async (): Promise<void> => {
    if (!stopped) {
      stopped = true;
      process.removeListener('exit', killOnExit);
      if (child.exitCode === null && child.signalCode === null && child.pid) {
        try {
          process.kill(-child.pid, 'SIGTERM');
        } catch {
          /* already gone */
        }
        const done = await Promise.race([exited.then(() => true), deadlineIn(5000).then(() => false)]);
        if (!done) {
          try {
            process.kill(-child.pid, 'SIGKILL');
          } catch {
            /* already gone */
          }
          await Promise.race([exited, deadlineIn(2000)]);
        }
      }
      fs.rmSync(work, { recursive: true, force: true });
    }
  };

  const url = `http://127.0.0.1:${port}/`;
  const deadline = Date.now() + (options.startTimeoutMs ?? 30_000);
  try {
    for (;;) {
      if (child.exitCode !== null || child.signalCode !== null) throw new Error('playground exited');
      const m = /Listening on (\d+)/.exec(out);
      // If the port was taken it silently falls back to a random one, and serviceUrl would be wrong.
      if (m && Number(m[1]) !== port) throw new Error(`playground took port ${m[1]} instead of ${port} (port busy?)`);
      if (m && (await httpOk(url)) && (await httpOk(`${url}_debug/ping`))) break;
      if (Date.now() > deadline) throw new Error('timed out waiting for the playground UI');
      await sleep(100);
    }
  } catch (e) {
    await stop();
    throw new Error(`${(e as Error).message}\n--- playground output ---\n${out}`, { cause: e });
  }
  return { url, port, serviceUrl, pid: child.pid ?? -1, logFile, output: () => out, stop };
}
