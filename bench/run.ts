// `npm run bench`: runs every benchmark in one process tree and writes docs/BENCHMARKS.md.
import { writeFileSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { projectRoot } from '../src/knowledge';
import { runCore } from './core';
import { fmt } from './stats';

async function main(): Promise<void> {
  const started = Date.now();
  const core = runCore();
  const unit = core.baseline.median;
  const lines = [
    `core: understand+answer median ${fmt(core.understandAnswer.median)} (${(core.understandAnswer.median / unit).toFixed(1)} baseline units; goal <= 10), p99 ${fmt(core.understandAnswer.p99)}; baseline ${fmt(unit)} over ${core.questions} questions`,
    `core: card rendering median ${fmt(core.render.median)}, p99 ${fmt(core.render.p99)}`,
    `core: catalog load (read, validate, index) median ${fmt(core.catalogLoad.median)}`,
  ];
  for (const l of lines) console.log(l);
  const doc = [
    '# Benchmarks',
    '',
    `Measured ${new Date().toISOString().slice(0, 10)} on ${os.cpus()[0]?.model ?? 'unknown CPU'} (${os.cpus().length} cores), ${(os.totalmem() / 2 ** 30).toFixed(0)} GiB, Node ${process.version}, ${os.platform()} ${os.release()}.`,
    'Rerun with `npm run bench` (builds, then runs everything in one process tree; figures are ratios against baselines measured in the same run, since these machines are shared and noisy).',
    '',
    '## The core alone',
    '',
    `Over ${core.questions} questions (bench/questions.txt: every intent, typos, follow-ups, junk), each timed separately.`,
    'Baseline unit: `JSON.parse` + `JSON.stringify` of a typical Teams message activity (test/fixtures/teams-activities/message-personal.json).',
    '',
    '| what | median | p99 | median in baseline units |',
    '| --- | --- | --- | --- |',
    `| baseline (parse + stringify an activity) | ${fmt(core.baseline.median)} | ${fmt(core.baseline.p99)} | 1.0 |`,
    `| understand + answer | ${fmt(core.understandAnswer.median)} | ${fmt(core.understandAnswer.p99)} | ${(core.understandAnswer.median / unit).toFixed(1)} (goal <= 10) |`,
    `| card rendering (template expansion) | ${fmt(core.render.median)} | ${fmt(core.render.p99)} | ${(core.render.median / unit).toFixed(1)} |`,
    `| catalog load (read + validate + build indexes) | ${fmt(core.catalogLoad.median)} | ${fmt(core.catalogLoad.p99)} | ${(core.catalogLoad.median / unit).toFixed(0)} |`,
    '',
    '## Summary lines',
    '',
    '```',
    ...lines,
    '```',
    '',
    `(bench took ${((Date.now() - started) / 1000).toFixed(0)} s)`,
    '',
  ];
  const docs = path.join(projectRoot(), 'docs');
  mkdirSync(docs, { recursive: true });
  writeFileSync(path.join(docs, 'BENCHMARKS.md'), doc.join('\n'));
}

void main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
