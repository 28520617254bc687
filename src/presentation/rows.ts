// The rows both renderers show — a model's regions and limits, where else to train, a region's models —
// worded once here. The card renderer adds icons and lays them out as facts; the text renderer writes them
// as lines. Plain strings in, plain strings out: no layout, no facts decided.
import { joinAnd, type Alternative, type ModelFacts, type Place, type RegionTraining } from '../core';

// One formatter for every answer: toLocaleString builds a new one per call, a measurable cost per card.
const THOUSANDS = new Intl.NumberFormat('en-US');

/** 12,345 (or "unknown" where the document says so). */
export function count(x: number | null): string {
  return x === null ? 'unknown' : THOUSANDS.format(x);
}

/** 12,345 tokens (or "unknown"). */
export function tokens(x: number | null): string {
  return x === null ? 'unknown' : `${THOUSANDS.format(x)} tokens`;
}

/** "East US 2 (United States), Sweden Central (Sweden)". */
export function placesWithGeography(places: readonly Place[]): string {
  return places.map((p) => `${p.name} (${p.geography})`).join(', ');
}

/** What a model's Standard row says when it lists no regions. */
export function noStandardRegions(f: ModelFacts): string {
  return f.standardNote ?? 'no regions listed';
}

/** "26 regions: Australia East, ..." for a model's Global regions. */
export function globalRegionsList(places: readonly Place[]): string {
  return `${places.length} regions: ${places.map((p) => p.name).join(', ')}`;
}

/** The tier an alternative region offers, in words. */
export function alternativeTier(x: Pick<Alternative, 'tier'>): string {
  return x.tier === 'standard' ? 'Standard, with data residency' : 'Global, no data residency';
}

/** A region's models per tier, as [title, what it says, whether any] rows. */
export function regionRows(p: RegionTraining): { title: string; value: string; status: 'yes' | 'no' | 'unknown' }[] {
  return [
    { title: 'Standard', value: p.standard.length ? joinAnd(p.standard) : 'none', status: p.standard.length ? 'yes' : 'no' },
    {
      title: 'Global',
      value: p.global === null ? 'regions not stated in this document' : p.global.length ? joinAnd(p.global) : 'none',
      status: p.global === null ? 'unknown' : p.global.length ? 'yes' : 'no',
    },
    ...(p.developer.length ? [{ title: 'Developer', value: joinAnd(p.developer), status: 'unknown' as const }] : []),
  ];
}
