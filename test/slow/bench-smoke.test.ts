// `npm run bench` in miniature: every piece runs (the core, cold start, echo and Scout alternately under
// load in child processes, memory after forced GCs) and the report is complete. Only counts and the
// presence of numbers are checked here, never timings: those belong to docs/BENCHMARKS.md.
import { runBench, type BenchReport } from '../../bench/run';

jest.setTimeout(90_000);

let report: BenchReport;

beforeAll(async () => {
  report = await runBench({
    coreRounds: 1,
    handlers: { rounds: 1, turns: 50, conversations: 20 },
    pairs: { connections: 2, warmupMs: 300, durationMs: 1000, pairs: 1, conversations: 20, unloadedMs: 300 },
    coldStart: { runs: 1, timeoutMs: 30_000 },
    memory: { connections: 2, warmupTurns: 40, turns: 120, conversations: 20, phaseLimitMs: 15_000 },
  });
});

test('each bot served every request of its run, and every turn replied to the connector', () => {
  expect(report.pairs.runs.map((r) => r.kind)).toEqual(['bare-echo', 'floor', 'echo', 'echo-card', 'scout', 'scout-uncached']);
  for (const run of report.pairs.runs) {
    expect(run.requests).toBeGreaterThan(0);
    expect(run.failed).toBe(0);
    expect(run.replies).toBe(run.requests);
    for (const x of [run.rps, run.p50, run.p99, run.cpuPerTurnUs, run.cores]) expect(x).toBeGreaterThan(0);
  }
  const [bare, floor, echo, echoCard, scout, uncached] = report.pairs.runs;
  // The echo bot replies with one line; Scout with an Adaptive Card, and so does the echo bot given
  // Scout's cards: about the same bytes as Scout, whether Scout remembers answers or not.
  expect(scout!.replyBytes).toBeGreaterThan(2 * echo!.replyBytes);
  expect(echoCard!.replyBytes).toBeGreaterThan(2 * echo!.replyBytes);
  expect(Math.abs(echoCard!.replyBytes - scout!.replyBytes) / scout!.replyBytes).toBeLessThan(0.2);
  expect(Math.abs(uncached!.replyBytes - scout!.replyBytes) / scout!.replyBytes).toBeLessThan(0.2);
  // The bare echo bot and the floor reply with one line of text, as the echo bot does.
  for (const run of [bare!, floor!]) expect(run.replyBytes).toBeLessThan(scout!.replyBytes / 2);
  expect(report.pairs.ratios).toHaveLength(1);
  expect(report.pairs.headline.ratios).toHaveLength(1);
  expect(report.pairs.floor?.ratios).toHaveLength(1);
  expect(report.pairs.explained.map((e) => `${e.of}/${e.to}`)).toEqual(['echo/bare-echo', 'scout/echo-card', 'echo-card/echo', 'scout-uncached/echo']);
});

test('the turn logic of each bot is timed without HTTP, in every round, and every turn replied', () => {
  for (const kind of ['echo', 'echo-card', 'scout'] as const) {
    expect(report.handlers.turns[kind]).toBe(50);
    expect(report.handlers.replies[kind]).toBe(50);
    expect(report.handlers.cpuPerTurnUs[kind]).toHaveLength(1);
    expect(report.handlers.median[kind]).toBeGreaterThan(0);
  }
  expect(report.doc).toContain('### Turn logic without HTTP');
});

test('cold start, memory and the core report numbers', () => {
  expect(report.coldStart.samples.echo).toHaveLength(1);
  expect(report.coldStart.samples.scout).toHaveLength(1);
  expect(report.memory.turnsServed).toBe(120);
  expect(report.memory.moreTurnsServed).toBe(120);
  expect(report.memory.afterWarmup).toBeGreaterThan(0);
  expect(report.core.questions).toBeGreaterThan(100);
  // Some corpus questions ask one thing in other words, and share one answer.
  expect(report.core.distinctAnswers).toBeGreaterThan(50);
  expect(report.core.distinctAnswers).toBeLessThan(report.core.questions);
  expect(Number.isFinite(report.coreShare)).toBe(true);
});

test('one summary line per figure, and the document has every section', () => {
  // The headline (Scout beside the bare echo bot) and the floor come first.
  expect(report.lines).toHaveLength(13);
  expect(report.lines[0]).toMatch(/^headline: Scout\/bare echo throughput/);
  expect(report.lines[1]).toMatch(/^floor: /);
  for (const line of report.lines) {
    expect(line).toMatch(/^[a-zA-Z ]+: /);
    expect(line).toMatch(/\d/);
    expect(line).not.toMatch(/NaN|undefined|Infinity/);
  }
  for (const heading of ['## Summary lines', '## Turns over HTTP', '## The core alone', '## Cold start', '## Memory']) {
    expect(report.doc).toContain(heading);
  }
  expect(report.doc).not.toMatch(/NaN|undefined|Infinity/);
});
