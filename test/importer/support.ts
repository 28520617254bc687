// Shared test inputs: the real region directory and tiers fact sheet, the seed and the history documents.
import fs from 'node:fs';
import path from 'node:path';
import { importDocument, type ImportOptions } from '../../src/importer/import-document';
import { createRegionDirectory } from '../../src/core/regions';
import type { Catalog } from '../../src/core/catalog/schema';

export const ROOT = path.resolve(__dirname, '../..');
export const HISTORY = path.resolve(__dirname, '../fixtures/seed-history');
export const SEED = path.join(ROOT, 'data/source/fine-tune-models.md');
export const URL = 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/models#fine-tuning-models';

export const read = (file: string): string => fs.readFileSync(file, 'utf8');
export const regions = createRegionDirectory(JSON.parse(read(path.join(ROOT, 'data/regions.json'))));
export const tiersText = read(path.join(ROOT, 'data/source/training-tiers.md'));

/** The history documents (NN_DATE_COMMIT_PATH.md), without the README. */
export const historyFiles = fs.readdirSync(HISTORY).filter((f) => /^\d\d[a-z]?_.*\.md$/.test(f)).sort();
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
