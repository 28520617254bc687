// A Question is what someone asked, as data: the output of `understand`, the input of `answer`.
import type { TierId } from './catalog/schema';

export const INTENTS = [
  'check', 'model', 'region', 'list-models', 'list-regions', 'filter', 'compare', 'clarify', 'help', 'unknown',
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
export type AskedFact = 'trainingContext' | 'trainingData' | 'input' | 'output' | 'limits' | 'preview' | 'tiers' | 'versions' | 'modality';

export type Filter = 'vision' | 'developer' | 'preview' | 'global' | 'standard' | 'datazone';

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
  /** A tier the question is limited to ("with data residency" is standard). */
  tier: TierId | null;
  /** "with images", "vision": the person wants to fine-tune with image input. */
  modality: 'vision' | null;
  filter: Filter | null;
  clarify: Clarification | null;
  /** A topic the document does not cover (prices, quota, training methods, how to start a job). */
  offTopic: string | null;
  /**
   * A region or cloud outside Azure's public cloud that the question named ("US Gov Virginia", "Azure
   * China"): the documents do not cover it, so no verdict is given for it.
   */
  outside: { said: string; cloud: string; region: string | null } | null;
  /** The model fact asked for ("training context of gpt-4o?"), or null for the model as a whole. */
  asks: AskedFact | null;
  /** True when memory filled in what the text left out. */
  followUp: boolean;
}

/**
 * What is kept of a question for follow-ups: what it was about, never the words typed (people's words do
 * not belong in stored state). Place, tier and modality are kept only when the question had them: stored
 * state is read, hashed and written on every turn, so it is kept small.
 */
export type Remembered = Pick<Question, 'intent' | 'models' | 'regions'> & Partial<Pick<Question, 'place' | 'tier' | 'modality'>>;

/** What `understand` may be given: the last question of the same conversation and user. */
export interface Memory {
  question: Remembered;
  /** Epoch milliseconds when it was asked. */
  at: number;
}
