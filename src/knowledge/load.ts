// Loads what the engine knows from data/ (the catalog, Azure's regions, the real models the table does
// not list) and builds one immutable Knowledge snapshot: the catalog and an understander over it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { catalogRenames, createCatalog, type CatalogService } from '../core';
import { createRegionDirectory, type RegionDirectory } from '../core';
import { createUnderstander, type OtherCloud, type Understand } from '../core';
import { DATA_DIR } from '../paths';
import { catalogAge, DEFAULT_MAX_AGE_DAYS, type CatalogAge } from './catalog-age';
import { countryNames, placeNames } from './place-names';

// The names are the same for every snapshot over one region directory: worked out once per directory.
const placeNamesByRegions = new WeakMap<RegionDirectory, Record<string, string[]>>();
function placeNamesOf(regions: RegionDirectory): Record<string, string[]> {
  let names = placeNamesByRegions.get(regions);
  if (names === undefined) placeNamesByRegions.set(regions, (names = placeNames(regions)));
  return names;
}

export type { Understand };
export type { CatalogAge };

export interface Knowledge {
  readonly catalog: CatalogService;
  readonly understand: Understand;
  /** CATALOG_MAX_AGE_DAYS: a catalog whose newest document is older than this says so on every card. */
  readonly maxAgeDays: number;
  /** How old the catalog's newest document is at `now` (catalog-age.ts), and whether that is over maxAgeDays. */
  age(now: Date): CatalogAge;
}

export interface KnowledgeOptions {
  /** Default DEFAULT_MAX_AGE_DAYS (120). */
  readonly maxAgeDays?: number;
}

function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function loadRegions(dataDir = DATA_DIR): RegionDirectory {
  return createRegionDirectory(readJson(path.join(dataDir, 'regions.json')));
}

/** Names the understander knows besides the catalog's: real models the table does not list, other clouds. */
export interface Names {
  /** data/known-models.json */
  otherModels: unknown;
  /** data/other-clouds.json */
  otherClouds: unknown;
}

export function loadNames(dataDir = DATA_DIR): Names {
  return { otherModels: readJson(path.join(dataDir, 'known-models.json')), otherClouds: readJson(path.join(dataDir, 'other-clouds.json')) };
}

/** Builds a snapshot from an already-parsed catalog (the refresher hands one in). */
export function buildKnowledge(rawCatalog: unknown, regions: RegionDirectory, names: Names, options: KnowledgeOptions = {}): Knowledge {
  const maxAgeDays = options.maxAgeDays ?? DEFAULT_MAX_AGE_DAYS;
  const catalog = createCatalog(rawCatalog, regions);
  const otherModels = (names.otherModels as { models?: { id: string; aliases?: string[] }[] }).models ?? [];
  // A cloud named after its country (Azure China) is named in other languages too ("Chine", "Kina").
  const otherClouds = ((names.otherClouds as { clouds?: OtherCloud[] }).clouds ?? []).map((c) => ({
    ...c,
    aliases: [...(c.aliases ?? []), ...(c.aliases ?? []).flatMap(countryNames)],
  }));
  const understand = createUnderstander({
    models: catalog.data.models,
    otherModels,
    otherClouds,
    placeNames: placeNamesOf(regions),
    regions,
    renames: catalogRenames(catalog.data),
    states: catalog.states,
  });
  return Object.freeze({ catalog, understand, maxAgeDays, age: (now: Date) => catalogAge(catalog.data, now, maxAgeDays) });
}

export function loadKnowledge(options: { catalogFile?: string; dataDir?: string } & KnowledgeOptions = {}): Knowledge {
  const dataDir = options.dataDir ?? DATA_DIR;
  const catalogFile = options.catalogFile ?? path.join(dataDir, 'catalog.json');
  return buildKnowledge(readJson(catalogFile), loadRegions(dataDir), loadNames(dataDir), options);
}
