// The catalog's second schema (schemaVersion 2): a catalog built from several of Microsoft's documents at once,
// each fact with the document and date it came from. It keeps every schemaVersion 1 field, filled from the
// merged facts, so every reader of a version 1 catalog reads a version 2 catalog unchanged; what it adds is
// `sources`, per-model `facts` and the catalog-level facts below.
//
// The documents since Microsoft's 2026 redesign (MicrosoftDocs/azure-ai-docs, October 2026):
//  - `articles/foundry/includes/fine-tune-supported-models.md`: per model the approach (managed methods,
//    interactive training), the four training types and the deployment options, with legend footnotes;
//  - `articles/foundry/openai/includes/fine-tune-global-training-regions.md`: the Global training regions,
//    with footnotes that exclude models (or vision) per region;
//  - `articles/foundry/includes/fine-tune-{standard,provisioned-throughput}-deployment-regions.md`: where a
//    fine-tuned model can be deployed with those deployment types;
//  - `articles/foundry/fine-tuning/overview.md`: what the training types, methods, deployment options and
//    deployment types mean.
// Older layouts of the one model table (2024 to 03/2026) state other facts, e.g. Standard training regions.
//
// A fact is `{ value, from }`; a fact no document states is `null`, never a guess.
import { z } from 'zod';
import { CatalogV1, Limits, Model, RegionId, TierId } from './schema-v1';

const IsoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);

/** A name the documents use, as an id: "Provisioned Throughput" is `provisioned-throughput`. */
export const Slug = z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);

/** What a document is, recognised from its content (its tables' headers, its front matter), never its file name. */
export const SourceKind = z.enum([
  /** One of the layouts of the single model table (2024 to 03/2026): regions, tiers, limits per model. */
  'model-table',
  /** The supported-models table of 10/2026: approach, training types, deployment options per model. */
  'supported-models',
  /** The Global training regions table: regions × managed fine-tuning / interactive training. */
  'global-training-regions',
  /** A deployment region table: models × regions for one deployment type (Standard, Provisioned Throughput). */
  'deployment-regions',
  /** The overview page: what training types, methods, deployment options and deployment types mean. */
  'overview',
]);
export type SourceKind = z.infer<typeof SourceKind>;

export const Source = z.object({
  kind: SourceKind,
  title: z.string().min(1),
  /** ms.date as an ISO date: the document's date, which decides which document is newer. */
  date: IsoDate,
  /** ms.date exactly as written, e.g. "10/06/2026". */
  dateRaw: z.string(),
  /** The file it was imported from, relative to the project. */
  file: z.string(),
  /** Where the document is published; null when the importer was not told (data/source/source.json). */
  url: z.url().nullable(),
  /** For a deployment region table: the deployment type it lists (`standard`, `provisioned-throughput`). */
  deploymentType: Slug.nullable(),
});
export type Source = z.infer<typeof Source>;

/**
 * Where a fact came from. `stated` is 'current' when the document is the newest given on its subject (the model
 * table, the Global regions, one deployment type's regions, the meanings); 'no-longer-stated' when a newer
 * document on that subject no longer says it and the fact is kept from this older one (e.g. the Standard
 * training regions, last listed on 03/05/2026).
 */
export const Provenance = z.object({
  /** Index into `sources`. */
  doc: z.number().int().nonnegative(),
  /** The document's date, repeated from `sources[doc]` so a reader can say "as of" without a lookup. */
  date: IsoDate,
  stated: z.enum(['current', 'no-longer-stated']),
});
export type Provenance = z.infer<typeof Provenance>;

/** A stated fact: its value and where it came from. */
export const fact = <T extends z.ZodType>(value: T) => z.object({ value, from: Provenance });
export interface Fact<T> {
  readonly value: T;
  readonly from: Provenance;
}

/** A fact, or null when no document given states it. */
const maybe = <T extends z.ZodType>(value: T) => fact(value).nullable();

/** What a legend footnote does to a deployment option (fine-tune-supported-models.md, "Legend"). */
export const DeploymentOption = z.object({
  /** ✅ or ❌ in the "Deployment options" cell. */
  available: z.boolean(),
  /** "Only Provisioned Throughput deployment type is supported": only these types; null when no legend limits them. */
  only: z.array(Slug).nullable(),
  /** "Developer deployment type is not supported": these types are not offered. */
  excluded: z.array(Slug),
  /** The legend texts attached to the option, as written. */
  legends: z.array(z.string()),
});
export type DeploymentOption = z.infer<typeof DeploymentOption>;

/** A restriction on who may use a model, e.g. "GPT-5 reinforcement fine-tuning requires an invitation". */
export const AccessRestriction = z.object({
  kind: z.literal('invitation-only'),
  /**
   * The methods it applies to (["RFT"]), found by the overview's method names ("Reinforcement fine-tuning (RFT)")
   * or acronyms in the text; null when the importer could not tell (no overview given, or the text names none).
   */
  methods: z.array(z.string()).nullable(),
  text: z.string(),
});
export type AccessRestriction = z.infer<typeof AccessRestriction>;

/** How the documents say it: "requires an invitation" (10/2026), "available by invitation only" (03/2026). */
export function saysInvitationOnly(text: string): boolean {
  return /\b(?:by invitation|requires? an invitation|invitation only|invitation-only)\b/i.test(text);
}

/** An old name of a model, from the renamed-models fact sheet (data/source/model-renames.md). */
export const RenamedFrom = z.object({
  name: z.string().min(1),
  /** The newest document given that still lists the old name; null when none of them does. */
  lastListed: Provenance.nullable(),
  /** The fact sheet that records the rename, relative to the project. */
  sheet: z.string(),
});
export type RenamedFrom = z.infer<typeof RenamedFrom>;

/** Everything the documents state about one model, each fact with its provenance. */
export const StatedModelFacts = z.object({
  /** The model table that lists the model (the newest given). */
  listedIn: Provenance,
  renamedFrom: z.array(RenamedFrom),
  /** "(preview)" in the model cell (or a preview footnote); `status` is a Status column's word ("GA"), if any. */
  preview: fact(z.object({ preview: z.boolean(), status: z.string().nullable() })),
  /** Managed fine-tuning: "Managed: ✅" / "Managed: ❌" in the Approach cell. */
  managed: maybe(z.boolean()),
  /** Managed fine-tuning methods ("SFT", "DPO", "RFT"); [] when the table marks none. */
  methods: maybe(z.array(z.string())),
  /** Interactive training (preview): "Interactive: ✅ / ❌" in the Approach cell. */
  interactive: maybe(z.boolean()),
  /** The four training types (overview.md, "Training types"); each ✅ / ❌ as the table marks it. */
  trainingTypes: z.object({ standard: maybe(z.boolean()), datazone: maybe(z.boolean()), global: maybe(z.boolean()), developer: maybe(z.boolean()) }),
  /**
   * Standard training regions, from the older model tables (the current documents list none). `note` is the
   * cell's words when it lists no region ("Not supported").
   */
  standardRegions: maybe(z.object({ regions: z.array(RegionId), note: z.string().nullable() })),
  /** The Data Zone cell of the older tables ("US"). */
  dataZone: maybe(z.string()),
  /** Deployment options by id (`serverless`, `managed-compute`, `fireworks`), from the "Deployment options" cell. */
  deployment: z.record(Slug, fact(DeploymentOption)),
  /**
   * Regions where a fine-tuned model can be deployed (serverless), by deployment type, one entry per deployment
   * region table given: [] when that table does not list the model ("Only the following models support ...").
   * A deployment type without a table given is absent: unstated.
   */
  deploymentRegions: z.record(Slug, fact(z.array(RegionId))),
  /** Who may use it; [] when the model table attaches no such footnote. */
  access: fact(z.array(AccessRestriction)),
  /** Request limits, training data cutoff and modality: only the older model tables state them. */
  limits: maybe(Limits),
  trainingData: maybe(z.string()),
  modality: maybe(z.object({ modality: z.string(), vision: z.boolean() })),
  /** The footnote / legend texts attached to the model's row in the table that lists it. */
  footnotes: fact(z.array(z.string())),
});
export type StatedModelFacts = z.infer<typeof StatedModelFacts>;

export const ModelV2 = Model.extend({ facts: StatedModelFacts });
export type ModelV2 = z.infer<typeof ModelV2>;

/** One row of the Global training regions table (fine-tune-global-training-regions.md), footnotes applied as data. */
export const GlobalTrainingRegion = z.object({
  region: RegionId,
  /** The name as the document writes it ("East US 2"). */
  name: z.string(),
  /** "Managed fine-tuning" ✅ / ❌; null when the document has no such column. */
  managed: z.boolean().nullable(),
  /** "Interactive training (preview)" ✅ / ❌; null when the document has no such column (the older bulleted lists). */
  interactive: z.boolean().nullable(),
  /** Model ids a footnote excludes ("Managed fine-tuning for `gpt-4.1-nano` isn't supported in Poland Central"). */
  managedExcluded: z.array(z.string()),
  /** Model ids a footnote allows alone ("UAE North supports Global managed fine-tuning only for ..."); null when all. */
  managedOnly: z.array(z.string()).nullable(),
  interactiveExcluded: z.array(z.string()),
  interactiveOnly: z.array(z.string()).nullable(),
  /** "Vision fine-tuning isn't supported in Japan East". */
  noVision: z.boolean(),
  /** The footnote texts attached to the row, as written. */
  footnotes: z.array(z.string()),
});
export type GlobalTrainingRegion = z.infer<typeof GlobalTrainingRegion>;

/** A model an older table listed and the newest does not (e.g. gpt-35-turbo). */
export const FormerlyListed = z.object({ id: z.string(), version: z.string().nullable(), lastListed: Provenance });
export type FormerlyListed = z.infer<typeof FormerlyListed>;

/** What a name means, from the overview page (a row of one of its tables, or a bullet). */
export const Meaning = z.object({
  /** The id the other documents use for it: a TierId, a method acronym ("SFT"), a deployment option or type slug. */
  id: z.string().min(1),
  /** The name as written ("Data zone", "Supervised fine-tuning", "Fireworks on Foundry"). */
  name: z.string().min(1),
  /** Marked "(preview)". */
  preview: z.boolean(),
  description: z.string(),
});
export type Meaning = z.infer<typeof Meaning>;

export const CatalogV2 = CatalogV1.extend({
  schemaVersion: z.literal(2),
  /** The documents, newest first; provenance `doc` indexes this list. */
  sources: z.array(Source).min(1),
  models: z.array(ModelV2).min(1),
  /** The Global training regions as the newest document on them states them; null when none given does. */
  globalTrainingRegions: maybe(z.array(GlobalTrainingRegion).min(1)),
  /**
   * "For supported serverless deployments, Global Standard, Data Zone Standard, and Developer are available
   * unless a legend states otherwise" (fine-tune-supported-models.md): the serverless deployment types.
   */
  serverlessDeploymentTypes: maybe(z.array(Slug)),
  /** "Only the US data zone is currently supported" (overview.md), for training and for deployment. */
  dataZones: z.object({ training: maybe(z.array(z.string())), deployment: maybe(z.array(z.string())) }),
  /** What the terms mean (overview.md). `trainingTypes` ids are TierIds. */
  meanings: z.object({
    trainingTypes: maybe(z.array(Meaning.extend({ id: TierId }))),
    methods: maybe(z.array(Meaning)),
    deploymentOptions: maybe(z.array(Meaning)),
    deploymentTypes: maybe(z.array(Meaning.extend({ id: Slug }))),
  }),
  formerlyListed: z.array(FormerlyListed),
  /** `notes` with their provenance. */
  statedNotes: z.array(z.object({ text: z.string(), from: Provenance })),
});
export type CatalogV2 = z.infer<typeof CatalogV2>;
