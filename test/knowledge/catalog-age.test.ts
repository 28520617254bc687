// How old a catalog is: the newest document it names (version 2: every source; version 1: its one document),
// counted in UTC calendar days, and stale past CATALOG_MAX_AGE_DAYS.
import path from 'node:path';
import { catalogAge, DEFAULT_MAX_AGE_DAYS, newestSourceDate } from '../../src/knowledge/catalog-age';
import { loadKnowledge } from '../../src/knowledge/load';
import { importAll, importText, input, read, SEED } from '../importer/support';
import { ROOT } from '../support/knowledge';

const seed = importText(read(SEED)); // version 1, ms.date 02/06/2025
// Version 2: the supported-models table (10/06/2026) and the 2026-03-05 table; the deployment tables are 10/07/2026.
const current = importAll([input('fine-tune-supported-models.md'), input('fine-tune-standard-deployment-regions.md'), input('22b')]);

test('the newest date is the version 1 document’s date, or the newest of a version 2 catalog’s sources (not its model table’s)', () => {
  expect(newestSourceDate(seed)).toBe('2025-02-06');
  expect(current.source.date).toBe('2026-10-06');
  expect(newestSourceDate(current)).toBe('2026-10-07');
});

test.each([
  ['the same day', '2026-10-07T00:00:00Z', 0, false],
  ['late the same day (UTC)', '2026-10-07T23:59:59Z', 0, false],
  ['the next day, a minute after midnight', '2026-10-08T00:01:00Z', 1, false],
  ['exactly the limit: not yet stale', '2027-02-04T12:00:00Z', 120, false],
  ['one day over the limit', '2027-02-05T12:00:00Z', 121, true],
  ['a clock behind the document: 0 days, never negative', '2026-10-01T12:00:00Z', 0, false],
])('%s: %s', (_what, now, days, stale) => {
  expect(catalogAge(current, new Date(now), 120)).toEqual({ newestDate: '2026-10-07', days, stale, maxAgeDays: 120 });
});

test('a year and 29 days: the seed (2025-02-06) is 394 days old on 2026-03-07', () => {
  expect(catalogAge(seed, new Date('2026-03-07T08:00:00Z'), 400)).toMatchObject({ days: 394, stale: false });
  expect(catalogAge(seed, new Date('2026-03-07T08:00:00Z'), 393)).toMatchObject({ days: 394, stale: true });
});

test('Knowledge carries the limit (default 120) and answers its age for any now', () => {
  const k = loadKnowledge({ catalogFile: path.join(ROOT, 'data/catalog.json') });
  expect(DEFAULT_MAX_AGE_DAYS).toBe(120);
  expect(k.maxAgeDays).toBe(120);
  expect(k.age(new Date('2026-10-17T09:00:00Z'))).toEqual({ newestDate: '2026-10-07', days: 10, stale: false, maxAgeDays: 120 });
  const strict = loadKnowledge({ catalogFile: path.join(ROOT, 'data/catalog.json'), maxAgeDays: 7 });
  expect(strict.age(new Date('2026-10-17T09:00:00Z'))).toMatchObject({ days: 10, stale: true, maxAgeDays: 7 });
});
