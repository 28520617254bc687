// The model and region pickers on check, model and help cards: every catalog model, and the regions the
// document lists (plus the one asked about, if it is not listed). Listing all 60 Azure regions would add
// ~34 choices that are always "no" and double the card's size; any other region can still be typed.
import type { CatalogService } from '../core';
import type { Answer } from '../core';
import type { Pickers } from './card-view';

export function pickersFor(a: Answer, catalog: CatalogService): Pickers | null {
  // Check and model cards change in place; help (and the welcome card) lets people check without typing.
  if (a.kind !== 'check' && a.kind !== 'model' && a.kind !== 'help') return null;
  const model = a.models[0] ?? '';
  if (!model && a.kind !== 'help') return null;
  // Over an area, the picker starts on the first place where it works (check results come yes-first).
  const region = (a.kind === 'check' ? a.results[0]?.place.region : undefined) ?? a.regions[0] ?? '';
  return {
    models: catalog.modelIds.map((id) => ({ title: id, value: id })),
    regions: catalog.regions.alphabetical
      .filter((r) => catalog.listedRegions.has(r.name) || r.name === region)
      .map((r) => ({ title: r.displayName, value: r.name })),
    model,
    region,
  };
}
