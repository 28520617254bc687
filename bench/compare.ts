// `node dist/bench/compare.js [--rounds N] [--seconds S] BASELINE VARIANT...`: a quick side-by-side of a
// few bots (bench/turns.ts VARIANTS), alternating, each beside the first: median and range of the rounds'
// throughput ratios and CPU per turn. For measuring one change at a time; `npm run bench` is the full report.
import { parseArgs } from 'node:util';
import { fmt } from './stats';
import { aggregate, relative, runRounds, VARIANTS, type Variant } from './turns';

async function main(): Promise<void> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { rounds: { type: 'string', default: '8' }, seconds: { type: 'string', default: '3' }, connections: { type: 'string', default: '32' } },
  });
  const variants = positionals as Variant[];
  for (const v of variants) if (!(v in VARIANTS)) throw new Error(`unknown bot ${v}: one of ${Object.keys(VARIANTS).join(', ')}`);
  if (variants.length < 2) throw new Error('name a baseline and at least one bot to compare with it');
  const o = {
    connections: Number(values.connections),
    warmupMs: 2000,
    durationMs: Number(values.seconds) * 1000,
    pairs: Number(values.rounds),
    conversations: 500,
    unloadedMs: 0,
  };
  const { runs } = await runRounds(variants, o, (r) =>
    process.stderr.write(`round ${r.pair} ${r.kind}: ${Math.round(r.rps)}/s, ${fmt(r.cpuPerTurnUs)} CPU per turn, others ${r.otherCores.toFixed(2)} cores\n`),
  );
  const [base, ...others] = variants;
  const range = (xs: number[]) => `${Math.min(...xs).toFixed(2)}-${Math.max(...xs).toFixed(2)}`;
  for (const v of variants) {
    const a = aggregate(runs.filter((r) => r.kind === v));
    console.log(
      `${v}: ${Math.round(a.rps)}/s, ${fmt(a.cpuPerTurnUs)} CPU per turn, ${a.cores.toFixed(2)} cores busy, ${Math.round(a.replyBytes)} B replies, failed ${a.failed}`,
    );
  }
  for (const v of others) {
    const rel = relative(runs, v, base!);
    console.log(
      `${v}/${base}: throughput ${rel.ratio.toFixed(2)} (range ${range(rel.ratios)}), CPU per turn ${base}/${v} ${rel.cpuRatio.toFixed(2)} (range ${range(rel.cpuRatios)}); ${o.pairs} rounds`,
    );
  }
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
