// Starts a bot in a child process of the bench (so the server's own throughput is measured, not the load
// generator competing for its event loop) and talks to it over IPC (bench-hooks.ts). Children are
// forked with the IPC channel: when the bench exits, they exit too.
import { fork, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/paths';
import type { HookReply, HookRequest, Usage } from './bench-hooks';

/** echo and scout share the product's choices; bare (bench/bare-echo-bot.ts) and floor (bench/floor-main.ts) do not. */
export type BotKind = 'echo' | 'scout' | 'bare' | 'floor';

const ENTRIES: Record<BotKind, string> = { echo: 'echo-bot-main', scout: 'scout-main', bare: 'bare-echo-main', floor: 'floor-main' };

export interface BotChild {
  kind: BotKind;
  url: string;
  pid: number;
  usage(): Promise<Usage>;
  /** Forces a full GC (the child must run with --expose-gc), then reports usage. */
  gc(): Promise<Usage>;
  stop(): Promise<void>;
}

/** The bench entry of a bot: built JavaScript (dist/bench) or, under jest, TypeScript through a tiny hook. */
export function entryOf(kind: BotKind): { file: string; execArgv: string[] } {
  const name = ENTRIES[kind];
  if (__filename.endsWith('.js')) return { file: path.join(__dirname, `${name}.js`), execArgv: [] };
  const hook = path.join(projectRoot(), 'bench', 'ts-require.js');
  if (!existsSync(hook)) throw new Error(`missing ${hook}`);
  return { file: path.join(__dirname, `${name}.ts`), execArgv: ['-r', hook] };
}

export function botEnv(extra: Record<string, string> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    PORT: '0',
    HOST: '127.0.0.1',
    LOG_LEVEL: 'silent',
    MicrosoftAppId: '',
    MicrosoftAppPassword: '',
    STATE_STORAGE: 'memory',
    ...extra,
  };
}

const live = new Set<ChildProcess>();
let reaping = false;

/** Kills, when the bench exits for any reason, every bot child still running: nothing outlives it. */
export function track(child: ChildProcess): void {
  live.add(child);
  child.once('exit', () => live.delete(child));
  if (!reaping) {
    reaping = true;
    process.once('exit', () => {
      for (const c of live) c.kill('SIGKILL');
    });
  }
}

/** BENCH_CPU_PROF=<dir> makes every forked bot write a V8 CPU profile there when it stops. */
function profileArgs(): string[] {
  const dir = process.env.BENCH_CPU_PROF;
  return dir ? ['--cpu-prof', `--cpu-prof-dir=${path.resolve(dir)}`] : [];
}

export async function startBotChild(kind: BotKind, options: { exposeGc?: boolean; timeoutMs?: number; env?: Record<string, string> } = {}): Promise<BotChild> {
  const { file, execArgv } = entryOf(kind);
  const child: ChildProcess = fork(file, [], {
    env: botEnv(options.env),
    execArgv: [...execArgv, ...(options.exposeGc ? ['--expose-gc'] : []), ...profileArgs()],
    stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
  });
  track(child);
  // Kept for error messages only (restify's deprecation warnings would otherwise fill the bench's output).
  let stderr = '';
  child.stderr?.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4000);
  });
  const pending = new Map<number, (u: Usage) => void>();
  let nextId = 1;
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill();
      reject(new Error(`${kind} bot did not start within ${options.timeoutMs ?? 30_000} ms`));
    }, options.timeoutMs ?? 30_000);
    child.on('message', (m: HookReply) => {
      if ('type' in m && m.type === 'ready') {
        clearTimeout(timer);
        resolve(m.url);
      } else if ('id' in m) {
        pending.get(m.id)?.(m.usage);
        pending.delete(m.id);
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${kind} bot exited with code ${code} before it was ready: ${stderr}`));
    });
  });
  const ask = (type: HookRequest['type']) =>
    new Promise<Usage>((resolve, reject) => {
      const id = nextId++;
      const timer = setTimeout(() => reject(new Error(`${kind} bot did not answer '${type}'`)), 10_000);
      pending.set(id, (u) => {
        clearTimeout(timer);
        resolve(u);
      });
      child.send({ id, type } satisfies HookRequest);
    });
  return {
    kind,
    url,
    pid: child.pid!,
    usage: () => ask('usage'),
    gc: () => ask('gc'),
    stop: () =>
      new Promise<void>((resolve) => {
        if (child.exitCode !== null || child.signalCode !== null) return resolve();
        const force = setTimeout(() => child.kill('SIGKILL'), 5000);
        child.once('exit', () => {
          clearTimeout(force);
          resolve();
        });
        child.send({ id: 0, type: 'stop' } satisfies HookRequest);
      }),
  };
}
