// Example questions for the help card and the message extension's empty search: phrasing only, with
// model names taken from the catalog so an example never names a model the table has dropped.
import type { CatalogService } from '../catalog/catalog';

/** The model examples lead with: the one from the headline question while the table lists it. */
export function featuredModel(catalog: CatalogService): string {
  return catalog.modelIds.includes('o4-mini') ? 'o4-mini' : catalog.modelIds[0]!;
}

export function exampleQuestions(catalog: CatalogService): string[] {
  const a = featuredModel(catalog);
  const b = catalog.modelIds.find((id) => id !== a) ?? a;
  return [
    `Can I fine-tune ${a} in West Europe?`,
    `Where can I fine-tune ${b}?`,
    'What can I fine-tune in Sweden Central?',
    'Which models support vision?',
    `compare ${a} ${b}`,
  ];
}
