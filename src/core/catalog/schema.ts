// The catalog's schema: the one contract between the importer (which writes data/catalog.json, the current
// documents, and data/catalog-seed.json, the seed alone) and everything that reads it. Two versions, told apart by `schemaVersion`:
// 1 is one document's facts (schema-v1.ts); 2 adds several documents' facts with their provenance
// (schema-v2.ts) and keeps every version 1 field, so a reader of version 1 fields reads both.
import { z } from 'zod';
import { CatalogV1 } from './schema-v1';
import { CatalogV2 } from './schema-v2';

export * from './schema-v1';
export * from './schema-v2';

export const Catalog = z.discriminatedUnion('schemaVersion', [CatalogV1, CatalogV2]);
export type Catalog = z.infer<typeof Catalog>;
