// Follow-ups: "what about Sweden Central?", "and gpt-4.1?", "with data residency?" fill in what they leave
// out from the last question of the same conversation and user.
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
  if (q.modality !== null) kept.modality = q.modality;
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

/** Applies memory to a question read without it. A full question or a command never uses memory. */
export function applyMemory(base: Question, r: Reading, prev: Remembered): Question {
  if (r.cues.offTopic !== null) return base;
  // A command stands alone; only "compare with gpt-4.1", typed without a slash, compares with what came before.
  if (r.command !== null && !(r.command.name === 'compare' && !r.command.slash && base.models.length === 1)) return base;
  if (!continuesConversation(prev.intent)) return base;
  const c = r.cues;
  const m = base.models.length;
  const g = base.regions.length;
  if (m > 0 && g > 0) return base;
  const prevModels = prev.models.length > 0;
  const prevRegions = prev.regions.length > 0;

  // Tier and modality carry over unless the follow-up names its own.
  const cued = (q: Question, filled: boolean): Question => {
    const tier = c.tier ?? prev.tier ?? null;
    const modality = c.modality ?? prev.modality ?? null;
    const carried = (c.tier === null && tier !== null) || (c.modality === null && modality !== null);
    return { ...q, tier, modality, followUp: filled || carried };
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
      return cued({ ...base, intent: 'check', filter: null, models: [...prev.models] }, true);
    }
    if (prevModels && prev.intent === 'compare') {
      return cued({ ...base, intent: 'compare', filter: null, models: [...prev.models] }, true);
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
      return cued({ ...withRegions(base), intent: 'check', filter: null }, true);
    }
    if (prev.intent === 'model') return cued(base, false);
    return base;
  }

  if (m === 0 && g === 0 && base.clarify === null) {
    const cueOnly = (c.tier !== null || c.modality !== null) && !c.listModels && !c.listRegions;
    if (cueOnly && CONTINUES_WITH_CUE.has(prev.intent)) {
      return cued({ ...base, intent: prev.intent, filter: null, models: [...prev.models], regions: [...prev.regions], place: prev.place ?? null }, true);
    }
    if (cueOnly && prev.intent === 'list-regions') return cued({ ...base, intent: 'list-regions', filter: null }, true);
    // "which models can I fine-tune there?"
    if (c.pronounPlace && (c.listModels || c.fineTune) && prevRegions) {
      return cued({ ...withRegions(base), intent: 'region', filter: null }, true);
    }
    // "where can I fine-tune it?"
    if (c.pronounThing && (c.listRegions || c.aboutModel) && prevModels) {
      return cued({ ...base, intent: 'model', filter: null, models: [...prev.models] }, true);
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
