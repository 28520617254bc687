// Cue words: the words around the names that say what kind of question it is, each with its kind, and the
// misspelt ones read as the word they are a typo of.
import { allowedEdits, editDistance } from './fuzzy';
import { isBreakWord } from './words';

/** Kinds of cue word; words of one kind are the same cue. */
export enum W {
  None = 0,
  Standard,
  Global,
  Developer,
  Vision,
  Preview,
  Pricing,
  Quota,
  /** A training method by name: DPO, SFT, LoRA. */
  Method,
  /** Training settings: hyperparameters, epochs, graders. */
  Methods,
  /** How-to verbs: deploy, upload, submit. */
  HowToVerb,
  /** How-to things: deployment, portal, endpoint, API, SDK. */
  HowTo,
  Compare,
  Help,
  Models,
  Regions,
  About,
  FineTune,
  /** Words that ask whether something can be had: available, possible, supported. */
  Available,
  Wh,
  Thing,
  Place,
  DataZone,
}

export const WORDS: ReadonlyMap<string, W> = (() => {
  const m = new Map<string, W>();
  const put = (w: W, words: string): void => {
    for (const word of words.split(/\s+/)) if (word !== '') m.set(word, w);
  };
  put(W.Standard, 'standard regional regionally residency resident sovereignty');
  put(W.Global, 'global globally globalstandard');
  put(W.Developer, 'developer developers developertier');
  put(W.DataZone, 'datazone datazones');
  put(W.Vision, 'vision image images imagery visual multimodal picture pictures photo photos screenshots');
  put(W.Preview, 'preview previews beta');
  put(
    W.Pricing,
    'price prices pricing priced cost costs costly cheap cheaper cheapest expensive billing billed bill fee fees charge charges charged dollar dollars usd eur euro euros spend spending budget',
  );
  put(W.Quota, 'quota quotas tpm rpm throttle throttled throttling ratelimit concurrent');
  put(W.Method, 'lora qlora peft dpo sft rft orpo grpo ppo kto reinforcement supervised distillation distill');
  put(W.Methods, 'hyperparameter hyperparameters hyperparams epoch epochs grader graders method methods technique techniques');
  put(W.HowToVerb, 'deploy deploying submit submitting upload uploading configure setup');
  put(
    W.HowTo,
    'deployed deployment deployments jsonl format formatting api apis sdk sdks cli tutorial tutorials walkthrough steps portal studio endpoint endpoints',
  );
  put(W.Compare, 'compare compared comparing comparison versus vs difference differences differ different better');
  put(W.Help, 'help hi hello hey hiya howdy yo greetings commands usage menu');
  put(W.Models, 'models tunable finetunable');
  put(W.Regions, 'regions where locations datacenters');
  put(W.About, 'limits limit tokens context info information details detail describe explain');
  put(W.FineTune, 'fine finetune finetunes finetuned finetuning tune tuned tuning train trains trained training');
  put(W.Available, 'available availability possible supported allowed enabled offered trainable');
  put(W.Wh, 'what which whats');
  put(W.Thing, 'it that this them those');
  put(W.Place, 'there here');
  return m;
})();

/** A word that is a cue, so never part of a misspelt name. */
export function isCueWord(t: string): boolean {
  return WORDS.has(t);
}

// ---------------------------------------------------------------------------------------------------------
// Misspelt cues. A word nobody claimed that is one typo from a cue word reads as that cue ("residncy",
// "devloper", "preveiw", "globl", "visoin"). Cue words are ordinary words with ordinary neighbours, far
// denser than among model and region names, so a cue allows one edit fewer than a name of the same length
// would (at least one), only cue words of 6 letters or more are targets, and the English words one edit
// from a cue word ("review" is not "preview", "developed" is not "developer", "modes" is not "models") are
// never read as it. That list was made by checking every cue word against an English word list of 275,000
// words; it holds the ones people type, not every rare neighbour.

/** Kinds whose words are not worth correcting: greetings, pronouns, wh-words are short and common. */
const NOT_CORRECTED: ReadonlySet<W> = new Set([W.Help, W.Wh, W.Thing, W.Place]);

const ENGLISH_NEAR_CUES: ReadonlySet<string> = new Set(
  `review reviews reviewed reviewer developed develops modes modals modems motels morels legions vocations
  presidency president presidents quotes verses turning toning tubing drained rained strained trailed trainee
  trainer trainers draining raining straining trailing grained braining brained pricking priming prizing
  priding expansive extensive supporter supporters deploring divisions division revision virion formal
  formats detain detains derail derails retail retails contents content contest contexts epochal mages imaged
  imager imagers batter bitter butter letter setter getter standards studios studious tenable unable charger
  changed changes charmed charred charted chores chased billings billion billions filling killing willing
  sending pending spanned tokened stokens locating vocation motion compere comparer companion regiment
  residence residents describer scribed escribe impossible possibly passible throstle distal distil distils
  instill supervisee supervise supervises supervisor enforcement unload reload uploader offeree offerer
  differs differed deffer defers mostly hostly cosily drainable grade graded grades grater graters trader
  traders grander graver primes primed princes prizes prized prides prided pricks pricked pries pried photon
  photons summit speeding upending unloading unavailability turnable noncurrent`
    .split(/\s+/)
    .filter(Boolean),
);

/** Whether a word is one of the English words one typo from a cue word that are never read as it. */
export function isEnglishNearCue(t: string): boolean {
  return ENGLISH_NEAR_CUES.has(t);
}

/** Cue words that a misspelling may stand for, by length, for the candidates of a typed word. */
const TYPO_TARGETS: readonly { word: string; kind: W }[] = [...WORDS]
  .filter(([w, k]) => w.length >= 6 && !NOT_CORRECTED.has(k))
  .map(([word, kind]) => ({ word, kind }));

/** The cue words a typo may stand for, each with its kind (equal kinds are the same cue). */
export function typoTargets(): readonly { word: string; kind: number }[] {
  return TYPO_TARGETS;
}

/** The kind of a cue word (a number; equal numbers are the same cue), or null for a word that is no cue. */
export function cueKindOf(word: string): number | null {
  return WORDS.get(word) ?? null;
}

export function typoBudget(length: number): number {
  return Math.max(1, allowedEdits(length) - 1);
}

/** The cue word a word nobody claimed reads as: itself, or the one cue word it is a typo of; null for neither. */
export function cueWordOf(t: string): string | null {
  if (WORDS.has(t)) return t;
  if (t.length < 5 || !/^[a-z]+$/.test(t) || isBreakWord(t) || ENGLISH_NEAR_CUES.has(t)) return null;
  const budget = typoBudget(t.length);
  let best = budget + 1;
  let found: { word: string; kind: W }[] = [];
  const first = t[0];
  const last = t[t.length - 1];
  for (const c of TYPO_TARGETS) {
    if (Math.abs(c.word.length - t.length) > budget) continue;
    // One edit leaves the first or the last letter as it was: a cheap test that spares most distances.
    if (budget === 1 && c.word[0] !== first && c.word[c.word.length - 1] !== last) continue;
    const d = editDistance(t, c.word, budget);
    if (d > budget) continue;
    if (d < best) {
      best = d;
      found = [c];
    } else if (d === best) found.push(c);
  }
  if (found.length === 0) return null;
  // Equally near two kinds of cue ("regional"/"regions"?) is no reading at all.
  return found.every((c) => c.kind === found[0]!.kind) ? found[0]!.word : null;
}
