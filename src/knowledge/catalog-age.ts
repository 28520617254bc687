// How old the catalog's facts are: the newest date among the documents it was imported from, and the days
// since then. Cards say "this catalog is N days old" from it, and warn when it is older than
// CATALOG_MAX_AGE_DAYS: a deployed bot whose refresher has failed for months must not sound current.
// Pure: the caller passes `now`.
import type { Catalog } from '../core';

/** CATALOG_MAX_AGE_DAYS when it is not set. */
export const DEFAULT_MAX_AGE_DAYS = 120;

export interface CatalogAge {
  /** The newest document's date (ISO, "2026-10-07"): version 2 the newest of `sources`, version 1 `source.date`. */
  readonly newestDate: string;
  /** Whole days from that date to `now` (UTC calendar days); 0 for a date in the future. */
  readonly days: number;
  /** True when `days` is over `maxAgeDays`. */
  readonly stale: boolean;
  readonly maxAgeDays: number;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** The newest document date the catalog names. ISO dates compare as strings. */
export function newestSourceDate(catalog: Readonly<Catalog>): string {
  if (catalog.schemaVersion === 1) return catalog.source.date;
  return catalog.sources.reduce((newest, s) => (s.date > newest ? s.date : newest), catalog.source.date);
}

export function catalogAge(catalog: Readonly<Catalog>, now: Date, maxAgeDays: number): CatalogAge {
  const newestDate = newestSourceDate(catalog);
  const [y, m, d] = newestDate.split('-').map(Number) as [number, number, number];
  // Calendar days in UTC, so the count does not change with the server's time zone or the time of day.
  const today = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate());
  const days = Math.max(0, Math.round((today - Date.UTC(y, m - 1, d)) / DAY_MS));
  return { newestDate, days, stale: days > maxAgeDays, maxAgeDays };
}
