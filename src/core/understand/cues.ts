// Cues: the words around the names that say what kind of question it is (a tier, images, a list, a
// comparison, a topic the document does not cover). Read only from tokens no name has claimed.
import type { TierId } from '../catalog/schema';
import type { Token } from './normalise';

export type OffTopic = 'pricing' | 'quota' | 'methods' | 'how-to';

export interface Cues {
  tier: TierId | null;
  modality: 'vision' | null;
  /** "in preview", "preview models". */
  preview: boolean;
  offTopic: OffTopic | null;
  /** compare, vs, versus, difference, better. */
  compare: boolean;
  /** A greeting or a question about the bot itself. */
  help: boolean;
  /** Asks for models: "models", "which model", "what can I fine-tune". */
  listModels: boolean;
  /** Asks for places: "regions", "where", "locations". */
  listRegions: boolean;
  /** Asks about a model's own facts: "tell me about", "limits", "details". */
  aboutModel: boolean;
  /** what / which. */
  wh: boolean;
  /** fine-tune, train. */
  fineTune: boolean;
  /** "it", "that", "this", "them": stands for something said before. */
  pronounThing: boolean;
  /** "there", "here". */
  pronounPlace: boolean;
}

const enum W {
  None = 0,
  Standard,
  Global,
  Developer,
  Vision,
  Preview,
  Pricing,
  Quota,
  Methods,
  HowTo,
  Compare,
  Help,
  Models,
  Regions,
  About,
  FineTune,
  Wh,
  Thing,
  Place,
  DataZone,
}

const NEGATIONS: ReadonlySet<string> = new Set(['without', 'no', 'not', 'dont', 'non', 'except', 'excluding']);

const WORDS: ReadonlyMap<string, W> = (() => {
  const m = new Map<string, W>();
  const put = (w: W, words: string): void => {
    for (const word of words.split(/\s+/)) if (word !== '') m.set(word, w);
  };
  put(W.Standard, 'standard regional regionally residency resident');
  put(W.Global, 'global globally globalstandard');
  put(W.Developer, 'developer developers developertier');
  put(W.DataZone, 'datazone datazones');
  put(W.Vision, 'vision image images imagery visual multimodal picture pictures photo photos screenshots');
  put(W.Preview, 'preview previews beta');
  put(W.Pricing, 'price prices pricing priced cost costs costly cheap cheaper cheapest expensive billing billed bill fee fees charge charges charged dollar dollars usd eur euro euros spend spending budget');
  put(W.Quota, 'quota quotas tpm rpm throttle throttled throttling ratelimit concurrent');
  put(W.Methods, 'hyperparameter hyperparameters hyperparams epoch epochs lora qlora peft dpo sft rft reinforcement supervised distillation distill grader graders method methods technique techniques');
  put(W.HowTo, 'deploy deploying deployed deployment deployments submit submitting upload uploading jsonl format formatting api apis sdk cli tutorial tutorials walkthrough steps setup configure portal studio');
  put(W.Compare, 'compare compared comparing comparison versus vs difference differences differ different better');
  put(W.Help, 'help hi hello hey hiya howdy yo greetings commands usage menu');
  put(W.Models, 'models tunable finetunable');
  put(W.Regions, 'regions where locations datacenters');
  put(W.About, 'limits limit tokens context info information details detail describe explain');
  put(W.FineTune, 'fine finetune finetunes finetuned finetuning tune tuned tuning train trains trained training');
  put(W.Wh, 'what which whats');
  put(W.Thing, 'it that this them those');
  put(W.Place, 'there here');
  return m;
})();

/** A word that is a cue, so never part of a misspelt name. */
export function isCueWord(t: string): boolean {
  return WORDS.has(t);
}

const MONEY_RE = /[$€£]\s?\d|\d\s?[$€£]/;

const HOW_TO_VERBS = new Set(['start', 'begin', 'create', 'make', 'launch', 'run', 'prepare', 'build', 'cancel', 'monitor', 'kick', 'schedule']);

/** Reads the cues from the tokens that `claimed` does not mark as part of a name. */
export function readCues(text: string, tokens: readonly Token[], claimed: Uint8Array): Cues {
  const c: Cues = {
    tier: null,
    modality: null,
    preview: false,
    offTopic: null,
    compare: false,
    help: false,
    listModels: false,
    listRegions: false,
    aboutModel: false,
    wh: false,
    fineTune: false,
    pronounThing: false,
    pronounPlace: false,
  };
  const setTier = (t: TierId): void => {
    if (c.tier === null) c.tier = t;
  };
  const setOff = (o: OffTopic): void => {
    if (c.offTopic === null) c.offTopic = o;
  };
  const n = tokens.length;
  for (let i = 0; i < n; i++) {
    if (claimed[i] === 1) continue;
    const tok = tokens[i] as Token;
    const t = tok.t;
    const prev = i > 0 ? (tokens[i - 1] as Token).t : '';
    const next = i + 1 < n ? (tokens[i + 1] as Token).t : '';
    // "without data residency", "no images", "not vision": the cue is negated.
    const negated = [prev, i > 1 ? (tokens[i - 2] as Token).t : ''].some((w) => NEGATIONS.has(w));
    switch (WORDS.get(t) ?? W.None) {
      case W.Standard:
        // "Global Standard" is Azure's API name for Global training.
        if (t === 'standard' && prev === 'global') break;
        // Without data residency, only Global training is left (Developer has no listed regions).
        if (!negated) setTier('standard');
        else if (t === 'residency' || t === 'resident') setTier('global');
        break;
      case W.Global:
        setTier('global');
        break;
      case W.Developer:
        setTier('developer');
        break;
      case W.DataZone:
        setTier('datazone');
        break;
      case W.Vision:
        // "without images" is text-only training: no modality cue.
        if (!negated) c.modality = 'vision';
        break;
      case W.Preview:
        c.preview = true;
        break;
      case W.Pricing:
        setOff('pricing');
        break;
      case W.Quota:
        setOff('quota');
        break;
      case W.Methods:
        setOff('methods');
        break;
      case W.HowTo:
        setOff('how-to');
        break;
      case W.Compare:
        c.compare = true;
        break;
      case W.Help:
        c.help = true;
        break;
      case W.Models:
        c.listModels = true;
        break;
      case W.Regions:
        c.listRegions = true;
        break;
      case W.About:
        c.aboutModel = true;
        break;
      case W.FineTune:
        c.fineTune = true;
        break;
      case W.Wh:
        c.wh = true;
        break;
      case W.Thing:
        c.pronounThing = true;
        break;
      case W.Place:
        c.pronounPlace = true;
        break;
      case W.None:
        break;
    }
    // Two-word cues.
    switch (t) {
      case 'in':
        if (next === 'region' && (tokens[i + 1] as Token).gap === '-') setTier('standard');
        break;
      case 'dev':
        if (next === 'tier' || next === 'tiers') setTier('developer');
        break;
      case 'data':
        if (next === 'zone' || next === 'zones') setTier('datazone');
        break;
      case 'how':
        if (next === 'much') setOff('pricing');
        else if (next === 'many' && tokens.slice(i + 2, i + 5).some((x) => x.t === 'jobs' || x.t === 'job')) setOff('quota');
        else if (next === 'does' || next === 'do') {
          const rest = tokens.slice(i + 2, i + 5).map((x) => x.t).join(' ');
          if (rest.startsWith('this work') || rest.startsWith('you work') || rest.startsWith('it work')) c.help = true;
        }
        for (let k = i + 1; k < Math.min(n, i + 7); k++) {
          const w = (tokens[k] as Token).t;
          if (HOW_TO_VERBS.has(w) || w === 'job' || w === 'jobs') {
            setOff('how-to');
            break;
          }
        }
        break;
      case 'rate':
        if (next === 'limit' || next === 'limits') setOff('quota');
        break;
      case 'learning':
        if (next === 'rate') setOff('methods');
        break;
      case 'batch':
        if (next === 'size') setOff('methods');
        break;
      case 'set':
        if (next === 'up') setOff('how-to');
        break;
      case 'model':
      case 'region':
      case 'location':
        if (prev === 'which' || prev === 'what' || prev === 'whats' || prev === 'any' || prev === 'every' || prev === 'each') {
          if (t === 'model') c.listModels = true;
          else c.listRegions = true;
        }
        break;
      case 'list': {
        // "list regions", "list fine-tuning regions": the thing listed may come a few words later.
        const ahead = tokens.slice(i + 1, i + 4).map((x) => x.t);
        if (ahead.some((w) => w === 'regions' || w === 'region' || w === 'locations')) c.listRegions = true;
        else c.listModels = true;
        break;
      }
      case 'about':
        if (prev === 'me' || prev === 'tell' || prev === 'know' || prev === 'more' || prev === 'info') c.aboutModel = true;
        break;
      case 'you':
        // "what can you do", "what do you do", "who are you", "what are you".
        if ((prev === 'can' || prev === 'do' || prev === 'are') && (next === 'do' || next === '' || next === 'help')) {
          if (tokens.slice(Math.max(0, i - 3), i).some((x) => x.t === 'what' || x.t === 'who' || x.t === 'how')) c.help = true;
        }
        break;
      case 'good':
        if (next === 'morning' || next === 'afternoon' || next === 'evening') c.help = true;
        break;
      default:
        break;
    }
  }
  if (c.offTopic === null && MONEY_RE.test(text)) c.offTopic = 'pricing';
  return c;
}
