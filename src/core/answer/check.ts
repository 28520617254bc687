// Can model M be fine-tuned in region R? One row per tier the document names, and a verdict decided only
// by the tiers whose regions the document lists (Standard, and Global when its list is stated).
import type { CatalogService } from '../catalog/catalog';
import type { Model, TierId } from '../catalog/schema';
import type { Question } from '../question';
import { place } from './facts';
import type { Alternative, CheckResult, Place, TierRow, Verdict } from './types';
import { joinAnd, tierLabel } from './words';

interface Cues {
  tier: TierId | null;
  /** Tiers the question ruled out: they never decide. */
  excluded: readonly TierId[];
  vision: boolean;
}

/** The date of the older document the model's Standard regions are kept from, or null when they are current. */
function oldListDate(catalog: CatalogService, m: Model): string | null {
  const f = catalog.data.schemaVersion === 2 ? catalog.stated.model(m.id, m.version)?.standardRegions : null;
  return f && f.from.stated === 'no-longer-stated' ? f.from.date : null;
}

function standardRow(catalog: CatalogService, m: Model, p: Place, cues: Cues): TierRow {
  const listedOn = oldListDate(catalog, m);
  const row = (status: Verdict, reason: string): TierRow => ({
    tier: 'standard',
    label: tierLabel('standard'),
    status,
    reason,
    ...(listedOn !== null ? { listedOn } : {}),
  });
  const marked = catalog.data.schemaVersion === 2 ? catalog.stated.trainingTypeFor(m.id, 'standard') : null;
  if (marked && marked.value === false) return row('no', `${m.id} has no Standard training (the table of ${marked.from.date} marks it ❌).`);
  if (marked && marked.value === true && m.standardRegions.length === 0) {
    return row('unknown', `${m.id} has Standard training, but no document lists its Standard regions.`);
  }
  if (m.standardRegions.length === 0) {
    return row('no', `${m.id}: Standard training ${(m.standardNote ?? 'not listed').toLowerCase()}.`);
  }
  // Short: the answer's note says once that the current documents no longer list them.
  const old = listedOn !== null ? ` (as last listed on ${listedOn})` : '';
  const names = joinAnd(m.standardRegions.map((r) => catalog.regions.displayName(r)));
  if (cues.vision && m.vision === false) return row('no', `${m.id} takes text only (${m.modality ?? 'no vision'}).`);
  return m.standardRegions.includes(p.region)
    ? row('yes', `${p.name} is one of ${m.id}'s Standard regions, with data residency${old}.`)
    : row('no', `${m.id}'s Standard regions are ${names}${old}.`);
}

function globalRow(catalog: CatalogService, m: Model, p: Place, cues: Cues): TierRow {
  const row = (status: Verdict, reason: string): TierRow => ({ tier: 'global', label: tierLabel('global'), status, reason });
  if (m.global !== true) return row('no', `${m.id} is not offered with Global training.`);
  if (cues.vision && m.vision === false) return row('no', `${m.id} takes text only (${m.modality ?? 'no vision'}).`);
  if (catalog.globalRegions() === null) {
    return row('unknown', `${m.id} is offered with Global training, but this document does not list the Global regions.`);
  }
  if (!catalog.globalRegion(p.region)) return row('no', `${p.name} is not a Global training region.`);
  const exceptions = catalog.globalExceptionsFor(m, p.region);
  const noModel = exceptions.find((x) => x.kind === 'no-model');
  if (noModel) return row('no', `${p.name} is a Global training region, but ${sentence(noModel.text)}.`);
  const noVision = exceptions.find((x) => x.kind === 'no-vision');
  if (noVision && cues.vision) return row('no', `${p.name} is a Global training region, but ${sentence(noVision.text)}.`);
  if (noVision) return row('yes', `${p.name} is a Global training region (${noVision.text}: text-only data), no data residency.`);
  return row('yes', `${p.name} is a Global training region; no data residency.`);
}

function developerRow(m: Model): TierRow {
  const row = (status: Verdict, reason: string): TierRow => ({ tier: 'developer', label: tierLabel('developer'), status, reason });
  return m.developer ? row('unknown', `${m.id} has a Developer tier, but the document lists no regions for it.`) : row('no', `${m.id} has no Developer tier.`);
}

function dataZoneRow(catalog: CatalogService, m: Model, p: Place): TierRow {
  const row = (status: Verdict, reason: string): TierRow => ({ tier: 'datazone', label: tierLabel('datazone'), status, reason });
  const marked = catalog.data.schemaVersion === 2 ? catalog.stated.trainingTypeFor(m.id, 'datazone') : null;
  const zones = catalog.stated.dataZones('training');
  if (marked && zones) {
    if (!marked.value) return row('no', `${m.id} has no Data zone training (the table of ${marked.from.date} marks it ❌).`);
    const inZone = zones.value.some((z) => dataZoneHolds(z, p));
    return inZone
      ? row('unknown', `${m.id} has Data zone training (the ${joinAnd(zones.value)} data zone), but no document lists which regions it is available from.`)
      : row('no', `Data zone training is only in the ${joinAnd(zones.value)} data zone (overview of ${zones.from.date}); ${p.name} is in ${p.geography}.`);
  }
  return m.dataZone
    ? row('unknown', `${m.id} has Data zone training (${m.dataZone}), but the document lists no regions for it.`)
    : row('no', `${m.id} has no Data zone training.`);
}

/** A footnote's words inside a sentence of ours: its own full stop dropped. */
const sentence = (text: string): string => text.replace(/\.\s*$/, '');

/** Whether a data zone the documents name ("US") holds a region: by the region's geography. */
export function dataZoneHolds(zone: string, p: Place): boolean {
  const z = zone.trim().toLowerCase();
  const g = p.geography.toLowerCase();
  return g === z || (z === 'us' && g === 'united states') || (z === 'eu' && g === 'europe');
}

export function checkOne(catalog: CatalogService, m: Model, region: string, q: Question): CheckResult {
  const p = place(catalog, region);
  const cues: Cues = { tier: q.tier, excluded: q.excludeTiers, vision: q.modality === 'vision' };
  const tiers: TierRow[] = [];
  for (const tier of catalog.data.tiers) {
    if (tier === 'standard') tiers.push(standardRow(catalog, m, p, cues));
    else if (tier === 'global' && m.global !== null) tiers.push(globalRow(catalog, m, p, cues));
    else if (tier === 'developer' && m.developer !== null) tiers.push(developerRow(m));
    else if (tier === 'datazone') tiers.push(dataZoneRow(catalog, m, p));
  }
  const exceptions = catalog.globalExceptionsFor(m, region).map((x) => `${p.name}: ${x.text}`);
  let verdict = decide(tiers, cues.tier, cues.excluded);
  // Data zone training runs within the US data zone, and no document lists which regions' resources can use
  // it: a model with it, in a US region where Standard and Global say no, is not a confident "no".
  const zone = tiers.find((t) => t.tier === 'datazone');
  if (catalog.data.schemaVersion === 2 && verdict === 'no' && cues.tier === null && !cues.excluded.includes('datazone') && zone?.status === 'unknown')
    verdict = 'unknown';
  return { model: m.id, place: p, verdict, tiers, exceptions };
}

/**
 * Tiers whose regions the document lists decide; a question limited to another tier cannot be decided, nor
 * one that ruled out every deciding tier ("excluding Standard and Global").
 */
export function decide(tiers: readonly TierRow[], only: TierId | null, excluded: readonly TierId[] = []): Verdict {
  const deciding = tiers.filter((t) => (only === null ? t.tier === 'standard' || t.tier === 'global' : t.tier === only) && !excluded.includes(t.tier));
  // A tier the document does not describe for this model (e.g. Data zone in the seed) cannot be decided.
  if ((only !== null || excluded.length > 0) && deciding.length === 0) return 'unknown';
  if (only === 'developer' || only === 'datazone') {
    return deciding.some((t) => t.status === 'unknown') ? 'unknown' : 'no';
  }
  if (deciding.some((t) => t.status === 'yes')) return 'yes';
  if (deciding.some((t) => t.status === 'unknown')) return 'unknown';
  return 'no';
}

/** The deciding tiers that said yes, in document order ("Global", "Standard or Global"), within `only` if set, never one ruled out. */
export function yesTiers(result: CheckResult, only: TierId | null = null, excluded: readonly TierId[] = []): string[] {
  return result.tiers
    .filter((t) => t.status === 'yes' && (t.tier === 'standard' || t.tier === 'global') && (only === null || t.tier === only) && !excluded.includes(t.tier))
    .map((t) => t.label);
}

function nearness(catalog: CatalogService, from: string, to: string): Alternative['nearness'] {
  const a = catalog.regions.get(from);
  const b = catalog.regions.get(to);
  if (a && b && a.geography === b.geography) return 'same geography';
  if (a && b && a.geographyGroup === b.geographyGroup) return 'same area';
  return 'elsewhere';
}

const ORDER: Record<Alternative['nearness'], number> = { 'same geography': 0, 'same area': 1, elsewhere: 2 };

/**
 * Where else the model can be trained, nearest first: its Standard regions (data residency) always, and
 * Global regions near the asked one when Global training did not work there. Bounded so cards stay short.
 */
export function alternatives(catalog: CatalogService, m: Model, result: CheckResult, q: Question): Alternative[] {
  // A question limited to a tier without listed regions has no regions to suggest instead.
  if (q.tier === 'developer' || q.tier === 'datazone') return [];
  const from = result.place.region;
  const build = (region: string, tier: Alternative['tier']): Alternative => ({
    ...place(catalog, region),
    tier,
    nearness: nearness(catalog, from, region),
  });
  const sort = (xs: Alternative[]) => xs.sort((x, y) => ORDER[x.nearness] - ORDER[y.nearness] || x.name.localeCompare(y.name));
  const standardOk = result.tiers.some((t) => t.tier === 'standard' && t.status === 'yes');
  const globalOk = result.tiers.some((t) => t.tier === 'global' && t.status === 'yes');
  const out: Alternative[] = [];
  if (!standardOk && q.tier !== 'global' && !q.excludeTiers.includes('standard') && !(q.modality === 'vision' && m.vision === false)) {
    out.push(...sort(m.standardRegions.filter((r) => r !== from).map((r) => build(r, 'standard'))));
  }
  if (!globalOk && q.tier !== 'standard' && !q.excludeTiers.includes('global') && !(q.modality === 'vision' && m.vision === false)) {
    const global = (catalog.globalRegionsFor(m) ?? []).filter((r) => r !== from && !(q.modality === 'vision' && catalog.globalExceptionsFor(m, r).length > 0));
    out.push(...sort(global.map((r) => build(r, 'global'))).slice(0, 5));
  }
  return out;
}
