// Commands: `check M R`, `deploy M [type] [R]`, `model M`, `region R`, `models`, `regions`, `compare M1 M2`,
// `changes [since <month>]`, `help`, typed with or
// without a leading slash (Teams' command menu inserts the bare word), in any case.
import type { Token } from './normalise';

export const COMMAND_NAMES = ['check', 'deploy', 'model', 'region', 'models', 'regions', 'compare', 'changes', 'help'] as const;
export type CommandName = (typeof COMMAND_NAMES)[number];

export interface Command {
  readonly name: CommandName;
  readonly slash: boolean;
  /** True when anything follows the command word. */
  readonly hasArgs: boolean;
}

const NAMES: ReadonlySet<string> = new Set(COMMAND_NAMES);

/** The command the text starts with, if any. */
export function readCommand(text: string, tokens: readonly Token[]): Command | null {
  const first = tokens[0];
  if (first === undefined || !NAMES.has(first.t)) return null;
  const slash = text.startsWith('/');
  if (first.start !== (slash ? 1 : 0)) return null;
  const hasArgs = tokens.length > 1;
  // "help me with gpt-4o in Sweden Central" is a sentence, not the help command.
  if (!slash && first.t === 'help' && hasArgs) return null;
  return { name: first.t as CommandName, slash, hasArgs };
}
