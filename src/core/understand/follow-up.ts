// Follow-ups: "what about Sweden Central?", "and gpt-4.1?", "with data residency?" fill in what they leave
// out from the last question of the same conversation and user.
import type { TierId } from '../catalog/schema';
import { INTENTS, type Intent, type Memory, type ModelRef, type Question, type Remembered } from '../question';
import type { Reading } from './intent';

/** How long a question continues a conversation unless the bot is configured otherwise (MEMORY_MINUTES). */
export const DEFAULT_MEMORY_MINUTES = 30;
/** Memory older than this is ignored. */
export const MEMORY_TTL_MS = DEFAULT_MEMORY_MINUTES * 60 * 1000;
/** Clock skew tolerated for memory stamped slightly in the future. */
const MEMORY_SKEW_MS = 5 * 60 * 1000;

const INTENT_SET: ReadonlySet<string> = new Set(INTENTS);

/** Help and questions not understood leave the conversation's memory as it was: nothing follows from them. */
export function continuesConversation(intent: Intent): boolean {
  return intent !== 'help' && intent !== 'unknown';
}

/** What to keep after answering `q` at `now` for the next question's follow-up, or null to keep what was kept. */
export function nextMemory(q: Question, now: number): Memory | null {
  return continuesConversation(q.intent) ? { question: remember(q), at: now } : null;
}

/** What to remember of a question for its follow-ups. The words that named things (`said`) are left out. */
export function remember(q: Question): Remembered {
  const kept: Remembered = { intent: q.intent, models: q.models.map((m) => ({ ...m, said: '' })), regions: q.regions };
  if (q.place !== null) kept.place = { ...q.place, said: '' };
  if (q.tier !== null) kept.tier = q.tier;
  if (q.excludeTiers.length > 0) kept.excludeTiers = [...q.excludeTiers];
  if (q.modality !== null) kept.modality = q.modality;
  if (q.method !== null) kept.method = q.method;
  // "Which models can't be fine-tuned in X?" then "and Y?" still asks what can't.
  if (q.negated) kept.negated = true;
  return kept;
}

/** The remembered question, when there is one, it is fresh and it looks like one. */
export function usableMemory(memory: Memory | undefined, now: number, ttlMs: number = MEMORY_TTL_MS): Remembered | null {
  if (memory === undefined || memory === null || typeof memory !== 'object') return null;
  const { at, question } = memory;
  if (typeof at !== 'number' || !Number.isFinite(at) || !Number.isFinite(now)) return null;
  const age = now - at;
  if (age > ttlMs || age < -MEMORY_SKEW_MS) return null;
  if (question === null || typeof question !== 'object') return null;
  if (!INTENT_SET.has(question.intent) || !Array.isArray(question.models) || !Array.isArray(question.regions)) return null;
  return question;
}

const KEEPS_MODELS: ReadonlySet<Intent> = new Set(['check', 'model']);
const KEEPS_REGIONS: ReadonlySet<Intent> = new Set(['check', 'region', 'clarify', 'compare']);
const CONTINUES_WITH_CUE: ReadonlySet<Intent> = new Set(['check', 'model', 'region', 'compare']);

// Remembered state comes back from storage: only values a question can hold are carried on.
const TIER_IDS: ReadonlySet<string> = new Set(['standard', 'global', 'developer', 'datazone']);
const tierOr = (x: unknown): TierId | null => (typeof x === 'string' && TIER_IDS.has(x) ? (x as TierId) : null);
const tiersOr = (x: unknown): TierId[] => (Array.isArray(x) ? x.map(tierOr).filter((t): t is TierId => t !== null) : []);
const modalityOr = (x: unknown): Question['modality'] => (x === 'vision' || x === 'text' ? x : null);
const methodOr = (x: unknown): string | null => (typeof x === 'string' && x.length > 0 && x.length <= 40 ? x : null);

/** Applies memory to a question read without it. A full question or a command never uses memory. */
export function applyMemory(base: Question, r: Reading, prev: Remembered): Question {
  if (base.offTopic !== null && !(base.offTopic === 'methods' && r.cues.method !== null)) return base;
  // A command stands alone; only "compare with gpt-4.1", typed without a slash, compares with what came before.
  if (r.command !== null && !(r.command.name === 'compare' && !r.command.slash && base.models.length === 1)) return base;
  if (!continuesConversation(prev.intent)) return base;
  const c = r.cues;
  const m = base.models.length;
  const g = base.regions.length;
  if (m > 0 && g > 0) return base;
  const prevModels = prev.models.length > 0;
  const prevRegions = prev.regions.length > 0;

  // Tier (with the tiers ruled out), modality and method carry over unless the follow-up names its own.
  const ownTier = base.tier !== null || base.excludeTiers.length > 0;
  const cued = (q: Question, filled: boolean): Question => {
    const tier = ownTier ? base.tier : tierOr(prev.tier);
    const excludeTiers = ownTier ? [...base.excludeTiers] : tiersOr(prev.excludeTiers);
    const modality = base.modality ?? modalityOr(prev.modality);
    const method = base.method ?? methodOr(prev.method);
    const negated = base.negated || prev.negated === true;
    const carried =
      (!ownTier && (tier !== null || excludeTiers.length > 0)) ||
      (base.modality === null && modality !== null) ||
      (base.method === null && method !== null) ||
      negated !== base.negated;
    return { ...q, tier, excludeTiers, modality, method, negated, offTopic: null, followUp: filled || carried };
  };
  const withRegions = (q: Question): Question => ({ ...q, regions: [...prev.regions], place: prev.place ?? null });

  if (base.intent === 'clarify') {
    if (g === 0 && prevRegions && KEEPS_REGIONS.has(prev.intent)) return cued(withRegions(base), true);
    return base;
  }

  if (g > 0 && m === 0) {
    // "what can I fine-tune in Sweden Central?" asks about the region, whatever came before.
    if (c.listModels || (c.wh && c.fineTune)) return base;
    if (prevModels && KEEPS_MODELS.has(prev.intent)) {
      return cued({ ...base, intent: 'check', filters: [], models: [...prev.models] }, true);
    }
    if (prevModels && prev.intent === 'compare') {
      return cued({ ...base, intent: 'compare', filters: [], models: [...prev.models] }, true);
    }
    if (prev.intent === 'region') return cued(base, false);
    return base;
  }

  if (m > 0 && g === 0) {
    if (c.compare && prevModels && base.intent === 'model') {
      const models = dedupeModels([...prev.models, ...base.models]);
      if (models.length >= 2) return cued({ ...withRegions(base), intent: 'compare', models }, true);
    }
    // "where can I fine-tune gpt-4.1?", "limits of gpt-4.1": a question about the model itself.
    if (c.listRegions || c.aboutModel) return base;
    if (prevRegions && (prev.intent === 'check' || prev.intent === 'region' || prev.intent === 'clarify')) {
      return cued({ ...withRegions(base), intent: 'check', filters: [] }, true);
    }
    if (prev.intent === 'model') return cued(base, false);
    return base;
  }

  if (m === 0 && g === 0 && base.clarify === null) {
    const cueOnly = (ownTier || base.modality !== null || base.method !== null) && !c.listModels && !c.listRegions;
    if (cueOnly && CONTINUES_WITH_CUE.has(prev.intent)) {
      return cued({ ...base, intent: prev.intent, filters: [], models: [...prev.models], regions: [...prev.regions], place: prev.place ?? null }, true);
    }
    if (cueOnly && prev.intent === 'list-regions') return cued({ ...base, intent: 'list-regions', filters: [] }, true);
    // "which models can I fine-tune there?"
    if (c.pronounPlace && (c.listModels || c.fineTune) && prevRegions) {
      return cued({ ...withRegions(base), intent: 'region', filters: [] }, true);
    }
    // "where can I fine-tune it?"
    if (c.pronounThing && (c.listRegions || c.aboutModel) && prevModels) {
      return cued({ ...base, intent: 'model', filters: [], models: [...prev.models] }, true);
    }
  }
  return base;
}

export function dedupeModels(models: readonly ModelRef[]): ModelRef[] {
  const out: ModelRef[] = [];
  for (const m of models) {
    const i = out.findIndex((x) => x.id === m.id);
    if (i < 0) out.push(m);
    else if ((out[i] as ModelRef).version === null && m.version !== null) out[i] = { ...(out[i] as ModelRef), version: m.version };
  }
  return out;
}
