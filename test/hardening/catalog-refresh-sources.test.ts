// Catalog refresh from several sources (CATALOG_SOURCE_URLS): Microsoft's current documents served by a local
// HTTP server, fetched together, merged with the bundled 2026-03-05 table as the shipped catalog is, and
// swapped in. One source that fails (404, no answer, a document the importer refuses) keeps the last good
// catalog, and /healthz names that source and why.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import pino from 'pino';
import type { App } from '../../src/bot/app';
import type { CatalogV2 } from '../../src/core';
import { buildKnowledge, loadKnowledge, loadNames, loadRegions, type Knowledge } from '../../src/knowledge/load';
import { startCatalogRefresher, type CatalogRefresher } from '../../src/knowledge/refresher';
import { IMPORT_DEFAULTS } from '../../src/paths';
import { importText, read, SEED } from '../importer/support';
import { startBot } from '../support/bot-server';
import { ROOT } from '../support/knowledge';

const CURRENT = path.join(ROOT, 'test/fixtures/seed-current');
// The five documents Microsoft Learn's fine-tuning overview pulls together (its README says which is which).
const NAMES = [
  'fine-tune-supported-models.md',
  'fine-tune-global-training-regions.md',
  'fine-tune-standard-deployment-regions.md',
  'fine-tune-provisioned-throughput-deployment-regions.md',
  'fine-tuning-overview.md',
];
const documents = new Map(NAMES.map((n) => [n, readFileSync(path.join(CURRENT, n), 'utf8')]));

/** How the source answers a path that is not served as is: an HTTP status, a body in place of the document, or never. */
type Fault = { status: number } | { body: string } | 'hang';
const faults = new Map<string, Fault>();
const hanging = new Set<http.ServerResponse>();
let source: http.Server;
let base: string;
const urlOf = (name: string) => `${base}/${name}`;
const allUrls = () => NAMES.map(urlOf);

function seedKnowledge(): Knowledge {
  return buildKnowledge(importText(read(SEED)), loadRegions(), loadNames());
}

beforeAll(async () => {
  source = http.createServer((req, res) => {
    const name = path.posix.basename(req.url ?? '/');
    const fault = faults.get(name);
    if (fault === 'hang') return void hanging.add(res);
    if (fault && 'status' in fault) return (void res.writeHead(fault.status), void res.end('no'));
    const body = fault && 'body' in fault ? fault.body : documents.get(name);
    if (body === undefined) return (void res.writeHead(404), void res.end('no such document'));
    res.writeHead(200, { 'content-type': 'text/plain; charset=utf-8' });
    res.end(body);
  });
  await new Promise<void>((r) => source.listen(0, '127.0.0.1', r));
  base = `http://127.0.0.1:${(source.address() as AddressInfo).port}/MicrosoftDocs/azure-ai-docs/main`;
});
afterAll(async () => {
  for (const res of hanging) res.destroy();
  source.closeAllConnections();
  await new Promise((r) => source.close(r));
});
afterEach(() => faults.clear());

/** A refresher over a holder of its own (real HTTP; no bot), with the swaps it made. */
function refresherOver(
  initial: Knowledge,
  urls = allUrls(),
  timeoutMs = 10_000,
): { refresher: CatalogRefresher; current: () => Knowledge; swaps: Knowledge[] } {
  let knowledge = initial;
  const swaps: Knowledge[] = [];
  const refresher = startCatalogRefresher({
    urls,
    mode: 'set',
    intervalMs: 3_600_000,
    timeoutMs,
    regions: initial.catalog.regions,
    current: () => knowledge,
    swap: (next) => {
      swaps.push(next);
      knowledge = next;
    },
    log: pino({ level: 'silent' }),
  });
  return { refresher, current: () => knowledge, swaps };
}

describe('through the bot: CATALOG_SOURCE_URLS and /healthz', () => {
  let app: App;
  beforeAll(async () => {
    app = await startBot(
      { CATALOG_SOURCE_URLS: allUrls().join(','), CATALOG_REFRESH_MINUTES: '60', OUTBOUND_TIMEOUT_MS: '2000' },
      { knowledge: seedKnowledge() },
    );
    await app.refresher!.refreshNow(); // the one at start-up may still be running
  });
  afterAll(() => app.close());

  const health = async () => (await (await fetch(`${app.url}/healthz`)).json()) as Record<string, any>;

  test('all five documents fetched: the merged catalog (with the bundled 2026-03-05 table) replaces the seed', async () => {
    expect(app.refresher!.status()).toMatchObject({ ok: true, message: 'swapped in the catalog of 2026-10-07' });
    const data = app.holder.current().catalog.data as CatalogV2;
    expect(data.schemaVersion).toBe(2);
    expect(data.sources.map((s) => s.file).sort()).toEqual([...allUrls(), ...IMPORT_DEFAULTS.olderDocuments].sort());
    const o4mini = data.models.find((m) => m.id === 'o4-mini')!;
    expect(o4mini.facts.methods?.value).toEqual(['RFT']);
    // The Standard regions only the bundled 2026-03-05 table states, kept with its date.
    expect(o4mini.facts.standardRegions).toMatchObject({
      value: { regions: ['eastus2', 'swedencentral'] },
      from: { date: '2026-03-05', stated: 'no-longer-stated' },
    });
    const h = await health();
    expect(h.refresh.sources).toEqual(allUrls().map((url) => ({ url, ok: true })));
  });

  test('the same documents again: nothing changed, nothing swapped', async () => {
    const before = app.holder.current();
    expect(await app.refresher!.refreshNow()).toMatchObject({ ok: true, message: 'catalog of 2026-10-07 unchanged' });
    expect(app.holder.current()).toBe(before);
  });

  test.each<[string, string, Fault, RegExp]>([
    ['answers 404', 'fine-tune-global-training-regions.md', { status: 404 }, /the source answered HTTP 404/],
    ['never answers', 'fine-tune-standard-deployment-regions.md', 'hang', /no answer within 2000 ms/],
    [
      'serves a document the importer refuses',
      'fine-tune-supported-models.md',
      { body: '---\ntitle: Moved\nms.date: 11/01/2026\n---\nNo table here.\n' },
      /table/i,
    ],
  ])('one source that %s keeps the last good catalog, and /healthz names it and says why', async (_what, name, fault, why) => {
    const before = app.holder.current();
    faults.set(name, fault);
    const status = await app.refresher!.refreshNow();
    expect(status.ok).toBe(false);
    expect(status.message).toMatch(/^kept the catalog of 2026-10-07: /);
    expect(status.message).toContain(urlOf(name));
    expect(status.message).toMatch(why);
    expect(app.holder.current()).toBe(before);
    const h = await health();
    expect(h.refresh.ok).toBe(false);
    expect(h.refresh.message).toBe(status.message);
    if (fault === 'hang' || 'status' in fault) {
      // A source that could not be fetched is the one marked; the others were fetched.
      expect(h.refresh.sources.filter((s: { ok: boolean }) => !s.ok)).toEqual([{ url: urlOf(name), ok: false, why: expect.stringMatching(why) }]);
    }
  });

  test('two sources failing are both named', async () => {
    faults.set('fine-tune-supported-models.md', { status: 500 });
    faults.set('fine-tuning-overview.md', { status: 403 });
    const status = await app.refresher!.refreshNow();
    expect(status.message).toMatch(/^kept the catalog of 2026-10-07: 2 of 5 sources failed: /);
    expect(status.message).toContain(`${urlOf('fine-tune-supported-models.md')}: the source answered HTTP 500`);
    expect(status.message).toContain(`${urlOf('fine-tuning-overview.md')}: the source answered HTTP 403`);
  });
});

test('the documents the shipped data/catalog.json is built from, fetched, are that catalog: no change, no swap', async () => {
  const shipped = loadKnowledge({ catalogFile: path.join(ROOT, 'data/catalog.json') });
  const { refresher, swaps } = refresherOver(shipped);
  try {
    expect(await refresher.refreshNow()).toMatchObject({ ok: true, message: 'catalog of 2026-10-07 unchanged' });
    expect(swaps).toEqual([]);
  } finally {
    refresher.stop();
  }
});

test('a changed document is a change: gpt-4o-mini loses Provisioned Throughput deployment in North Central US, and the new catalog is swapped in', async () => {
  const shipped = loadKnowledge({ catalogFile: path.join(ROOT, 'data/catalog.json') });
  const pt = documents.get('fine-tune-provisioned-throughput-deployment-regions.md')!;
  const row = pt.split('\n').find((l) => l.startsWith('| `gpt-4o-mini` | ✅ |'));
  expect(row).toBeDefined();
  const { refresher, swaps, current } = refresherOver(shipped);
  try {
    faults.set('fine-tune-provisioned-throughput-deployment-regions.md', { body: pt.replace(row!, row!.replace(/✅/, '❌')) });
    expect(await refresher.refreshNow()).toMatchObject({ ok: true, message: 'swapped in the catalog of 2026-10-07' });
    expect(swaps).toHaveLength(1);
    const ptRegions = (k: Knowledge) =>
      (k.catalog.data as CatalogV2).models.find((m) => m.id === 'gpt-4o-mini')!.facts.deploymentRegions['provisioned-throughput']?.value;
    expect(ptRegions(shipped)).toEqual(['northcentralus', 'swedencentral']);
    expect(ptRegions(current())).toEqual(['swedencentral']);
  } finally {
    refresher.stop();
  }
});

test('a set that leaves out a document the catalog in use is built from is refused: it would lose those facts', async () => {
  const shipped = loadKnowledge({ catalogFile: path.join(ROOT, 'data/catalog.json') });
  const { refresher, swaps } = refresherOver(
    shipped,
    allUrls().filter((u) => !u.endsWith('/fine-tune-provisioned-throughput-deployment-regions.md')),
  );
  try {
    const status = await refresher.refreshNow();
    expect(status).toMatchObject({ ok: false });
    expect(status.message).toBe(
      'kept the catalog of 2026-10-07: the new documents do not list the provisioned-throughput deployment regions (the current catalog does)',
    );
    expect(swaps).toEqual([]);
  } finally {
    refresher.stop();
  }
});

test('a refreshed catalog keeps the age limit of the one it replaces (CATALOG_MAX_AGE_DAYS)', async () => {
  const seed = buildKnowledge(importText(read(SEED)), loadRegions(), loadNames(), { maxAgeDays: 30 });
  const { refresher, current } = refresherOver(seed);
  try {
    await refresher.refreshNow();
    expect(current()).not.toBe(seed);
    expect(current().maxAgeDays).toBe(30);
    expect(current().age(new Date('2026-11-07T12:00:00Z'))).toEqual({ newestDate: '2026-10-07', days: 31, stale: true, maxAgeDays: 30 });
  } finally {
    refresher.stop();
  }
});

test('the refresher merges the same older documents as the shipped catalog is built with (npm run catalog:current)', () => {
  const script = (JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> }).scripts['catalog:current']!;
  expect(IMPORT_DEFAULTS.olderDocuments.length).toBeGreaterThan(0);
  for (const file of IMPORT_DEFAULTS.olderDocuments) expect(script.split(/\s+/)).toContain(file);
});
