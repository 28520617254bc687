// Which documents an answer rests on, for its source line and `--json`'s `sources`. A version 1 catalog is
// one document; a version 2 catalog names, per fact, the document and date it came from.
import type { CatalogService } from '../catalog/catalog';
import type { Provenance, SourceKind } from '../catalog/schema-v2';
import type { SourceRef } from './types';

/** The documents behind these facts, newest first, each once. */
export function sourcesOf(catalog: CatalogService, froms: readonly (Provenance | null | undefined)[]): SourceRef[] {
  const s = catalog.stated;
  const seen = new Map<number, SourceRef>();
  for (const from of froms) {
    if (!from || seen.has(from.doc)) continue;
    const doc = s.source(from);
    seen.set(from.doc, { title: doc.title, date: doc.date, url: doc.url, current: from.stated === 'current' });
  }
  if (seen.size === 0) {
    const first = s.sources[0];
    if (first) seen.set(0, { title: first.title, date: first.date, url: first.url, current: true });
  }
  return [...seen.values()].sort((a, b) => b.date.localeCompare(a.date));
}

/** The newest document of a kind, as a provenance ('current'), or null when none was given. */
export function newestOf(catalog: CatalogService, kind: SourceKind): Provenance | null {
  const i = catalog.stated.sources.findIndex((x) => x.kind === kind);
  const doc = catalog.stated.sources[i];
  return doc ? { doc: i, date: doc.date, stated: 'current' } : null;
}

/** The facts a training answer about these models rests on: the model table, the Global regions, the Standard regions. */
export function trainingFacts(catalog: CatalogService, ids: readonly string[], withOverview = false): (Provenance | null)[] {
  const s = catalog.stated;
  const out: (Provenance | null)[] = [];
  for (const id of ids) {
    const m = s.model(id);
    if (!m) continue;
    out.push(m.listedIn);
    if (m.trainingTypes.standard?.value === true) out.push(m.standardRegions?.from ?? null);
  }
  const regions = catalog.data.schemaVersion === 2 ? catalog.data.globalTrainingRegions : null;
  out.push(regions?.from ?? null);
  if (withOverview) out.push(newestOf(catalog, 'overview'));
  return out;
}

/**
 * "Standard training regions were last listed on 2026-03-05; the current documents no longer list them":
 * said by every answer that uses such a fact. Null when none of the models' Standard regions is an old fact.
 */
export function noLongerStatedLine(catalog: CatalogService, ids: readonly string[]): string | null {
  if (catalog.data.schemaVersion !== 2) return null;
  const dates = new Set<string>();
  for (const id of ids) {
    const f = catalog.stated.model(id)?.standardRegions;
    if (f && f.from.stated === 'no-longer-stated' && catalog.stated.model(id)?.trainingTypes.standard?.value !== false) dates.add(f.from.date);
  }
  if (dates.size === 0) return null;
  return `Standard training regions were last listed on ${[...dates].sort().join(' and ')}; the current documents no longer list them.`;
}
