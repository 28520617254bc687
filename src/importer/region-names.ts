// Region names as the documents write them ("East US2", "West US3") onto Azure's programmatic names
// (eastus2, westus3), through the region directory (data/regions.json). A name the directory does not know
// stops the import: guessing a neighbour would put fine-tuning in the wrong region.
import type { RegionDirectory } from '../core';
import { ImportError } from './errors';

export function resolveRegion(name: string, regions: RegionDirectory, where: string): string {
  const info = regions.byDisplayName(name);
  if (!info) throw new ImportError('unknown-region', `unknown region "${name}" in ${where}`);
  return info.name;
}
