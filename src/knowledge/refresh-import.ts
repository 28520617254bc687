// What the refresher does with the documents it fetched: import them the way `npm run catalog:import` does,
// refuse a catalog that would lose what the current one states, and decide whether anything changed. Pure
// (texts in, a catalog or a reason out); refresher.ts does the fetching, the timing and the swap.
//
// One document alone (CATALOG_SOURCE_URL) is imported as `catalog:import -- DOC` imports it: a version 1
// catalog for the older layouts of the one model table, a version 2 one otherwise. A set (CATALOG_SOURCE_URLS)
// is merged with the bundled older documents (IMPORT_DEFAULTS.olderDocuments) as the shipped default catalog
// is (`npm run catalog:current`): the current documents no longer list the Standard training regions, and
// without the 2026-03-05 table a refresh would drop them.
import type { Catalog, RegionDirectory } from '../core';
import { diffCatalogs, formatDiff, isEmptyDiff } from '../importer/diff';
import { isImportError } from '../importer/errors';
import { importDocument } from '../importer/import-document';
import { importDocuments, type DocumentInput } from '../importer/import-documents';
import { documentKind } from '../importer/read-document';
import { newestSourceDate } from './catalog-age';

export interface ImportContext {
  readonly regions: RegionDirectory;
  readonly tiersText: string;
  readonly tiersFile: string;
  readonly renamesText: string;
  readonly renamesFile: string;
  /** The page a catalog cites when its model table has no url of its own (data/source/source.json "url"). */
  readonly learnUrl: string;
}

/** A fetched document: its URL is both its name in the catalog (`file`) and where it is published. */
export interface FetchedDocument {
  readonly url: string;
  readonly text: string;
}

/** Imports the fetched documents (and the bundled ones); throws an Error whose first line says why. */
export function importFetched(
  fetched: readonly FetchedDocument[],
  bundled: readonly DocumentInput[],
  ctx: ImportContext,
  onWarning: (message: string) => void,
): Catalog {
  const [only] = fetched;
  try {
    if (only !== undefined && fetched.length === 1 && bundled.length === 0 && documentKind(only.text, ctx.regions) === 'model-table') {
      return importDocument(only.text, {
        regions: ctx.regions,
        tiersText: ctx.tiersText,
        tiersFile: ctx.tiersFile,
        url: ctx.learnUrl,
        file: only.url,
        onWarning,
      });
    }
    const inputs: DocumentInput[] = [...fetched.map((f) => ({ text: f.text, file: f.url, url: f.url })), ...bundled];
    return importDocuments(inputs, {
      regions: ctx.regions,
      tiersText: ctx.tiersText,
      tiersFile: ctx.tiersFile,
      renamesText: ctx.renamesText,
      renamesFile: ctx.renamesFile,
      url: ctx.learnUrl,
      onWarning,
    });
  } catch (e) {
    // Name the document the importer refused: with several, "the table is broken" alone says nothing.
    if (isImportError(e) && e.file !== undefined && !e.message.includes(e.file)) throw new Error(`${e.file}: ${e.message}`, { cause: e });
    throw e;
  }
}

/** The subjects a catalog states, as words: a refresh that would drop one is refused. */
function subjects(c: Readonly<Catalog>): string[] {
  const said = ['the model table'];
  if (c.globalRegions.stated) said.push('the Global training regions');
  if (c.schemaVersion === 2) {
    for (const s of c.sources) {
      if (s.kind === 'deployment-regions' && s.deploymentType !== null) said.push(`the ${s.deploymentType} deployment regions`);
      if (s.kind === 'overview') said.push('what the training and deployment types mean (the overview)');
    }
    if (c.models.some((m) => m.facts.standardRegions?.value.regions.length)) said.push('the Standard training regions');
  } else if (c.models.some((m) => m.standardRegions.length > 0)) said.push('the Standard training regions');
  return [...new Set(said)];
}

/**
 * Why `next` must not replace `current`, or null when it may: it states less (a source that moved a table
 * elsewhere would turn those answers into "not stated"), or its newest document is older than the current
 * catalog's (a URL that points at an old copy would take the bot back in time).
 */
export function refusal(current: Readonly<Catalog>, next: Readonly<Catalog>, documents: number): string | null {
  const have = subjects(next);
  const lost = subjects(current).filter((s) => !have.includes(s));
  if (lost.length > 0) {
    const the = documents === 1 ? 'the new document does not list' : 'the new documents do not list';
    return `${the} ${lost.join(', ')} (the current catalog does)`;
  }
  const was = newestSourceDate(current);
  const now = newestSourceDate(next);
  if (now < was) return `the new documents' newest date is ${now}, older than the current catalog's ${was}`;
  return null;
}

/** Two catalogs' documents are the same ones (kind, title, date) whatever their file names or URLs. */
function sameDocuments(a: Readonly<Catalog>, b: Readonly<Catalog>): boolean {
  const docs = (c: Readonly<Catalog>): string =>
    JSON.stringify(c.schemaVersion === 1 ? [c.source.title, c.source.dateRaw] : c.sources.map((s) => [s.kind, s.title, s.dateRaw, s.deploymentType]));
  return a.schemaVersion === b.schemaVersion && docs(a) === docs(b);
}

/**
 * What changed, by the importer's own diff (facts, regions, dates, which documents), as printable lines; []
 * when nothing did. The same documents under other names are no change: the shipped catalog names its bundled
 * files, a refreshed one the URLs, and swapping for that alone would only empty the answer cache.
 */
export function changesBetween(current: Readonly<Catalog>, next: Readonly<Catalog>): string[] {
  let diff = diffCatalogs(current, next);
  if (sameDocuments(current, next)) diff = { ...diff, stated: { ...diff.stated, sources: { added: [], removed: [] } } };
  return isEmptyDiff(diff) ? [] : formatDiff(diff);
}
