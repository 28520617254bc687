// `npm run package [-- --app-dir DIR] [--out-dir DIR]`: builds the Teams app package. Fills
// appPackage/manifest.json from the environment (and a .env file at the project root), validates it offline
// against the official schema bundled with @microsoft/app-manifest, checks the icons, then writes
// appPackage/build/manifest.json and appPackage/build/appPackage.zip (manifest.json, color.png, outline.png).
//
// Exit codes: 0 written; 2 for any problem, with the reasons on stderr and no stack trace. Nothing is written
// unless every check passes, so a broken template never replaces a good package.
import fs from 'node:fs';
import path from 'node:path';
import { parseEnv } from 'node:util';
import { buildZip } from './build-package';
import { checkCommandMenus } from './check-command-menus';
import { checkIcons } from './check-icons';
import { type Env, ManifestFillError, fillManifest } from './fill-manifest';
import { readZip } from './read-zip';
import { validateManifest } from './validate-manifest';
import { writeAtomically } from '../write-atomically';
import { type CommandLine, CommandLineError, parseCommandLine } from '../command-line';
import { ROOT } from '../paths';

export interface PackageIo {
  /** The project root: package.json (the app's version) and .env are read there; paths resolve against it. */
  readonly root: string;
  /** The environment. A .env file at the root fills in what it does not set (as process.loadEnvFile does). */
  readonly env: Env;
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

export const USAGE = 'usage: npm run package [-- --app-dir DIR] [--out-dir DIR]   (defaults: appPackage, appPackage/build)';

export const ZIP_NAME = 'appPackage.zip';

/** A problem that stops packaging: its lines go to stderr, the exit code is 2. */
class Refusal extends Error {
  constructor(
    readonly lines: readonly string[],
    /** False once a file may have been written. */
    readonly nothingWritten = true,
  ) {
    super(lines.join('\n'));
  }
}

interface Args {
  appDir: string;
  outDir: string;
}

function parseArgs(argv: readonly string[], root: string): Args {
  let line: CommandLine<'app-dir' | 'out-dir'>;
  try {
    line = parseCommandLine(argv, ['app-dir', 'out-dir']);
  } catch (e) {
    if (!(e instanceof CommandLineError)) throw e;
    throw new Refusal([`${e.problem === 'unknown option' ? `unknown argument ${e.arg}` : e.message}; ${USAGE}`]);
  }
  const [positional] = line.positionals;
  if (positional !== undefined) throw new Refusal([`unknown argument ${positional}; ${USAGE}`]);
  const appDir = path.resolve(root, line.values['app-dir'] ?? 'appPackage');
  const outDir = line.values['out-dir'];
  return { appDir, outDir: outDir === undefined ? path.join(appDir, 'build') : path.resolve(root, outDir) };
}

/** The environment with a .env file at the root filling in what `env` does not set. */
export function readEnvironment(root: string, env: Env): Env {
  const file = path.join(root, '.env');
  if (!fs.existsSync(file)) return env;
  let fromFile: Env;
  try {
    fromFile = parseEnv(fs.readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Refusal([`cannot read ${file}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`]);
  }
  const set = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined));
  return { ...fromFile, ...set };
}

function shown(file: string, root: string): string {
  const rel = path.relative(root, file);
  return rel === '' || rel.startsWith('..') || path.isAbsolute(rel) ? file : rel.split(path.sep).join('/');
}

function read(file: string, root: string, what: string): Buffer {
  try {
    return fs.readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Refusal([`cannot read ${what} ${shown(file, root)}${code === 'ENOENT' ? ': no such file' : code ? `: ${code}` : ''}`]);
  }
}

function appVersion(root: string): string {
  const file = path.join(root, 'package.json');
  let version: unknown;
  try {
    version = (JSON.parse(read(file, root, 'the project file').toString('utf8')) as { version?: unknown }).version;
  } catch (e) {
    if (e instanceof Refusal) throw e;
    throw new Refusal([`${shown(file, root)} is not valid JSON: ${(e as Error).message}`]);
  }
  return typeof version === 'string' ? version : '';
}

/** The icon file names the manifest gives: plain names of files in the app directory. */
function iconNames(manifest: Record<string, unknown>): { color: string; outline: string } {
  const icons = (manifest['icons'] ?? {}) as Record<string, unknown>;
  const problems: string[] = [];
  const name = (role: 'color' | 'outline'): string => {
    const v = icons[role];
    if (typeof v !== 'string' || !/^[^/\\]+$/.test(v) || v === 'manifest.json') {
      problems.push(`icons.${role} must be the name of a file next to manifest.json (got ${JSON.stringify(v)})`);
      return '';
    }
    return v;
  };
  const result = { color: name('color'), outline: name('outline') };
  if (problems.length === 0 && result.color === result.outline) problems.push('icons.color and icons.outline must be two different files');
  if (problems.length > 0) throw new Refusal(problems);
  return result;
}

async function run(argv: readonly string[], io: PackageIo): Promise<void> {
  const args = parseArgs(argv, io.root);
  const env = readEnvironment(io.root, io.env);
  const version = appVersion(io.root);
  const templateFile = path.join(args.appDir, 'manifest.json');
  const template = read(templateFile, io.root, 'the manifest template').toString('utf8');

  let manifest: Record<string, unknown>;
  try {
    manifest = fillManifest(template, env, version);
  } catch (e) {
    if (e instanceof ManifestFillError) throw new Refusal([`cannot fill ${shown(templateFile, io.root)}:`, ...e.problems.map((p) => `  ${p}`)]);
    throw e;
  }

  const schemaProblems = await validateManifest(manifest);
  const names = iconNames(manifest);
  const color = { file: names.color, bytes: read(path.join(args.appDir, names.color), io.root, 'the colour icon') };
  const outline = { file: names.outline, bytes: read(path.join(args.appDir, names.outline), io.root, 'the outline icon') };
  const iconProblems = checkIcons(color, outline);
  const menuProblems = checkCommandMenus(manifest);
  if (schemaProblems.length > 0 || iconProblems.length > 0 || menuProblems.length > 0) {
    const version = String(manifest['manifestVersion']);
    throw new Refusal([
      ...(schemaProblems.length > 0
        ? [
            `the filled ${shown(templateFile, io.root)} does not match the app manifest schema (v${version}, bundled with @microsoft/app-manifest):`,
            ...schemaProblems.map((p) => `  ${p}`),
          ]
        : []),
      ...(menuProblems.length > 0 ? ['the command menu does not fit Teams:', ...menuProblems.map((p) => `  ${p}`)] : []),
      ...(iconProblems.length > 0 ? ['the icons are not right:', ...iconProblems.map((p) => `  ${p}`)] : []),
    ]);
  }

  const manifestBytes = Buffer.from(`${JSON.stringify(manifest, null, 2)}\n`, 'utf8');
  const files = [
    { name: 'manifest.json', data: manifestBytes },
    { name: names.color, data: color.bytes },
    { name: names.outline, data: outline.bytes },
  ];
  const zip = await buildZip(files);
  const back = await readZip(zip);
  if (back.map((e) => e.name).join('\n') !== files.map((f) => f.name).join('\n') || !back.every((e, i) => e.data.equals((files[i] as { data: Buffer }).data))) {
    throw new Error('the zip read back differs from what was put in');
  }

  const zipFile = path.join(args.outDir, ZIP_NAME);
  const manifestFile = path.join(args.outDir, 'manifest.json');
  for (const [file, data] of [
    [zipFile, zip],
    [manifestFile, manifestBytes],
  ] as const) {
    try {
      writeAtomically(file, data);
    } catch (e) {
      throw new Refusal([`cannot write ${shown(file, io.root)}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`], file === zipFile);
    }
  }
  const bot = ((manifest['bots'] as Array<Record<string, unknown>> | undefined)?.[0]?.['botId'] as string | undefined) ?? '(none)';
  io.stdout(`wrote ${shown(zipFile, io.root)} (${files.map((f) => f.name).join(', ')}) and ${shown(manifestFile, io.root)}`);
  io.stdout(`  manifest v${String(manifest['manifestVersion'])}, app version ${String(manifest['version'])}, app id ${String(manifest['id'])}, bot id ${bot}`);
  io.stdout('  sideload it: Teams > Apps > Manage your apps > Upload an app > Upload a custom app');
}

/** The command. Resolves to the exit code; never rejects and never prints a stack trace. */
export async function main(argv: readonly string[], io: PackageIo): Promise<number> {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  try {
    await run(argv, io);
    return 0;
  } catch (e) {
    const lines = e instanceof Refusal ? e.lines : [`failed: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`];
    io.stderr(`package: ${lines[0] ?? ''}`);
    for (const line of lines.slice(1)) io.stderr(`package: ${line}`);
    if (!(e instanceof Refusal) || e.nothingWritten) io.stderr('package: nothing written');
    return 2;
  }
}

if (require.main === module) {
  void main(process.argv.slice(2), {
    root: ROOT,
    env: process.env,
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  }).then((code) => {
    process.exitCode = code;
  });
}
