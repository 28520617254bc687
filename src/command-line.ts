// The flags of the catalog:import and package commands. node:util's parseArgs splits the command line
// (`--flag value`, `--flag=value`, `--` before a positional that starts with a dash); this adds what both
// commands want on top: every flag takes a non-empty value, and anything else is named in the error.
import { parseArgs } from 'node:util';

export class CommandLineError extends Error {
  constructor(
    /** The argument as typed (`--bogus=1`, `-x`), or the flag that lacks a value (`--out`). */
    readonly arg: string,
    readonly problem: 'unknown option' | 'no value',
  ) {
    super(problem === 'unknown option' ? `unknown option ${arg}` : `${arg} needs a value`);
  }
}

export interface CommandLine<F extends string> {
  /** The last value given for each flag. */
  readonly values: { readonly [K in F]?: string };
  readonly positionals: readonly string[];
}

/** Splits `argv` by the given long flags, each taking a value. Throws CommandLineError. */
export function parseCommandLine<F extends string>(argv: readonly string[], flags: readonly F[]): CommandLine<F> {
  const known = new Set<string>(flags);
  // Not strict: unknown flags and missing values come back as tokens, to be named here in the commands' words.
  const { tokens } = parseArgs({
    args: [...argv],
    options: Object.fromEntries(flags.map((f) => [f, { type: 'string' as const }])),
    strict: false,
    allowPositionals: true,
    tokens: true,
  });
  const values: { [K in F]?: string } = {};
  const positionals: string[] = [];
  for (const token of tokens) {
    if (token.kind === 'positional') positionals.push(token.value);
    else if (token.kind === 'option') {
      if (!known.has(token.name)) throw new CommandLineError(argv[token.index] ?? token.rawName, 'unknown option');
      if (token.value === undefined || token.value === '') throw new CommandLineError(token.rawName, 'no value');
      values[token.name as F] = token.value;
    }
  }
  return { values, positionals };
}
