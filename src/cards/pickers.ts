// The model and region pickers on check and model cards: every catalog model, every Azure region (so a
// person can check a region where fine-tuning is not possible and be told so).
import type { CatalogService } from '../core/catalog/catalog';
import type { Answer } from '../core/answer/types';
import type { Pickers } from './view';

export function pickersFor(a: Answer, catalog: CatalogService): Pickers | null {
  // Check and model cards change in place; help (and the welcome card) lets people check without typing.
  if (a.kind !== 'check' && a.kind !== 'model' && a.kind !== 'help') return null;
  const model = a.models[0] ?? '';
  if (!model && a.kind !== 'help') return null;
  return {
    models: catalog.modelIds.map((id) => ({ title: id, value: id })),
    regions: catalog.regions.alphabetical.map((r) => ({ title: r.displayName, value: r.name })),
    model,
    // Over an area, the picker starts on the first place where it works (check results come yes-first).
    region: (a.kind === 'check' ? a.results[0]?.place.region : undefined) ?? a.regions[0] ?? '',
  };
}

