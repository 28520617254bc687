// The catalog's first schema (schemaVersion 1): one document's facts, as data/catalog.json ships them. Every
// reader of the catalog reads these fields; schemaVersion 2 (schema-v2.ts) keeps them all and adds to them.
// Types are derived from the schema so the two cannot drift apart.
import { z } from 'zod';

/** Azure programmatic region name, e.g. `eastus2`. */
export const RegionId = z.string().regex(/^[a-z0-9]+$/);

/** The training tiers a document can name. The catalog carries only the ones its document names. */
export const TierId = z.enum(['standard', 'global', 'developer', 'datazone']);
export type TierId = z.infer<typeof TierId>;

/** A tri-state flag as the table writes it: ✅ (true), ❌ or - (false), or no such column (null). */
const Flag = z.boolean().nullable();

export const Limits = z.object({
  /** Max request input tokens (or the single "Max request" figure of older layouts). */
  input: z.number().int().positive().nullable(),
  output: z.number().int().positive().nullable(),
  /** Most tokens one training example may hold. */
  trainingContext: z.number().int().positive().nullable(),
  /** The cell as the document writes it, `<br>` turned into "; ". */
  raw: z.string(),
});
export type Limits = z.infer<typeof Limits>;

export const Model = z.object({
  /** The id as the table writes it, e.g. `gpt-4o-mini`, `Ministral-3B`. Several rows may share an id. */
  id: z.string().min(1),
  /** The version in parentheses, e.g. `2024-07-18`, `0613`, `2411`; null when the row gives none. */
  version: z.string().nullable(),
  /** Marked "(preview)" in the model cell, or a footnote/status saying preview. */
  preview: z.boolean(),
  /** Footnote texts attached to the row by `<sup>` marks. */
  footnotes: z.array(z.string()),
  /** Regions for Standard (regional) training; empty with `standardNote` when the table says e.g. "Not supported". */
  standardRegions: z.array(RegionId),
  standardNote: z.string().nullable(),
  /** Marked for Global training; null when the document has no Global column. */
  global: Flag,
  /** Marked for the Developer tier; null when the document has no Developer column. */
  developer: Flag,
  /** The Data Zone cell (e.g. "US"); null when absent or not supported. */
  dataZone: z.string().nullable(),
  limits: Limits.nullable(),
  /** "Training data (up to)", e.g. "Oct 2023"; null when absent or "Unknown". */
  trainingData: z.string().nullable(),
  /** Modality as written ("Text and vision to text"); null when the document has no Modality column. */
  modality: z.string().nullable(),
  /** True when the modality takes vision input; null when the document does not say. */
  vision: z.boolean().nullable(),
  methods: z.array(z.string()).nullable(),
  status: z.string().nullable(),
});
export type Model = z.infer<typeof Model>;

/** An exception attached to a Global training region, e.g. Japan East "(no vision support)". */
export const GlobalException = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('no-vision'), text: z.string() }),
  z.object({ kind: z.literal('no-model'), model: z.string(), text: z.string() }),
]);
export type GlobalException = z.infer<typeof GlobalException>;

export const GlobalRegion = z.object({
  region: RegionId,
  /** The name as the document writes it ("East US2"). */
  name: z.string(),
  exceptions: z.array(GlobalException),
});
export type GlobalRegion = z.infer<typeof GlobalRegion>;

export const GlobalRegions = z.discriminatedUnion('stated', [
  z.object({ stated: z.literal(true), regions: z.array(GlobalRegion).min(1), source: z.string() }),
  /** The document marks models Global but lists no Global regions (newer layouts moved the list). */
  z.object({ stated: z.literal(false), regions: z.array(GlobalRegion).length(0) }),
]);
export type GlobalRegions = z.infer<typeof GlobalRegions>;

/** What a tier means, from the tiers fact sheet (data/source/training-tiers.md). */
export const TierFact = z.object({
  tier: TierId,
  label: z.string(),
  meaning: z.string(),
  sources: z.string(),
});
export type TierFact = z.infer<typeof TierFact>;

export const SourceDoc = z.object({
  title: z.string().min(1),
  /** ms.date as an ISO date (the document writes month/day/year). */
  date: z.string().regex(/^\d{4}-\d{2}-\d{2}$/),
  /** ms.date exactly as written, e.g. "02/06/2025". */
  dateRaw: z.string(),
  /** The Learn page that shows the document. */
  url: z.url(),
  /** The file it was imported from, relative to the project. */
  file: z.string(),
});
export type SourceDoc = z.infer<typeof SourceDoc>;

export const CatalogV1 = z.object({
  schemaVersion: z.literal(1),
  source: SourceDoc,
  /** The tiers the document names (columns or notes present), in the order the document gives them. */
  tiers: z.array(TierId).min(1),
  models: z.array(Model).min(1),
  globalRegions: GlobalRegions,
  /** Notes from the document that belong in answers (e.g. regions may differ inside a Foundry project). */
  notes: z.array(z.string()),
  tierFacts: z.object({ source: z.string(), facts: z.array(TierFact) }),
});
export type CatalogV1 = z.infer<typeof CatalogV1>;
