// Optional catalog refresh at run time: fetch the source documents on an interval (CATALOG_SOURCE_URLS, or one
// document alone with CATALOG_SOURCE_URL), import them with the same importer as `npm run catalog:import`, and
// swap the new knowledge in atomically. When ANY source cannot be fetched, or the documents cannot be imported
// or would state less than the catalog in use, the last good catalog stays in place: a catalog merged from
// some of the documents would answer from a mix of new and old facts without saying so. The reason, naming
// the source, is logged and shown on /healthz. No Teams here: the swap is a callback.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RegionDirectory } from '../core';
import type { DocumentInput } from '../importer/import-documents';
import { DATA_DIR, IMPORT_DEFAULTS, projectRoot } from '../paths';
import { newestSourceDate } from './catalog-age';
import { fetchDocument } from './fetch-document';
import { buildKnowledge, loadNames, type Knowledge } from './load';
import { changesBetween, importFetched, refusal, type FetchedDocument, type ImportContext } from './refresh-import';
import type { Logger } from '../log';

/** One source's part in the last refresh. */
export interface SourceStatus {
  url: string;
  ok: boolean;
  /** Why it failed ("the source answered HTTP 404", "no answer within 10000 ms"); absent when it was fetched. */
  why?: string;
}

export interface RefreshStatus {
  /** ISO time of the last attempt, or null before the first. */
  at: string | null;
  ok: boolean | null;
  /** What happened, in a line: "catalog of 2025-02-06 unchanged", "kept the catalog of ...: <why>". */
  message: string;
  /** Each source of the last attempt, in the configured order (absent before the first). */
  sources?: SourceStatus[];
}

export interface RefresherOptions {
  /** The documents to fetch: one (CATALOG_SOURCE_URL) or a set (CATALOG_SOURCE_URLS). */
  urls: readonly string[];
  /**
   * 'alone': the one document is imported alone, as `catalog:import -- DOC` does (CATALOG_SOURCE_URL).
   * 'set': the documents are merged with the bundled older documents, as the shipped catalog is (CATALOG_SOURCE_URLS).
   */
  mode: 'alone' | 'set';
  intervalMs: number;
  /** For each document's whole download. */
  timeoutMs: number;
  regions: RegionDirectory;
  current: () => Knowledge;
  swap: (next: Knowledge) => void;
  log: Logger;
  /** Largest document accepted (the real ones are a few KB each). */
  maxBytes?: number;
}

export interface CatalogRefresher {
  /** Runs one refresh now; resolves with its status (never rejects). */
  refreshNow(): Promise<RefreshStatus>;
  status(): RefreshStatus;
  stop(): void;
}

const firstLine = (e: unknown): string => ((e as Error)?.message ?? String(e)).split('\n')[0] || 'unknown error';

/** The bundled older documents the shipped catalog is built with, and where each is published (source.json). */
function bundledDocuments(root: string): DocumentInput[] {
  const info = JSON.parse(readFileSync(path.join(root, IMPORT_DEFAULTS.sourceInfo), 'utf8')) as { documents?: Record<string, string> };
  return IMPORT_DEFAULTS.olderDocuments.map((file) => ({ text: readFileSync(path.join(root, file), 'utf8'), file, url: info.documents?.[file] ?? null }));
}

function importContext(root: string, regions: RegionDirectory): ImportContext {
  const read = (file: string) => readFileSync(path.join(root, file), 'utf8');
  return {
    regions,
    tiersText: read(IMPORT_DEFAULTS.tiers),
    tiersFile: IMPORT_DEFAULTS.tiers,
    renamesText: read(IMPORT_DEFAULTS.renames),
    renamesFile: IMPORT_DEFAULTS.renames,
    learnUrl: (JSON.parse(read(IMPORT_DEFAULTS.sourceInfo)) as { url: string }).url,
  };
}

export function startCatalogRefresher(o: RefresherOptions): CatalogRefresher {
  if (o.urls.length === 0) throw new Error('startCatalogRefresher: no source URL');
  if (o.mode === 'alone' && o.urls.length > 1) throw new Error('startCatalogRefresher: "alone" takes one URL');
  const bounds = { timeoutMs: o.timeoutMs, maxBytes: o.maxBytes ?? 1024 * 1024 };
  const root = projectRoot();
  const ctx = importContext(root, o.regions);
  const bundled = o.mode === 'set' ? bundledDocuments(root) : [];
  const names = loadNames(DATA_DIR);
  const logUrls = o.urls.length === 1 ? { url: o.urls[0] } : { urls: o.urls };
  let status: RefreshStatus = { at: null, ok: null, message: 'no refresh yet' };
  let running: Promise<RefreshStatus> | null = null;

  async function once(): Promise<RefreshStatus> {
    const knowledge = o.current();
    const before = knowledge.catalog.data;
    const at = new Date().toISOString();
    const kept = (why: string, sources: SourceStatus[]): RefreshStatus => {
      o.log.warn({ ...logUrls, why }, 'catalog refresh failed; keeping the last good catalog');
      return { at, ok: false, message: `kept the catalog of ${newestSourceDate(before)}: ${why}`, sources };
    };

    // Every source at once, each with its own timeout and size cap; all of them must arrive.
    const settled = await Promise.allSettled(o.urls.map((url) => fetchDocument(url, bounds)));
    const sources: SourceStatus[] = settled.map((r, i) => ({
      url: o.urls[i] as string,
      ...(r.status === 'fulfilled' ? { ok: true } : { ok: false, why: firstLine(r.reason) }),
    }));
    const failed = sources.filter((s) => !s.ok);
    if (failed.length > 0) {
      const one = (s: SourceStatus) => (o.urls.length === 1 ? `${s.why}` : `${s.url}: ${s.why}`);
      return kept(
        failed.length === 1 ? one(failed[0] as SourceStatus) : `${failed.length} of ${o.urls.length} sources failed: ${failed.map(one).join('; ')}`,
        sources,
      );
    }
    const fetched: FetchedDocument[] = settled.map((r, i) => ({ url: o.urls[i] as string, text: (r as PromiseFulfilledResult<string>).value }));

    try {
      const warnings: string[] = [];
      const catalog = importFetched(fetched, bundled, ctx, (w) => warnings.push(w));
      const refused = refusal(before, catalog, fetched.length);
      if (refused !== null) return kept(refused, sources);
      const next = buildKnowledge(catalog, o.regions, names, { maxAgeDays: knowledge.maxAgeDays });
      const changes = changesBetween(before, catalog);
      if (changes.length > 0) o.swap(next);
      const date = newestSourceDate(catalog);
      o.log.info({ ...logUrls, changed: changes.length > 0, date, changes, warnings }, 'catalog refresh');
      return { at, ok: true, message: changes.length > 0 ? `swapped in the catalog of ${date}` : `catalog of ${date} unchanged`, sources };
    } catch (e) {
      return kept(firstLine(e), sources);
    }
  }

  const refreshNow = (): Promise<RefreshStatus> => {
    // One refresh at a time: a slow source never stacks up overlapping imports.
    running ??= once()
      .then((s) => (status = s))
      .finally(() => {
        running = null;
      });
    return running;
  };
  void refreshNow(); // once at start, then on the interval
  const timer = setInterval(() => void refreshNow(), o.intervalMs);
  timer.unref();
  return { refreshNow, status: () => status, stop: () => clearInterval(timer) };
}
