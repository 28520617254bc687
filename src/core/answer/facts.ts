// Turns catalog rows into the facts answers show about a model, with regions named and placed.
import type { CatalogService } from '../catalog/catalog';
import type { Model } from '../catalog/schema';
import type { ModelFacts, Place } from './types';

export function place(catalog: CatalogService, region: string): Place {
  const info = catalog.regions.get(region);
  return { region, name: info?.displayName ?? region, geography: info?.geography ?? 'unknown geography' };
}

/**
 * "Poland Central: no 4.1-nano support"; one footnote that applies in many regions (since 2026, footnote 1 in
 * 19 of them) is one line naming them all, not one line per region.
 */
function exceptionLines(catalog: CatalogService, row: Model): string[] {
  const regionsByText = new Map<string, string[]>();
  for (const g of catalog.globalRegions() ?? []) {
    for (const x of catalog.globalExceptionsFor(row, g.region)) {
      const text = `${x.text}${x.kind === 'no-vision' ? ' (text-only data there)' : ''}`;
      regionsByText.set(text, [...(regionsByText.get(text) ?? []), place(catalog, g.region).name]);
    }
  }
  return [...regionsByText].map(([text, names]) => `${names.join(', ')}: ${text}`);
}

/** Facts for a catalog model id; `versionAsked` is kept only when the table does not list it. */
export function modelFacts(catalog: CatalogService, id: string, versionAsked: string | null = null): ModelFacts | null {
  const entry = catalog.model(id);
  if (!entry) return null;
  const row = catalog.row(id, versionAsked) ?? entry.primary;
  const globalRegions = catalog.globalRegionsFor(row);
  return {
    id,
    versions: entry.rows.map((r) => r.version).filter((v): v is string => v !== null),
    versionAsked: versionAsked !== null && catalog.row(id, versionAsked) === undefined ? versionAsked : null,
    preview: row.preview,
    status: row.status,
    standardRegions: row.standardRegions.map((r) => place(catalog, r)),
    standardNote: row.standardNote,
    global: row.global,
    globalRegions: globalRegions === null ? null : globalRegions.map((r) => place(catalog, r)),
    globalExceptions: row.global === true ? exceptionLines(catalog, row) : [],
    developer: row.developer,
    dataZone: row.dataZone,
    limits: row.limits,
    trainingData: row.trainingData,
    modality: row.modality,
    vision: row.vision,
    methods: row.methods,
    footnotes: row.footnotes,
  };
}
