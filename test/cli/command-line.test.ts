// The flag parsing shared by catalog:import and package (node:util parseArgs underneath).
import { CommandLineError, parseCommandLine } from '../../src/command-line';

const FLAGS = ['out', 'global-regions'] as const;
const problem = (argv: string[]): { arg: string; problem: string; message: string } | undefined => {
  try {
    parseCommandLine(argv, FLAGS);
    return undefined;
  } catch (e) {
    if (!(e instanceof CommandLineError)) throw e;
    return { arg: e.arg, problem: e.problem, message: e.message };
  }
};

test('takes --flag value and --flag=value, the last one winning, and keeps positionals in order', () => {
  expect(parseCommandLine(['a.md', '--out', 'x.json', '--global-regions=g.md', 'b.md', '--out=y.json'], FLAGS)).toEqual({
    values: { out: 'y.json', 'global-regions': 'g.md' },
    positionals: ['a.md', 'b.md'],
  });
  expect(parseCommandLine([], FLAGS)).toEqual({ values: {}, positionals: [] });
});

test('a value may start with a dash; "-" and whatever follows "--" are positionals', () => {
  expect(parseCommandLine(['--out', '-', '-', '--', '--out', '-x.md'], FLAGS)).toEqual({ values: { out: '-' }, positionals: ['-', '--out', '-x.md'] });
});

test('an unknown flag is named as typed', () => {
  expect(problem(['a.md', '--bogus'])).toEqual({ arg: '--bogus', problem: 'unknown option', message: 'unknown option --bogus' });
  expect(problem(['--bogus=1'])).toMatchObject({ arg: '--bogus=1', message: 'unknown option --bogus=1' });
  expect(problem(['-x'])).toMatchObject({ arg: '-x', message: 'unknown option -x' });
  expect(problem(['--Out', 'x'])).toMatchObject({ message: 'unknown option --Out' });
});

test('a flag without a value, or with an empty one, is refused', () => {
  expect(problem(['a.md', '--out'])).toEqual({ arg: '--out', problem: 'no value', message: '--out needs a value' });
  expect(problem(['--global-regions=', 'a.md'])).toMatchObject({ message: '--global-regions needs a value' });
});
