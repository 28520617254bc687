// What a catalog states beyond the 2025 table, so that understanding reads a question about it as a question
// (a catalog of the seed alone states none of it, and its questions are read exactly as before).
import type { Catalog } from './schema';

export interface CatalogStates {
  methods: boolean;
  deployment: boolean;
  interactive: boolean;
  changes: boolean;
}

/** Worked out once, when the catalog service is made (CatalogService.states). */
export function catalogStates(data: Readonly<Catalog>): CatalogStates {
  if (data.schemaVersion !== 2) return { methods: data.models.some((m) => m.methods !== null), deployment: false, interactive: false, changes: false };
  const tables = data.sources.filter((s) => s.kind === 'model-table' || s.kind === 'supported-models');
  return {
    methods: data.models.some((m) => m.methods !== null),
    deployment: data.models.some((m) => Object.keys(m.facts.deployment).length > 0 || Object.keys(m.facts.deploymentRegions).length > 0),
    interactive: data.models.some((m) => m.facts.interactive !== null),
    changes: new Set(tables.map((s) => s.date)).size > 1,
  };
}

/** Old names of the catalog's models (the renamed-models fact sheet, as the importer recorded it). */
export function catalogRenames(data: Readonly<Catalog>): { from: string; to: string }[] {
  if (data.schemaVersion !== 2) return [];
  return data.models.flatMap((m) => m.facts.renamedFrom.map((r) => ({ from: r.name, to: m.id })));
}
