// The `ask` CLI: the same engine as the bot, for terminals and scripts.
//   ask "can I fine-tune o4-mini in West Europe?"     readable text, verdict first
//   ask --json "..."                                  one JSON object
//   ask --jsonl < questions.txt                       one JSON object per input line, each a new conversation
//   ask --catalog FILE ...                            answer from another catalog
import { createInterface } from 'node:readline';
import { parseArgs } from 'node:util';
import path from 'node:path';
import { methodId, type Answer, type Question } from './core';
import { loadKnowledge } from './knowledge/load';
import { CARDS_DIR } from './paths';
import { createPipeline, type Scout } from './pipeline/pipeline';
import { createCardRenderer } from './presentation/card-render';

export interface AskResult {
  intent: Question['intent'];
  models: string[];
  regions: string[];
  verdict: Answer['verdict'];
  matches: string[];
  /** The methods the question names, lower case (`sft`, `dpo`, `rft`). */
  methods: string[];
  /** The training types it limits itself to (`standard`, `datazone`, `global`, `developer`); [] when not limited. */
  tiers: string[];
  /** The documents and dates the answer used. */
  sources: { title: string; date: string; url: string | null }[];
  text: string;
}

const TIER_ORDER = ['standard', 'datazone', 'global', 'developer'] as const;

/** The training types a question limits itself to: the one it names, or, when it only rules some out, the rest. */
export function tiersOf(q: Question): string[] {
  if (q.excludeTiers.length > 0) return TIER_ORDER.filter((t) => !q.excludeTiers.includes(t));
  return q.tier !== null ? [q.tier] : [];
}

/** The methods a question names: as asked of a model, or as a filter ("which models support DPO"). */
export function methodsOf(q: Question): string[] {
  const named = [methodId(q.method), ...q.filters.map((f) => methodId(f.filter))].filter((m): m is NonNullable<typeof m> => m !== null);
  return [...new Set(named)];
}

export function ask(scout: Scout, text: string): AskResult {
  const { question: q, answer: a, text: plain } = scout.ask(text);
  return {
    intent: q.intent,
    models: a.models,
    regions: a.regions,
    verdict: a.verdict,
    matches: a.matches,
    methods: methodsOf(q),
    tiers: tiersOf(q),
    sources: a.sources.map((s) => ({ title: s.title, date: s.date, url: s.url })),
    text: plain,
  };
}

/** The bot's own pipeline over a catalog; a --jsonl run asks the same questions again and again. */
export function cliScout(catalogFile?: string): Scout {
  const knowledge = loadKnowledge(catalogFile ? { catalogFile } : {});
  return createPipeline({ knowledge, cards: createCardRenderer(CARDS_DIR), cacheEntries: 256 }).current();
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
  let scout: Scout;
  try {
    scout = cliScout(values.catalog ? path.resolve(values.catalog) : undefined);
  } catch (e) {
    io.err(`cannot load the catalog: ${(e as Error).message.split('\n')[0]}`);
    return 2;
  }
  if (values.jsonl) {
    const lines = createInterface({ input: io.stdin, crlfDelay: Infinity });
    for await (const line of lines) io.out(JSON.stringify(ask(scout, line)));
    return 0;
  }
  const text = positionals.join(' ');
  if (!text.trim()) {
    io.err(USAGE);
    return 2;
  }
  const result = ask(scout, text);
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
