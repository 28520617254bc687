// Where the project's files are: the one place that knows the layout of the project root on disk, for
// the bot, the CLIs, the importer, the refresher, the scripts and the bench (src/ in tests, dist/src/
// when built: both find the same root).
import { existsSync } from 'node:fs';
import path from 'node:path';

/** The nearest folder at or above `from` with a package.json. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`no package.json above ${from}`);
    dir = up;
  }
  return dir;
}

/**
 * The project root; the working folder for code run from a copy outside any project (the importer's CLI
 * test compiles it to a temporary folder), where only the root-relative IMPORT_DEFAULTS are used.
 */
export const ROOT = ((): string => {
  try {
    return projectRoot();
  } catch {
    return process.cwd();
  }
})();
/** The catalog, Azure's regions, the real models the table does not list, and the source documents. */
export const DATA_DIR = path.join(ROOT, 'data');
/** The Adaptive Card templates. */
export const CARDS_DIR = path.join(ROOT, 'cards');

/**
 * The importer's inputs and output, relative to the project root: shared by `npm run catalog:import` and
 * the run-time catalog refresher, so both import the same way.
 */
export const IMPORT_DEFAULTS = {
  out: 'data/catalog.json',
  regions: 'data/regions.json',
  tiers: 'data/source/training-tiers.md',
  sourceInfo: 'data/source/source.json',
  /** Read only when several documents are imported (a version 2 catalog). */
  renames: 'data/source/model-renames.md',
  /**
   * Older documents the default catalog is built with besides data/source/current/ (`npm run catalog:current`),
   * for the facts they alone state: the Standard training regions, last listed on 2026-03-05. The refresher
   * merges them with the documents it fetches (CATALOG_SOURCE_URLS).
   */
  olderDocuments: ['data/source/22b_2026-03-05_467c504_foundry-supported-models.md'],
} as const;
