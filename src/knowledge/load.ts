// Loads what the engine knows from data/ (the catalog, Azure's regions, the real models the table does
// not list) and builds one immutable Knowledge snapshot: the catalog and an understander over it.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCatalog, type CatalogService } from '../core';
import { createRegionDirectory, type RegionDirectory } from '../core';
import { createUnderstander, type Understand } from '../core';
import { DATA_DIR } from '../paths';

export type { Understand };

export interface Knowledge {
  readonly catalog: CatalogService;
  readonly understand: Understand;
}


function readJson(file: string): unknown {
  return JSON.parse(readFileSync(file, 'utf8'));
}

export function loadRegions(dataDir = DATA_DIR): RegionDirectory {
  return createRegionDirectory(readJson(path.join(dataDir, 'regions.json')));
}

/** Builds a snapshot from an already-parsed catalog (the refresher hands one in). */
export function buildKnowledge(rawCatalog: unknown, regions: RegionDirectory, otherModels: unknown): Knowledge {
  const catalog = createCatalog(rawCatalog, regions);
  const others = (otherModels as { models?: { id: string; aliases?: string[] }[] }).models ?? [];
  const understand = createUnderstander({ models: catalog.data.models, otherModels: others, regions });
  return Object.freeze({ catalog, understand });
}

export function loadKnowledge(options: { catalogFile?: string; dataDir?: string } = {}): Knowledge {
  const dataDir = options.dataDir ?? DATA_DIR;
  const catalogFile = options.catalogFile ?? path.join(dataDir, 'catalog.json');
  return buildKnowledge(readJson(catalogFile), loadRegions(dataDir), readJson(path.join(dataDir, 'known-models.json')));
}
