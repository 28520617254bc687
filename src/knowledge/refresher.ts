// Optional catalog refresh at run time (CATALOG_SOURCE_URL): fetch the source document on an interval,
// import it with the same importer as `npm run catalog:import`, and swap the new knowledge in atomically.
// A document that cannot be fetched, imported or validated leaves the last good catalog in place; the
// reason is logged and shown on /healthz. No Teams here: the swap is a callback.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { RegionDirectory } from '../core';
import { diffCatalogs, formatDiff, isEmptyDiff } from '../importer/diff';
import { importDocument } from '../importer/import-document';
import { DATA_DIR, IMPORT_DEFAULTS, projectRoot } from '../paths';
import { buildKnowledge, loadNames, type Knowledge } from './load';
import type { Logger } from '../log';

export interface RefreshStatus {
  /** ISO time of the last attempt, or null before the first. */
  at: string | null;
  ok: boolean | null;
  /** What happened, in a line: "catalog of 2025-02-06 unchanged", "kept the catalog of ...: <why>". */
  message: string;
}

export interface RefresherOptions {
  url: string;
  intervalMs: number;
  timeoutMs: number;
  regions: RegionDirectory;
  current: () => Knowledge;
  swap: (next: Knowledge) => void;
  log: Logger;
  /** Largest document accepted (the real one is a few KB). */
  maxBytes?: number;
}

export interface CatalogRefresher {
  /** Runs one refresh now; resolves with its status (never rejects). */
  refreshNow(): Promise<RefreshStatus>;
  status(): RefreshStatus;
  stop(): void;
}

/**
 * The body as UTF-8 text, read chunk by chunk and abandoned as soon as it passes `maxBytes`: a source that
 * sends no Content-Length (or a false one, or a gzip body that inflates) costs at most `maxBytes`, where
 * res.text() would first hold all of it. Cancelling the stream closes the connection, so the rest is never
 * downloaded. (fetch's web streams do this; no library needed.)
 */
export async function readCapped(res: Response, maxBytes: number): Promise<string> {
  if (!res.body) return '';
  const reader = res.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel();
      throw new Error(`the document is over ${maxBytes} bytes`);
    }
    chunks.push(value);
  }
  return new TextDecoder('utf-8').decode(Buffer.concat(chunks)); // as res.text() would: a BOM is dropped
}

export function startCatalogRefresher(o: RefresherOptions): CatalogRefresher {
  const maxBytes = o.maxBytes ?? 1024 * 1024;
  const root = projectRoot();
  const tiersFile = IMPORT_DEFAULTS.tiers;
  const tiersText = readFileSync(path.join(root, tiersFile), 'utf8');
  const names = loadNames(DATA_DIR);
  const learnUrl = (JSON.parse(readFileSync(path.join(root, IMPORT_DEFAULTS.sourceInfo), 'utf8')) as { url: string }).url;
  let status: RefreshStatus = { at: null, ok: null, message: 'no refresh yet' };
  let running: Promise<RefreshStatus> | null = null;

  async function fetchDocument(): Promise<string> {
    const res = await fetch(o.url, { signal: AbortSignal.timeout(o.timeoutMs), redirect: 'follow' });
    if (!res.ok) {
      await res.body?.cancel();
      throw new Error(`the source answered HTTP ${res.status}`);
    }
    const length = Number(res.headers.get('content-length') ?? 0);
    if (length > maxBytes) {
      await res.body?.cancel();
      throw new Error(`the document is ${length} bytes, over ${maxBytes}`);
    }
    return readCapped(res, maxBytes);
  }

  async function once(): Promise<RefreshStatus> {
    const before = o.current().catalog.data;
    const at = new Date().toISOString();
    try {
      const text = await fetchDocument();
      const catalog = importDocument(text, { regions: o.regions, tiersText, tiersFile, url: learnUrl, file: o.url });
      // A newer layout that moved the Global list elsewhere would turn every Global answer into "not
      // stated": keep the catalog that states it rather than lose facts.
      if (before.globalRegions.stated && !catalog.globalRegions.stated) {
        throw new Error('the new document does not list the Global training regions (the current catalog does)');
      }
      const next = buildKnowledge(catalog, o.regions, names);
      // The importer's own diff decides what counts as a change (facts, regions, date), not file paths.
      const diff = diffCatalogs(before, catalog);
      const changed = !isEmptyDiff(diff);
      if (changed) o.swap(next);
      status = { at, ok: true, message: changed ? `swapped in the catalog of ${catalog.source.date}` : `catalog of ${catalog.source.date} unchanged` };
      o.log.info({ url: o.url, changed, date: catalog.source.date, changes: changed ? formatDiff(diff) : [] }, 'catalog refresh');
    } catch (e) {
      const why = (e as Error).message.split('\n')[0] ?? 'unknown error';
      status = { at, ok: false, message: `kept the catalog of ${before.source.date}: ${why}` };
      o.log.warn({ url: o.url, why }, 'catalog refresh failed; keeping the last good catalog');
    }
    return status;
  }

  const refreshNow = (): Promise<RefreshStatus> => {
    // One refresh at a time: a slow source never stacks up overlapping imports.
    running ??= once().finally(() => {
      running = null;
    });
    return running;
  };
  void refreshNow(); // once at start, then on the interval
  const timer = setInterval(() => void refreshNow(), o.intervalMs);
  timer.unref();
  return { refreshNow, status: () => status, stop: () => clearInterval(timer) };
}
