// An Answer is data: what the bot says, decided from the catalog. Renderers (text, Adaptive Cards) only
// lay it out; they never decide facts.
import type { Limits, TierId } from '../catalog/schema';
import type { FilterCue, Intent } from '../question';

export type Verdict = 'yes' | 'no' | 'unknown';

/** A region as answers show it: always with its geography, so people who need data residency can judge. */
export interface Place {
  region: string;
  name: string;
  geography: string;
}

/** One tier's availability for one model in one region, with the reason in words. */
export interface TierRow {
  tier: TierId;
  label: string;
  status: Verdict;
  reason: string;
  /** The date of the older document a row's facts are kept from (the Standard regions of 2026-03-05), if any. */
  listedOn?: string;
}

export interface ModelFacts {
  id: string;
  /** Versions the table lists for this id. */
  versions: string[];
  /** A version the person named that the table does not list. */
  versionAsked: string | null;
  preview: boolean;
  status: string | null;
  standardRegions: Place[];
  /** Why there are no Standard regions ("Not supported"). */
  standardNote: string | null;
  global: boolean | null;
  /** Global regions for this model (exceptions applied); null when the document does not state them. */
  globalRegions: Place[] | null;
  /** Global exceptions that touch this model ("Poland Central: no 4.1-nano support"). */
  globalExceptions: string[];
  developer: boolean | null;
  dataZone: string | null;
  limits: Limits | null;
  trainingData: string | null;
  modality: string | null;
  vision: boolean | null;
  methods: string[] | null;
  footnotes: string[];
}

export interface CheckResult {
  model: string;
  place: Place;
  verdict: Verdict;
  tiers: TierRow[];
  /** Exceptions of the document that apply here ("Japan East: no vision support"). */
  exceptions: string[];
}

export interface Alternative extends Place {
  tier: 'standard' | 'global';
  /** How near it is to the region asked about. */
  nearness: 'same geography' | 'same area' | 'elsewhere';
}

export interface TierMeaning {
  tier: TierId;
  label: string;
  meaning: string;
}

export interface SourceInfo {
  title: string;
  /** The document's ms.date as ISO (YYYY-MM-DD). */
  date: string;
  url: string;
  /** The tiers fact sheet, cited when tier meanings are shown. */
  tiersSource: string;
}

/** A document an answer used: `current` is false for a fact kept from an older document that no newer one states. */
export interface SourceRef {
  title: string;
  date: string;
  url: string | null;
  current: boolean;
}

/** How a fine-tuned model can be served with one deployment option (Serverless, Managed compute, Fireworks). */
export interface DeploymentOptionFacts {
  id: string;
  label: string;
  available: boolean;
  /** Deployment type labels it offers ("Global Standard"); null when the documents do not say. */
  types: string[] | null;
  /** The legend texts that limit it, as written. */
  legends: string[];
}

/** Where a fine-tuned model can be deployed with one regional deployment type (a region table of the documents). */
export interface DeploymentRegions {
  type: string;
  label: string;
  places: Place[];
}

export interface ModelDeployment {
  model: string;
  options: DeploymentOptionFacts[];
  regions: DeploymentRegions[];
}

/** One change between the documents of two dates. */
export interface ChangeGroup {
  title: string;
  items: string[];
}

interface AnswerBase {
  intent: Intent;
  verdict: Verdict | null;
  /** The first thing anyone reads: "Yes, with Global training". */
  headline: string;
  /** One line that says who/what/where ("o4-mini in West Europe"). */
  subject: string;
  /** The one-line reason, for previews, notifications and screen readers. */
  reason: string;
  /** Model ids (catalog) and programmatic region names the question named. */
  models: string[];
  regions: string[];
  /** What the answer lists (model ids, region names or candidates), as `ask --json` reports it. */
  matches: string[];
  /** Named models that are real but not in the table. */
  notInTable: string[];
  /** Short notes to show after the facts (document notes, caveats). */
  notes: string[];
  source: SourceInfo;
  /** The documents this answer used, newest first (one for a catalog of one document). */
  sources: SourceRef[];
}

export type Answer =
  | (AnswerBase & {
      kind: 'check';
      results: CheckResult[];
      facts: ModelFacts[];
      alternatives: Alternative[];
      meanings: TierMeaning[];
    })
  | (AnswerBase & { kind: 'model'; facts: ModelFacts[]; meanings: TierMeaning[] })
  | (AnswerBase & {
      kind: 'region';
      places: RegionTraining[];
      meanings: TierMeaning[];
    })
  | (AnswerBase & { kind: 'list-models'; facts: ModelFacts[] })
  | (AnswerBase & { kind: 'list-regions'; regionsList: RegionSummary[] })
  | (AnswerBase & {
      kind: 'filter';
      /** The filters in words: "vision", "preview and not developer". */
      filter: string;
      filters: FilterCue[];
      facts: ModelFacts[];
    })
  | (AnswerBase & { kind: 'compare'; facts: ModelFacts[] })
  | (AnswerBase & { kind: 'deploy'; deployments: ModelDeployment[] })
  | (AnswerBase & { kind: 'changes'; since: string; changes: ChangeGroup[] })
  | (AnswerBase & { kind: 'clarify'; said: string; about: 'model' | 'region'; candidates: { id: string; label: string; ask: string }[] })
  | (AnswerBase & { kind: 'help'; examples: string[] })
  | (AnswerBase & { kind: 'unknown'; examples: string[] });

export interface RegionTraining {
  place: Place;
  /** Models with this region among their Standard regions. */
  standard: string[];
  /** Models trainable here with Global training (exceptions applied); null when the Global list is not stated. */
  global: string[] | null;
  /** Models with a Developer tier (the document lists no regions for it). */
  developer: string[];
  exceptions: string[];
}

export interface RegionSummary extends Place {
  standard: string[];
  global: boolean;
  exceptions: string[];
}
