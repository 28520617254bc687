// Where the importer's inputs and output live, relative to the project root: shared by
// `npm run catalog:import` and the run-time catalog refresher, so both import the same way.
export const IMPORT_DEFAULTS = {
  out: 'data/catalog.json',
  regions: 'data/regions.json',
  tiers: 'data/source/training-tiers.md',
  sourceInfo: 'data/source/source.json',
} as const;
