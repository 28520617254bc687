// The `ask` CLI: the same engine as the bot, for terminals and scripts.
//   ask "can I fine-tune o4-mini in West Europe?"     readable text, verdict first
//   ask --json "..."                                  one JSON object
//   ask --jsonl < questions.txt                       one JSON object per input line, each a new conversation
//   ask --catalog FILE ...                            answer from another catalog
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import { answer } from './core';
import type { Answer } from './core';
import type { Question } from './core';
import path from 'node:path';
import { loadKnowledge, type Knowledge } from './knowledge/load';
import { answerToText } from './presentation/text-render';

export interface AskResult {
  intent: Question['intent'];
  models: string[];
  regions: string[];
  verdict: Answer['verdict'];
  matches: string[];
  text: string;
}

export function ask(k: Knowledge, text: string): AskResult {
  const q = k.understand(text);
  const a = answer(q, k.catalog);
  return { intent: q.intent, models: a.models, regions: a.regions, verdict: a.verdict, matches: a.matches, text: answerToText(a) };
}

const USAGE = 'usage: ask [--json | --jsonl] [--catalog FILE] "question"';

interface Io {
  out: (s: string) => void;
  err: (s: string) => void;
  stdin: NodeJS.ReadableStream;
}

export async function main(argv: string[], io: Io): Promise<number> {
  let opts;
  try {
    opts = parseArgs({
      args: argv,
      allowPositionals: true,
      options: { json: { type: 'boolean' }, jsonl: { type: 'boolean' }, catalog: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    });
  } catch (e) {
    io.err(`${(e as Error).message}\n${USAGE}`);
    return 2;
  }
  const { values, positionals } = opts;
  if (values.help) {
    io.out(USAGE);
    return 0;
  }
  let k: Knowledge;
  try {
    k = loadKnowledge(values.catalog ? { catalogFile: path.resolve(values.catalog) } : {});
  } catch (e) {
    io.err(`cannot load the catalog: ${(e as Error).message.split('\n')[0]}`);
    return 2;
  }
  if (values.jsonl) {
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) io.out(JSON.stringify(ask(k, line)));
    return 0;
  }
  const text = positionals.join(' ');
  if (!text.trim()) {
    io.err(USAGE);
    return 2;
  }
  const result = ask(k, text);
  io.out(values.json ? JSON.stringify(result) : result.text);
  return 0;
}

if (require.main === module) {
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(`${s}\n`),
    err: (s) => process.stderr.write(`${s}\n`),
    stdin: process.stdin,
  }).then((code) => {
    process.exitCode = code;
  });
}
