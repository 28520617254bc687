// Shared test inputs: the real region directory and tiers fact sheet, the seed and the history documents.
import fs from 'node:fs';
import path from 'node:path';
import { importDocument, type ImportOptions } from '../../src/importer/import-document';
import { createRegionDirectory } from '../../src/core/regions';
import type { Catalog, CatalogV2 } from '../../src/core/catalog/schema';
import { importDocuments, type DocumentInput, type ImportDocumentsOptions } from '../../src/importer/import-documents';
import { main } from '../../src/importer/cli';

export const ROOT = path.resolve(__dirname, '../..');
export const HISTORY = path.resolve(__dirname, '../fixtures/seed-history');
export const SEED = path.join(ROOT, 'data/source/fine-tune-models.md');
export const URL = 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/models#fine-tuning-models';

export const read = (file: string): string => fs.readFileSync(file, 'utf8');
export const regions = createRegionDirectory(JSON.parse(read(path.join(ROOT, 'data/regions.json'))));
export const tiersText = read(path.join(ROOT, 'data/source/training-tiers.md'));

/** The history documents (NN_DATE_COMMIT_PATH.md), without the README. */
export const historyFiles = fs
  .readdirSync(HISTORY)
  .filter((f) => /^\d\d[a-z]?_.*\.md$/.test(f))
  .sort();
export const historyFile = (prefix: string): string => {
  const name = historyFiles.find((f) => f.startsWith(`${prefix}_`));
  if (!name) throw new Error(`no history file ${prefix}`);
  return path.join(HISTORY, name);
};

export function importText(text: string, extra: Partial<ImportOptions> = {}): Catalog {
  return importDocument(text, { regions, tiersText, tiersFile: 'data/source/training-tiers.md', url: URL, file: 'doc.md', ...extra });
}

/** A document with valid front matter around the given body. */
export function doc(body: string, frontMatter = 'title: Test doc\nms.date: 02/06/2025'): string {
  return `---\n${frontMatter}\n---\n\n${body}\n`;
}

/** A minimal valid table, with rows to taste. */
export const TABLE_HEAD = '| Model ID | Standard regions | Global |\n| --- | --- | :---: |';

/** Runs fn and returns the ImportError it throws (failing the test if it does not throw one). */
export function importError(fn: () => unknown): { code: string; message: string } {
  try {
    fn();
  } catch (e) {
    if (e instanceof Error && e.name === 'ImportError') return e as unknown as { code: string; message: string };
    throw e;
  }
  throw new Error('expected an ImportError, but nothing was thrown');
}

/** The project's copies of Microsoft's current documents (shared seed/current), and its README. */
export const CURRENT = path.resolve(__dirname, '../fixtures/seed-current');
export const currentFiles = fs
  .readdirSync(CURRENT)
  .filter((f) => f.endsWith('.md') && f !== 'README.md')
  .sort();
export const current = (name: string): string => read(path.join(CURRENT, name));
/** The last document that lists Standard training regions (03/05/2026). */
export const LAST_STANDARD_REGIONS = '22b';

export const RENAMES_FILE = 'data/source/model-renames.md';
export const renamesText = read(path.join(ROOT, RENAMES_FILE));

/** A document for importDocuments: a fixture by name (current or history), or text under a made-up name. */
export function input(name: string, text?: string): DocumentInput {
  if (text !== undefined) return { text, file: name };
  if (currentFiles.includes(name)) return { text: current(name), file: `test/fixtures/seed-current/${name}` };
  const file = historyFile(name);
  return { text: read(file), file: path.relative(ROOT, file) };
}

export function importAll(docs: readonly DocumentInput[], extra: Partial<ImportDocumentsOptions> = {}): CatalogV2 {
  return importDocuments(docs, { regions, tiersText, tiersFile: 'data/source/training-tiers.md', renamesText, renamesFile: RENAMES_FILE, url: URL, ...extra });
}

/** The current documents (without the how-to page, which states no fact the catalog keeps). */
export const currentFactFiles = currentFiles.filter((f) => f !== 'deploy-fine-tuned-models.md');

/** catalog:import in process (main(argv, io)), its exit code and the lines it printed. */
export function runImporter(argv: string[], cwd = ROOT): { code: number; stdout: string[]; stderr: string[] } {
  const stdout: string[] = [];
  const stderr: string[] = [];
  const code = main(argv, { cwd, stdout: (l) => stdout.push(l), stderr: (l) => stderr.push(l) });
  return { code, stdout, stderr };
}
