// `npm run catalog:import -- <doc.md>... [--out FILE] [--global-regions FILE] [--tiers FILE] [--regions FILE]
// [--renames FILE] [--url URL]`: the importer's only file I/O. Reads the documents and their companions, imports
// them with the pure core, prints what changed against the catalog already at --out, and replaces it atomically.
// One document of the older layouts makes a version 1 catalog exactly as before (import-document.ts); several
// documents, or one of Microsoft's 2026 documents, make a version 2 catalog (import-documents.ts).
//
// Exit codes: 0 imported; 2 refused (a document it cannot read, a missing file, bad arguments), with one line
// on stderr and the old catalog untouched; 1 for anything else (a bug or a failed write), also one line.
import fs from 'node:fs';
import path from 'node:path';
import { Catalog } from '../core';
import { diffCatalogs, formatDiff } from './diff';
import { isImportError } from './errors';
import { importDocument } from './import-document';
import { importDocuments, type DocumentInput } from './import-documents';
import { documentKind } from './read-document';
import { describeImport } from './describe-import';
import { createRegionDirectory, type RegionDirectory } from '../core';
import { writeAtomically } from '../write-atomically';
import { CommandLineError, parseCommandLine } from '../command-line';
import { IMPORT_DEFAULTS } from '../paths';

export interface CliIo {
  /** Paths on the command line and the defaults resolve against it; it is also the project root. */
  readonly cwd: string;
  readonly stdout: (line: string) => void;
  readonly stderr: (line: string) => void;
}

export interface CliArgs {
  /** The first document (the only one for a version 1 catalog). */
  doc: string;
  /** Every document, in the order given (the order does not change the catalog). */
  docs: string[];
  out: string;
  regions: string;
  tiers: string;
  globalRegions: string | null;
  url: string | null;
  /** Where the source URL is read from when --url is not given. */
  sourceInfo: string;
  /** The renamed-models sheet, read when several documents are imported. */
  renames: string;
}

export const USAGE = 'usage: catalog:import <doc.md>... [--out FILE] [--global-regions FILE] [--tiers FILE] [--regions FILE] [--renames FILE] [--url URL]';

const DEFAULTS = IMPORT_DEFAULTS;

/** A refusal that is not about the document's content: bad arguments, a missing file. Exit code 2 too. */
class Refusal extends Error {}

/** The arguments, with the defaults filled in. Throws a CommandLineError or a Refusal on bad ones. */
export function parseArgs(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseCommandLine(argv, ['out', 'regions', 'tiers', 'global-regions', 'url', 'renames']);
  const docs: string[] = [];
  for (const arg of positionals) {
    if (docs.includes(arg)) throw new Refusal(`${arg} is given twice; ${USAGE}`);
    docs.push(arg);
  }
  const [doc] = docs;
  if (doc === undefined) throw new Refusal(`no document given; ${USAGE}`);
  if (docs.length > 1 && values['global-regions'] !== undefined) {
    throw new Refusal(`--global-regions goes with one document; with several, give the Global regions document among them; ${USAGE}`);
  }
  return {
    doc,
    docs,
    out: values.out ?? DEFAULTS.out,
    regions: values.regions ?? DEFAULTS.regions,
    tiers: values.tiers ?? DEFAULTS.tiers,
    globalRegions: values['global-regions'] ?? null,
    url: values.url ?? null,
    sourceInfo: DEFAULTS.sourceInfo,
    renames: values.renames ?? DEFAULTS.renames,
  };
}

/** The path relative to the project root when it lies inside it (forward slashes), else as given. */
export function projectPath(given: string, root: string): string {
  const rel = path.relative(root, path.resolve(root, given));
  if (rel === '' || rel.startsWith('..') || path.isAbsolute(rel)) return given;
  return rel.split(path.sep).join('/');
}

function readText(file: string, cwd: string, what: string): string {
  try {
    return fs.readFileSync(path.resolve(cwd, file), 'utf8');
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    throw new Refusal(`cannot read ${what} ${file}${code === 'ENOENT' ? ': no such file' : code ? `: ${code}` : ''}`);
  }
}

function readJson(file: string, cwd: string, what: string): unknown {
  const text = readText(file, cwd, what);
  try {
    return JSON.parse(text);
  } catch (e) {
    throw new Refusal(`${what} ${file} is not valid JSON: ${(e as Error).message}`);
  }
}

function sourceUrl(args: CliArgs, cwd: string): string {
  if (args.url !== null) return args.url;
  const info = readJson(args.sourceInfo, cwd, 'the source metadata (or pass --url)');
  const url = info !== null && typeof info === 'object' ? (info as Record<string, unknown>)['url'] : undefined;
  if (typeof url !== 'string' || url === '') throw new Refusal(`${args.sourceInfo} has no "url"; add it or pass --url`);
  return url;
}

/** The catalog already at --out, or null when there is none or it is not a valid catalog (said on stdout). */
function previousCatalog(out: string, io: CliIo): Catalog | null {
  const file = path.resolve(io.cwd, out);
  if (!fs.existsSync(file)) return null;
  try {
    const parsed = Catalog.safeParse(JSON.parse(fs.readFileSync(file, 'utf8')));
    if (parsed.success) return parsed.data;
  } catch {
    // Unreadable or not JSON: treated as no previous catalog, as below.
  }
  io.stdout(`the previous catalog at ${out} is not a valid catalog; replacing it`);
  return null;
}

function readRegions(args: CliArgs, io: CliIo): RegionDirectory {
  const raw = readJson(args.regions, io.cwd, 'the region directory');
  try {
    return createRegionDirectory(raw);
  } catch {
    throw new Refusal(`the region directory ${args.regions} is not a valid list of regions`);
  }
}

/** One document of the older layouts (or --global-regions): a version 1 catalog, exactly as before; else several. */
function run(args: CliArgs, io: CliIo): number {
  const regions = readRegions(args, io);
  const text = readText(args.doc, io.cwd, 'the document');
  if (args.docs.length === 1 && (args.globalRegions !== null || documentKind(text, regions) === 'model-table')) return runOne(args, io, regions, text);
  return runSeveral(args, io, regions);
}

function runOne(args: CliArgs, io: CliIo, regions: RegionDirectory, text: string): number {
  const tiersText = readText(args.tiers, io.cwd, 'the tiers fact sheet');
  const globalRegionsText = args.globalRegions === null ? undefined : readText(args.globalRegions, io.cwd, 'the Global regions document');
  const url = sourceUrl(args, io.cwd);

  const catalog = importDocument(text, {
    regions,
    tiersText,
    tiersFile: projectPath(args.tiers, io.cwd),
    url,
    file: projectPath(args.doc, io.cwd),
    ...(args.globalRegions === null ? {} : { globalRegionsText, globalRegionsFile: projectPath(args.globalRegions, io.cwd) }),
    onWarning: (message) => io.stderr(`warning: ${message}`),
  });

  const previous = previousCatalog(args.out, io);
  if (!write(args.out, catalog, io)) return 1;

  const g = catalog.globalRegions;
  io.stdout(
    `imported ${catalog.models.length} models from ${catalog.source.file} (ms.date ${catalog.source.dateRaw} = ${catalog.source.date}); ` +
      `tiers: ${catalog.tiers.join(', ')}; Global regions: ${g.stated ? `${g.regions.length} listed` : 'not listed'}; wrote ${args.out}`,
  );
  printChanges(previous, catalog, io);
  return 0;
}

/** The URL each document is published at, from source.json's "documents" (project path -> URL), if listed. */
function documentUrls(args: CliArgs, cwd: string): Record<string, string> {
  if (!fs.existsSync(path.resolve(cwd, args.sourceInfo))) return {};
  const info = readJson(args.sourceInfo, cwd, 'the source metadata');
  const documents = info !== null && typeof info === 'object' ? (info as Record<string, unknown>)['documents'] : undefined;
  if (documents === undefined) return {};
  if (documents === null || typeof documents !== 'object' || Object.values(documents).some((u) => typeof u !== 'string')) {
    throw new Refusal(`${args.sourceInfo} has a "documents" that is not an object of paths to URLs`);
  }
  return documents as Record<string, string>;
}

/** Several documents (or one of the 2026 kinds): a version 2 catalog, each fact with its document and date. */
function runSeveral(args: CliArgs, io: CliIo, regions: RegionDirectory): number {
  const urls = documentUrls(args, io.cwd);
  const inputs: DocumentInput[] = args.docs.map((doc) => {
    const file = projectPath(doc, io.cwd);
    return { text: readText(doc, io.cwd, 'the document'), file, url: urls[file] ?? null };
  });
  const tiersText = readText(args.tiers, io.cwd, 'the tiers fact sheet');
  const renamesText = readText(args.renames, io.cwd, 'the renamed-models sheet');
  const url = sourceUrl(args, io.cwd);
  const catalog = importDocuments(inputs, {
    regions,
    tiersText,
    tiersFile: projectPath(args.tiers, io.cwd),
    renamesText,
    renamesFile: projectPath(args.renames, io.cwd),
    url,
    onWarning: (message) => io.stderr(`warning: ${message}`),
  });

  const previous = previousCatalog(args.out, io);
  if (!write(args.out, catalog, io)) return 1;
  const g = catalog.globalRegions;
  const newest = catalog.sources[0] as (typeof catalog.sources)[number];
  io.stdout(
    `imported ${catalog.models.length} models from ${catalog.sources.length} documents (newest ms.date ${newest.dateRaw} = ${newest.date}); ` +
      `tiers: ${catalog.tiers.join(', ')}; Global regions: ${g.stated ? `${g.regions.length} listed` : 'not listed'}; wrote ${args.out}`,
  );
  for (const line of describeImport(catalog)) io.stdout(line);
  printChanges(previous, catalog, io);
  return 0;
}

function write(out: string, catalog: Catalog, io: CliIo): boolean {
  try {
    writeAtomically(path.resolve(io.cwd, out), `${JSON.stringify(catalog, null, 2)}\n`);
    return true;
  } catch (e) {
    io.stderr(`catalog:import: cannot write ${out}: ${(e as NodeJS.ErrnoException).code ?? (e as Error).message}`);
    return false;
  }
}

function printChanges(previous: Catalog | null, catalog: Catalog, io: CliIo): void {
  if (previous === null) io.stdout(`new catalog: ${catalog.models.length} models`);
  else for (const line of formatDiff(diffCatalogs(previous, catalog))) io.stdout(line);
}

/** The command. Returns the exit code; never throws and never prints a stack trace. */
export function main(argv: readonly string[], io: CliIo): number {
  if (argv.includes('--help') || argv.includes('-h')) {
    io.stdout(USAGE);
    return 0;
  }
  let doc = 'the document';
  try {
    const args = parseArgs(argv);
    doc = args.docs.length === 1 ? args.doc : 'the documents';
    return run(args, io);
  } catch (e) {
    if (e instanceof Refusal) {
      io.stderr(`catalog:import: ${e.message}`);
      return 2;
    }
    if (e instanceof CommandLineError) {
      io.stderr(`catalog:import: ${e.message}; ${USAGE}`);
      return 2;
    }
    if (isImportError(e)) {
      io.stderr(`catalog:import: cannot import ${e.file ?? doc}: ${e.message}`);
      return 2;
    }
    io.stderr(`catalog:import: internal error: ${e instanceof Error ? e.message : String(e)}`.replace(/\s*\n\s*/g, ' '));
    return 1;
  }
}

if (require.main === module) {
  process.exitCode = main(process.argv.slice(2), {
    cwd: process.cwd(),
    stdout: (line) => process.stdout.write(`${line}\n`),
    stderr: (line) => process.stderr.write(`${line}\n`),
  });
}
