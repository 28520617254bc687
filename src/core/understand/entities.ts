// What a name in the text can stand for.

export interface ModelEntity {
  readonly kind: 'model';
  readonly id: string;
  readonly source: 'catalog' | 'other';
  /** Named by an old name the renamed-models fact sheet records ("Qwen-32B" for Qwen3-32B). */
  readonly renamedFrom?: string;
}

export interface RegionEntity {
  readonly kind: 'region';
  /** Programmatic name, e.g. `westeurope`. */
  readonly name: string;
}

/** A country (Azure geography) or continent-level group, standing for all of its regions. */
export interface PlaceEntity {
  readonly kind: 'place';
  readonly placeKind: 'geography' | 'group';
  readonly name: string;
  readonly regions: readonly string[];
}

/** A name that fits several models (or regions) equally well: "mini". */
export interface AmbiguousEntity {
  readonly kind: 'ambiguous';
  readonly of: 'model' | 'region';
  readonly candidates: readonly string[];
}

/**
 * A name shaped like a model's or a region's that the lexicon does not know ("gpt-4.2", "Qwen-14B",
 * "eastus3"): never read as the known name it resembles. `candidates` are what the person may have meant.
 */
export interface UnknownEntity {
  readonly kind: 'unknown';
  readonly of: 'model' | 'region';
  readonly candidates: readonly string[];
}

/** A region or cloud outside Azure's public cloud (Azure Government, Azure China): not in the documents. */
export interface OutsideEntity {
  readonly kind: 'outside';
  readonly cloud: string;
  /** The region's display name, or null when the cloud itself was named. */
  readonly region: string | null;
}

export type Entity = ModelEntity | RegionEntity | PlaceEntity | AmbiguousEntity | UnknownEntity | OutsideEntity;

export function entityIdentity(e: Entity): string {
  switch (e.kind) {
    case 'model':
      return `m:${e.id}`;
    case 'region':
      return `r:${e.name}`;
    case 'place':
      return `p:${e.placeKind}:${e.name}`;
    case 'ambiguous':
      return `a:${e.of}:${e.candidates.join(',')}`;
    case 'unknown':
      return `u:${e.of}:${e.candidates.join(',')}`;
    case 'outside':
      return `o:${e.cloud}:${e.region ?? ''}`;
  }
}
