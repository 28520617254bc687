// A Question is what someone asked, as data: the output of `understand`, the input of `answer`.
import type { TierId } from './catalog/schema';

export const INTENTS = [
  'check',
  'model',
  'region',
  'list-models',
  'list-regions',
  'filter',
  'compare',
  'deploy',
  'changes',
  'clarify',
  'help',
  'unknown',
] as const;
export type Intent = (typeof INTENTS)[number];

/** A model named in the question. */
export interface ModelRef {
  /** Canonical id: the catalog's id as the table writes it (`gpt-4o-mini`), or the known-models id. */
  id: string;
  /** `catalog` when the table lists it; `other` for a real model the table does not list (gpt-4, o3-mini). */
  source: 'catalog' | 'other';
  /** A version the person named (`2024-05-13`), if any. */
  version: string | null;
  /** The words in the text that named it. */
  said: string;
  /** An old name of the model that the text used ("Qwen-32B" for Qwen3-32B), so the answer can say it was renamed. */
  renamedFrom?: string;
}

/** A place named by a country or area rather than a region ("Germany", "in Europe", "in the US"). */
export interface PlaceRef {
  kind: 'geography' | 'group';
  /** The data's name for it ("Germany", "Europe", "United States"). */
  name: string;
  /** Every region in that place. */
  regions: string[];
  said: string;
}

/** One of a model's facts that a question asks for, so the answer leads with it. */
export type AskedFact = 'trainingContext' | 'trainingData' | 'input' | 'output' | 'limits' | 'preview' | 'tiers' | 'versions' | 'modality' | 'methods';

export type Filter = 'vision' | 'developer' | 'preview' | 'global' | 'standard' | 'datazone' | MethodId | 'interactive';

/** The managed fine-tuning methods the documents name (fine-tune-supported-models.md), lower case. */
export const METHOD_IDS = ['sft', 'dpo', 'rft'] as const;
export type MethodId = (typeof METHOD_IDS)[number];

/** A method as the cues name it ("DPO", "reinforcement fine-tuning") as the documents' id, if it is one of theirs. */
export function methodId(name: string | null): MethodId | null {
  const m = name?.toLowerCase() ?? '';
  if ((METHOD_IDS as readonly string[]).includes(m)) return m as MethodId;
  if (m.startsWith('reinforcement')) return 'rft';
  if (m.startsWith('supervised')) return 'sft';
  if (m.startsWith('preference') || m.startsWith('direct preference')) return 'dpo';
  return null;
}

/**
 * How a fine-tuned model is served, as a question about deployment names it: a deployment type of the
 * overview ("Provisioned Throughput", "Global Standard") as a slug, and/or a deployment option ("Serverless").
 */
export interface DeploymentAsked {
  /** `standard`, `provisioned-throughput`, `global-standard`, `data-zone-standard`, `developer`, `global-provisioned`; null when none named. */
  type: string | null;
  /** `serverless`, `managed-compute`, `fireworks`; null when none named. */
  option: string | null;
}

/** One property a "which models ..." question asks for; `negated` asks for the models without it ("lack a Developer tier"). */
export interface FilterCue {
  filter: Filter;
  negated: boolean;
}

/** Topics the document does not cover. */
export type OffTopic = 'pricing' | 'quota' | 'methods' | 'how-to';

/**
 * What to ask back when a name fits several things equally well ("mini"), or names a model or region the
 * bot does not know ("gpt-4.2"): never answered as one of the candidates until the person picks one.
 */
export interface Clarification {
  kind: 'model' | 'region';
  said: string;
  /** Canonical ids (models) or programmatic names (regions). */
  candidates: string[];
  /** True when `said` names nothing known (the candidates are what it resembles), not several things. */
  unknown?: boolean;
}

export interface Question {
  intent: Intent;
  /** The text as understood (trimmed, mention-free, bounded in length). */
  text: string;
  models: ModelRef[];
  /** Programmatic region names, in the order named; a place's regions are included. */
  regions: string[];
  place: PlaceRef | null;
  /**
   * A tier the question is limited to ("with data residency" is standard). Ruling tiers out can leave one:
   * "without data residency" and "excluding Standard" are Global, "not Global" is Standard.
   */
  tier: TierId | null;
  /** Tiers the question rules out ("excluding Global", "except Developer"): never counted for its answer. */
  excludeTiers: TierId[];
  /**
   * "with images", "vision": the person wants to fine-tune with image input; "text only", "no images
   * involved": with text-only data (said, so that no answer assumes images).
   */
  modality: 'vision' | 'text' | null;
  /**
   * What a "which models ..." question asks for: every property it names, all at once ("preview models with
   * a Developer tier"), each negated or not ("which models lack a Developer tier"). Region and region-list
   * questions keep only preview here (their tiers and images are `tier`, `excludeTiers` and `modality`).
   */
  filters: FilterCue[];
  /**
   * Asked in the negative: "can gpt-4o NOT be fine-tuned in X?", "which models can't be fine-tuned in X?".
   * A region answer then lists what can't; a check states the fact in words, never a bare "Yes"/"No".
   */
  negated: boolean;
  /**
   * A training method named as part of what is asked ("can I use DPO on gpt-4o in X?"), as typed in capitals.
   * The document states no methods, so such a check is "not stated", never a fine-tuning "Yes".
   */
  method: string | null;
  clarify: Clarification | null;
  /** The topic, when the document does not cover what is asked (prices, quota, methods, how to start a job). */
  offTopic: OffTopic | null;
  /** A part of the message the document does not cover, when the rest of it was answerable and answered. */
  aside: OffTopic | null;
  /**
   * A region or cloud outside Azure's public cloud that the question named ("US Gov Virginia", "Azure
   * China"): the documents do not cover it, so no verdict is given for it.
   */
  outside: { said: string; cloud: string; region: string | null } | null;
  /** How the question asks to deploy a fine-tuned model (intent `deploy`); null for any other question. */
  deployment: DeploymentAsked | null;
  /**
   * "What changed since March?": the date asked from, "YYYY-MM-01" for a month with its year, "--MM" (ISO 8601's
   * month without a year) for a month alone; null for "lately".
   */
  since: string | null;
  /** The model fact asked for ("training context of gpt-4o?"), or null for the model as a whole. */
  asks: AskedFact | null;
  /** True when memory filled in what the text left out. */
  followUp: boolean;
}

/**
 * What is kept of a question for follow-ups: what it was about, never the words typed (people's words do
 * not belong in stored state). Place, tier, excluded tiers, modality, method and a negative asking are kept
 * only when the question had them: stored state is read, hashed and written on every turn, so it is kept small.
 */
export type Remembered = Pick<Question, 'intent' | 'models' | 'regions'> &
  Partial<Pick<Question, 'place' | 'tier' | 'excludeTiers' | 'modality' | 'method' | 'negated'>>;

/** What `understand` may be given: the last question of the same conversation and user. */
export interface Memory {
  question: Remembered;
  /** Epoch milliseconds when it was asked. */
  at: number;
}

/** The ids of the catalog models a question names (not the real models the table does not list). */
export function catalogModelIds(q: Pick<Question, 'models'>): string[] {
  return q.models.filter((m) => m.source === 'catalog').map((m) => m.id);
}
