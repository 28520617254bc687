// Azure's public regions (data/regions.json): programmatic names, display names and geographies.
// Every region name the product reads or writes goes through this directory.
import { z } from 'zod';

export const RegionInfo = z.object({
  name: z.string().regex(/^[a-z0-9]+$/),
  displayName: z.string(),
  geography: z.string(),
  geographyGroup: z.string(),
  pairedRegion: z.string().nullable().optional(),
  accessRestricted: z.boolean().nullable().optional(),
});
export type RegionInfo = z.infer<typeof RegionInfo>;

export interface RegionDirectory {
  readonly all: readonly RegionInfo[];
  /** The same regions in display-name order, as pickers list them. */
  readonly alphabetical: readonly RegionInfo[];
  get(name: string): RegionInfo | undefined;
  /** Looks up a display name as written in a document ("East US2", "West US3"): spacing and case do not count. */
  byDisplayName(text: string): RegionInfo | undefined;
  displayName(name: string): string;
}

/** Folds spacing and case, so "East US2" and "East US 2" are the same key. */
export function regionKey(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

export function createRegionDirectory(raw: unknown): RegionDirectory {
  const all = Object.freeze(
    z
      .array(RegionInfo)
      .min(1)
      .parse(raw)
      .map((r) => Object.freeze(r)),
  );
  const byName = new Map(all.map((r) => [r.name, r]));
  const byKey = new Map(all.map((r) => [regionKey(r.displayName), r]));
  return Object.freeze({
    all,
    alphabetical: Object.freeze([...all].sort((x, y) => x.displayName.localeCompare(y.displayName))),
    get: (name: string) => byName.get(name),
    byDisplayName: (text: string) => byKey.get(regionKey(text)) ?? byName.get(regionKey(text)),
    displayName: (name: string) => byName.get(name)?.displayName ?? name,
  });
}
