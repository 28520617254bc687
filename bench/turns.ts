// Whole turns over HTTP, Fine-Tune Scout beside the echo bot (bench/echo-bot.ts): throughput and latency
// under the same load, server CPU time per turn, cold start, and heap growth. Every bot runs in its own
// child process of the bench; the load generator and the local connectors run in the bench process.
import { spawn } from 'node:child_process';
import http from 'node:http';
import net, { type AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/paths';
import { messageBodies } from './activities';
import { loadQuestions } from './core';
import { botEnv, entryOf, startBotChild, track, type BotChild, type BotKind } from './children';
import { startBenchConnector, type BenchConnector } from './connector';
import { drive, type LoadResult } from './load';
import { summary } from './stats';

/** The bots whose cold start and lone-turn latency are compared. */
export type PairKind = 'echo' | 'scout';
export const KINDS: readonly PairKind[] = ['echo', 'scout'];

/**
 * The bots run under load. echo and scout are the pair the goal is about; the other two explain the
 * difference: the echo bot replying with the very card Scout gives to each question (what sending a card
 * costs, with none of Scout's work), and Scout with nothing remembered (every question as if never asked).
 */
export const VARIANTS = {
  'bare-echo': { kind: 'bare', env: {}, label: 'bare echo' },
  floor: { kind: 'floor', env: {}, label: 'floor (restify + one reply POST, no botbuilder)' },
  echo: { kind: 'echo', env: {}, label: 'echo' },
  'echo-card': { kind: 'echo', env: { ECHO_REPLY: 'card' }, label: 'echo with Scout’s card' },
  scout: { kind: 'scout', env: {}, label: 'Scout' },
  'scout-uncached': { kind: 'scout', env: { ANSWER_CACHE_ENTRIES: '0' }, label: 'Scout, nothing remembered' },
  // Not run by default: the bare echo bot with another outbound client (bench/outbound-clients.ts), to
  // measure a client alone (bench/compare.ts).
  'bare-project': { kind: 'bare', env: { BARE_CLIENT: 'project' }, label: 'bare echo, Scout’s outbound client' },
  'bare-fetch': { kind: 'bare', env: { BARE_CLIENT: 'fetch' }, label: 'bare echo, fetch' },
  'bare-fetch-signals': { kind: 'bare', env: { BARE_CLIENT: 'fetch-signals' }, label: 'bare echo, fetch with AbortSignal.any/timeout' },
  'bare-undici-request': { kind: 'bare', env: { BARE_CLIENT: 'undici-request' }, label: 'bare echo, undici request (one Agent)' },
  'bare-undici-pool': { kind: 'bare', env: { BARE_CLIENT: 'undici-pool' }, label: 'bare echo, undici request (a Pool per origin)' },
} as const satisfies Record<string, { kind: BotKind; env: Record<string, string>; label: string }>;
export type Variant = keyof typeof VARIANTS;
/** The bots `npm run bench` runs, in this order in each round. */
export const ALL_VARIANTS: readonly Variant[] = ['bare-echo', 'floor', 'echo', 'echo-card', 'scout', 'scout-uncached'];

const median = (xs: readonly number[]) => summary(xs).median;

export interface PairOptions {
  /** Concurrent keep-alive connections (closed loop). */
  connections: number;
  /** Load on each bot before the first measured run (not measured). */
  warmupMs: number;
  /** One measured run. */
  durationMs: number;
  /** How many times the round (echo, then each other bot) is run. */
  pairs: number;
  /** The bots in each round; default ALL_VARIANTS (then bare-echo, echo and scout must be among them). */
  variants?: readonly Variant[];
  /** Conversations the activities are spread over. */
  conversations: number;
  /** One connection, after the pairs: latency of a lone turn. 0 skips it. */
  unloadedMs: number;
}

export interface RunFigures {
  kind: Variant;
  pair: number;
  /** Turns answered 200 per second. */
  rps: number;
  requests: number;
  failed: number;
  /** Latency in µs. */
  p50: number;
  p99: number;
  /** The bot process's CPU time (user + system, all its threads) per turn served, in µs. */
  cpuPerTurnUs: number;
  /** The bot process's CPU time over wall time: 1.0 = one core busy all the time. */
  cores: number;
  /** Replies that reached the connector during the run. */
  replies: number;
  /** Mean reply body size, bytes. */
  replyBytes: number;
  /** CPU used meanwhile by processes outside the bench (in cores): other work on a shared machine. */
  otherCores: number;
}

export interface BotAggregate {
  rps: number;
  p50: number;
  p99: number;
  cpuPerTurnUs: number;
  cores: number;
  replyBytes: number;
  failed: number;
  otherCores: number;
}

/** One bot's throughput over another's: per round, and the median of the rounds. */
export interface Relative {
  of: Variant;
  to: Variant;
  ratios: number[];
  ratio: number;
  /** `to`'s CPU per turn over `of`'s, per round and median. */
  cpuRatios: number[];
  cpuRatio: number;
}

export interface PairFigures {
  options: PairOptions;
  runs: RunFigures[];
  echo: BotAggregate;
  scout: BotAggregate;
  /** The headline: Scout beside the bare echo bot (botbuilder's defaults, no state, a text reply). */
  headline: Relative;
  /** The floor (no botbuilder) beside the bare echo bot: what botbuilder costs per turn; null when not run. */
  floor: Relative | null;
  /** Every bot that ran, echo and scout included. */
  bots: Partial<Record<Variant, BotAggregate>>;
  /** Scout beside the echo bot with its card, that bot beside echo, and Scout with nothing remembered beside echo (those that ran). */
  explained: Relative[];
  /** Scout's rps over echo's, one per pair. */
  ratios: number[];
  ratio: number;
  /** echo's CPU per turn over Scout's, one per pair: the throughput ratio a CPU-bound server would have. */
  cpuRatios: number[];
  cpuRatio: number;
  /** Latency of single turns (one connection), µs. */
  unloaded: Record<PairKind, { p50: number; p99: number; n: number }> | null;
  /** Questions (lines of bench/questions.txt) the activities are made from. */
  questions: number;
}

interface Target {
  kind: Variant;
  bot: BotChild;
  connector: BenchConnector;
  bodies: Buffer[];
  offset: number;
}

async function startTarget(kind: Variant, conversations: number, exposeGc = false): Promise<Target> {
  const connector = await startBenchConnector();
  try {
    const bot = await startBotChild(VARIANTS[kind].kind, { exposeGc, env: VARIANTS[kind].env });
    const bodies = messageBodies({ serviceUrl: connector.serviceUrl, count: 4096, conversations, prefix: kind });
    return { kind, bot, connector, bodies, offset: 0 };
  } catch (e) {
    await connector.close();
    throw e;
  }
}

async function stopTarget(t: Target): Promise<void> {
  await t.bot.stop();
  await t.connector.close();
}

/** Drives a target and moves its offset on, so successive runs continue the same conversations. */
async function load(t: Target, o: { connections: number; durationMs: number; maxRequests?: number; bodies?: Buffer[] }): Promise<LoadResult> {
  const bodies = o.bodies ?? t.bodies;
  const r = await drive({ url: t.bot.url, bodies, connections: o.connections, durationMs: o.durationMs, maxRequests: o.maxRequests, offset: t.offset });
  t.offset += r.requests;
  return r;
}

/** CPU time of the whole machine so far, all cores, in µs (busy, not idle). */
function machineBusyUs(): number {
  let ms = 0;
  for (const c of os.cpus()) ms += c.times.user + c.times.nice + c.times.sys + c.times.irq;
  return ms * 1000;
}

function ownCpuUs(): number {
  const u = process.cpuUsage();
  return u.user + u.system;
}

async function measure(t: Target, pair: number, o: PairOptions): Promise<RunFigures> {
  const u0 = await t.bot.usage();
  const m0 = machineBusyUs();
  const own0 = ownCpuUs();
  const replies0 = t.connector.replies;
  const bytes0 = t.connector.bytes;
  const r = await load(t, o);
  const u1 = await t.bot.usage();
  const others = machineBusyUs() - m0 - (ownCpuUs() - own0) - (u1.cpuUs - u0.cpuUs);
  const replies = t.connector.replies - replies0;
  const cpu = u1.cpuUs - u0.cpuUs;
  return {
    kind: t.kind,
    pair,
    rps: r.rps,
    requests: r.requests,
    failed: r.failed,
    p50: r.latency.median,
    p99: r.latency.p99,
    cpuPerTurnUs: cpu / Math.max(1, replies),
    cores: cpu / 1000 / r.elapsedMs,
    replies,
    replyBytes: (t.connector.bytes - bytes0) / Math.max(1, replies),
    otherCores: Math.max(0, others) / 1000 / r.elapsedMs,
  };
}

export function aggregate(runs: readonly RunFigures[]): BotAggregate {
  return {
    rps: median(runs.map((r) => r.rps)),
    p50: median(runs.map((r) => r.p50)),
    p99: median(runs.map((r) => r.p99)),
    cpuPerTurnUs: median(runs.map((r) => r.cpuPerTurnUs)),
    cores: median(runs.map((r) => r.cores)),
    replyBytes: median(runs.map((r) => r.replyBytes)),
    failed: runs.reduce((a, r) => a + r.failed, 0),
    otherCores: median(runs.map((r) => r.otherCores)),
  };
}

export function relative(runs: readonly RunFigures[], of: Variant, to: Variant): Relative {
  const a = runs.filter((r) => r.kind === of);
  const b = runs.filter((r) => r.kind === to);
  const ratios = a.map((r, i) => r.rps / b[i]!.rps);
  const cpuRatios = a.map((r, i) => b[i]!.cpuPerTurnUs / r.cpuPerTurnUs);
  return { of, to, ratios, ratio: median(ratios), cpuRatios, cpuRatio: median(cpuRatios) };
}

/** Throughput and latency: every bot started once, warmed up, then run in turn, round after round. */
/** Runs the given bots in turn, round after round (every other round reversed), each started once and warmed up. */
export async function runRounds(
  variants: readonly Variant[],
  o: PairOptions,
  onRun: (r: RunFigures) => void = () => {},
): Promise<{ runs: RunFigures[]; unloaded: PairFigures['unloaded'] }> {
  const targets: Target[] = [];
  try {
    for (const kind of variants) targets.push(await startTarget(kind, o.conversations));
    for (const t of targets) await load(t, { connections: o.connections, durationMs: o.warmupMs });
    const runs: RunFigures[] = [];
    // Every other round runs the bots in reverse order (echo first, then echo last), so that a machine
    // slowing down or speeding up over a round favours no bot; a bot's ratio pairs runs of the same round.
    for (let pair = 1; pair <= o.pairs; pair++) {
      for (const t of pair % 2 ? targets : [...targets].reverse()) {
        const r = await measure(t, pair, o);
        runs.push(r);
        onRun(r);
      }
    }
    let unloaded: PairFigures['unloaded'] = null;
    if (o.unloadedMs > 0) {
      unloaded = {} as NonNullable<PairFigures['unloaded']>;
      for (const t of targets) {
        if (t.kind !== 'echo' && t.kind !== 'scout') continue;
        const r = await load(t, { connections: 1, durationMs: o.unloadedMs });
        unloaded[t.kind] = { p50: r.latency.median, p99: r.latency.p99, n: r.latency.n };
      }
    }
    return { runs, unloaded };
  } finally {
    for (const t of targets) await stopTarget(t);
  }
}

/** Throughput and latency: every bot started once, warmed up, then run in turn, round after round. */
export async function runPairs(o: PairOptions): Promise<PairFigures> {
  const variants = o.variants ?? ALL_VARIANTS;
  for (const v of ['bare-echo', 'echo', 'scout'] as const) if (!variants.includes(v)) throw new Error(`the bench needs the ${VARIANTS[v].label} bot`);
  {
    const { runs, unloaded } = await runRounds(variants, o);
    const of = (kind: Variant) => runs.filter((r) => r.kind === kind);
    const main = relative(runs, 'scout', 'echo');
    const headline = relative(runs, 'scout', 'bare-echo');
    const floor = variants.includes('floor') ? relative(runs, 'bare-echo', 'floor') : null;
    const bots: Partial<Record<Variant, BotAggregate>> = {};
    for (const v of variants) bots[v] = aggregate(of(v));
    const explained = (
      [
        ['echo', 'bare-echo'],
        ['scout', 'echo-card'],
        ['echo-card', 'echo'],
        ['scout-uncached', 'echo'],
      ] as const
    )
      .filter(([a, b]) => variants.includes(a) && variants.includes(b))
      .map(([a, b]) => relative(runs, a, b));
    return {
      options: o,
      runs,
      echo: bots.echo!,
      scout: bots.scout!,
      headline,
      floor,
      bots,
      explained,
      ratios: main.ratios,
      ratio: main.ratio,
      cpuRatios: main.cpuRatios,
      cpuRatio: main.cpuRatio,
      unloaded,
      questions: loadQuestions().length,
    };
  }
}

export interface MemoryOptions {
  connections: number;
  warmupTurns: number;
  turns: number;
  conversations: number;
  /** Bound on each phase's time. */
  phaseLimitMs: number;
}

export interface MemoryFigures {
  options: MemoryOptions;
  /** Heap used after a forced GC, bytes: after warm-up, after `turns` more, after `turns` more again. */
  afterWarmup: number;
  afterTurns: number;
  afterMoreTurns: number;
  turnsServed: number;
  moreTurnsServed: number;
  /** (afterTurns - afterWarmup) / afterWarmup */
  growth: number;
  /** (afterMoreTurns - afterTurns) / afterTurns: the same conversations again. */
  laterGrowth: number;
  rssAfterTurns: number;
}

/** Heap after a forced GC in a Scout child started with --expose-gc. */
export async function runMemory(o: MemoryOptions): Promise<MemoryFigures> {
  const t = await startTarget('scout', 50, true);
  try {
    const warm = messageBodies({ serviceUrl: t.connector.serviceUrl, count: Math.min(o.warmupTurns, 4096), conversations: 50, prefix: 'warm' });
    await load(t, { connections: o.connections, durationMs: o.phaseLimitMs, maxRequests: o.warmupTurns, bodies: warm });
    const a = await t.bot.gc();
    const bodies = messageBodies({ serviceUrl: t.connector.serviceUrl, count: o.turns, conversations: o.conversations, prefix: 'mem' });
    t.offset = 0;
    const r1 = await load(t, { connections: o.connections, durationMs: o.phaseLimitMs, maxRequests: o.turns, bodies });
    const b = await t.bot.gc();
    t.offset = 0;
    const r2 = await load(t, { connections: o.connections, durationMs: o.phaseLimitMs, maxRequests: o.turns, bodies });
    const c = await t.bot.gc();
    return {
      options: o,
      afterWarmup: a.heapUsed,
      afterTurns: b.heapUsed,
      afterMoreTurns: c.heapUsed,
      turnsServed: r1.requests - r1.failed,
      moreTurnsServed: r2.requests - r2.failed,
      growth: (b.heapUsed - a.heapUsed) / a.heapUsed,
      laterGrowth: (c.heapUsed - b.heapUsed) / b.heapUsed,
      rssAfterTurns: b.rss,
    };
  } finally {
    await stopTarget(t);
  }
}

export interface ColdStartOptions {
  runs: number;
  /** Bound on one start. */
  timeoutMs: number;
}

export interface ColdStartFigures {
  options: ColdStartOptions;
  /** ms from spawn to the first 200 answer to a question, per run. */
  samples: Record<PairKind, number[]>;
  median: Record<PairKind, number>;
  ratio: number;
  entries: Record<PairKind, string>;
}

/** The product's entry point for Scout (src/index.ts, built), the echo bot's own for echo. */
function coldEntryOf(kind: PairKind): { file: string; execArgv: string[] } {
  if (kind === 'echo') return entryOf('echo');
  const { execArgv } = entryOf('scout');
  const root = projectRoot();
  return execArgv.length ? { file: path.join(root, 'src', 'index.ts'), execArgv } : { file: path.join(root, 'dist', 'src', 'index.js'), execArgv };
}

async function freePort(): Promise<number> {
  const s = net.createServer();
  await new Promise<void>((resolve) => s.listen(0, '127.0.0.1', resolve));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((resolve) => s.close(() => resolve()));
  return port;
}

function postOnce(port: number, body: Buffer): Promise<number> {
  return new Promise((resolve) => {
    const req = http.request(
      {
        host: '127.0.0.1',
        port,
        path: '/api/messages',
        method: 'POST',
        agent: false,
        timeout: 10_000,
        headers: { 'content-type': 'application/json', 'content-length': body.length },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('timeout', () => req.destroy(new Error('timeout')));
    req.on('error', () => resolve(0));
    req.end(body);
  });
}

async function coldStartOnce(kind: PairKind, connector: BenchConnector, body: Buffer, timeoutMs: number): Promise<number> {
  const port = await freePort();
  const { file, execArgv } = coldEntryOf(kind);
  const before = connector.replies;
  const started = process.hrtime.bigint();
  const child = spawn(process.execPath, [...execArgv, file], { env: botEnv({ PORT: String(port) }), stdio: ['ignore', 'ignore', 'pipe'] });
  track(child);
  let stderr = '';
  child.stderr.on('data', (c: Buffer) => {
    stderr = (stderr + c.toString()).slice(-4000);
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  try {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      if (child.exitCode !== null) throw new Error(`${kind} exited with ${child.exitCode} before answering: ${stderr}`);
      const status = await postOnce(port, body);
      if (status === 200) break;
      if (Date.now() > deadline) throw new Error(`${kind} did not answer within ${timeoutMs} ms (last status ${status}): ${stderr}`);
      await new Promise((r) => setTimeout(r, 3));
    }
    const ms = Number(process.hrtime.bigint() - started) / 1e6;
    if (connector.replies <= before) throw new Error(`${kind} answered 200 but its reply never reached the connector`);
    return ms;
  } finally {
    child.kill('SIGTERM');
    const force = setTimeout(() => child.kill('SIGKILL'), 5000);
    await exited;
    clearTimeout(force);
  }
}

/** From spawning `node <entry>` to the first 200 answer to a question POSTed until the port answers. */
export async function runColdStart(o: ColdStartOptions): Promise<ColdStartFigures> {
  const connector = await startBenchConnector();
  try {
    const [body] = messageBodies({ serviceUrl: connector.serviceUrl, count: 1, conversations: 1, prefix: 'cold' });
    const samples: Record<PairKind, number[]> = { echo: [], scout: [] };
    for (let i = 0; i < o.runs; i++) {
      for (const kind of KINDS) samples[kind].push(await coldStartOnce(kind, connector, body!, o.timeoutMs));
    }
    const m = { echo: median(samples.echo), scout: median(samples.scout) };
    const root = projectRoot();
    const rel = (kind: PairKind) => path.relative(root, coldEntryOf(kind).file);
    return { options: o, samples, median: m, ratio: m.scout / m.echo, entries: { echo: rel('echo'), scout: rel('scout') } };
  } finally {
    await connector.close();
  }
}
