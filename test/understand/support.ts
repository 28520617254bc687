// One understander over the real data (data/catalog-seed.json, data/regions.json, data/known-models.json), and a
// compact way to state what a question should be understood as.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createUnderstander, type Understand, type UnderstandData } from '../../src/core/understand';
import { createRegionDirectory } from '../../src/core/regions';
import { countryNames, placeNames } from '../../src/knowledge/place-names';
import type { Filter, Intent, Memory, Question } from '../../src/core/question';
import type { TierId } from '../../src/core/catalog/schema';

const ROOT = path.join(__dirname, '..', '..');

export function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, relative), 'utf8'));
}

export function realData(): UnderstandData {
  const catalog = readJson('data/catalog-seed.json') as { models: { id: string; version: string | null }[] };
  const known = readJson('data/known-models.json') as { models: { id: string; aliases?: string[] }[] };
  const clouds = readJson('data/other-clouds.json') as { clouds: NonNullable<UnderstandData['otherClouds']> };
  const regions = createRegionDirectory(readJson('data/regions.json'));
  return {
    models: catalog.models,
    otherModels: known.models,
    otherClouds: clouds.clouds.map((c) => ({ ...c, aliases: [...(c.aliases ?? []), ...(c.aliases ?? []).flatMap(countryNames)] })),
    placeNames: placeNames(regions),
    regions,
  };
}

export const understand: Understand = createUnderstander(realData());

/** The 8 models of the source table, as the table writes them. */
export const TABLE_MODELS = ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'o4-mini', 'Ministral-3B', 'Qwen-32B'];

export interface Expected {
  intent: Intent;
  /** Model ids in order: `gpt-4o` (catalog), `other:gpt-4` (known, not in the table), `gpt-4o@2024-05-13` (with a version). */
  models?: string[];
  regions?: string[];
  place?: string | null;
  tier?: TierId | null;
  modality?: 'vision' | 'text' | null;
  /** The one filter asked for, not negated; null for none (several, or negated ones: use `filters`). */
  filter?: Filter | null;
  /** Every filter asked for, a negated one written `!developer`. */
  filters?: string[];
  excludeTiers?: TierId[];
  negated?: boolean;
  method?: string | null;
  aside?: string | null;
  clarify?: string[] | null;
  offTopic?: string | null;
  followUp?: boolean;
}

/** How a ModelRef list reads in an Expected. */
export function modelsOf(q: Question): string[] {
  return q.models.map((m) => `${m.source === 'other' ? 'other:' : ''}${m.id}${m.version ? `@${m.version}` : ''}`);
}

/** How a question's filters read in an Expected: `developer`, `!preview`. */
export function filtersOf(q: Question): string[] {
  return q.filters.map((f) => `${f.negated ? '!' : ''}${f.filter}`);
}

/** The parts of a Question that Expected talks about; models and regions always (empty when none expected). */
export function shape(q: Question, e: Expected): Expected {
  const out: Expected = { intent: q.intent, models: modelsOf(q), regions: q.regions };
  if (e.place !== undefined) out.place = q.place?.name ?? null;
  if (e.tier !== undefined) out.tier = q.tier;
  if (e.modality !== undefined) out.modality = q.modality;
  if (e.filter !== undefined) out.filter = q.filters.length === 1 && !q.filters[0]!.negated ? q.filters[0]!.filter : null;
  if (e.filters !== undefined) out.filters = filtersOf(q);
  if (e.excludeTiers !== undefined) out.excludeTiers = q.excludeTiers;
  if (e.negated !== undefined) out.negated = q.negated;
  if (e.method !== undefined) out.method = q.method;
  if (e.aside !== undefined) out.aside = q.aside;
  if (e.clarify !== undefined) out.clarify = q.clarify?.candidates ?? null;
  if (e.offTopic !== undefined) out.offTopic = q.offTopic;
  if (e.followUp !== undefined) out.followUp = q.followUp;
  return out;
}

export function expectQuestion(q: Question, e: Expected): void {
  expect(shape(q, e)).toEqual({ models: [], regions: [], ...e });
}

export const T0 = Date.UTC(2025, 5, 1, 12, 0, 0);
export const MINUTE = 60_000;

/** Memory of `text` asked at T0. */
export function memoryOf(text: string, at = T0): Memory {
  return { question: understand(text), at };
}

/** Every region of Azure's Europe group, from the region data, in its order. */
export const EUROPE_REGIONS = (readJson('data/regions.json') as { name: string; geographyGroup: string }[])
  .filter((r) => r.geographyGroup === 'Europe')
  .map((r) => r.name);

export const US_REGIONS = ['centralus', 'eastus', 'eastus2', 'northcentralus', 'southcentralus', 'westcentralus', 'westus', 'westus2', 'westus3'];
