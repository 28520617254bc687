// Cues: the words around the names that say what kind of question it is (a tier, images, a list, a
// comparison, a topic the document does not cover), and the negations that reach them. Read only from
// tokens no name has claimed.
import type { TierId } from '../catalog/schema';
import type { Filter, FilterCue, OffTopic } from '../question';
import { COMMAND_NAMES } from './commands';
import { cueWordOf, W, WORDS } from './cue-words';
import { editDistance } from './fuzzy';
import type { Token } from './normalise';

export type { OffTopic } from '../question';
// resolve-entities.ts reads isCueWord from here.
export { isCueWord } from './cue-words';

/**
 * How a negation reaches a property:
 * - `verb`: it negates the training the property belongs to ("can't be trained with data residency");
 * - `prop`: it negates the property itself ("lacks a Developer tier", "not in preview", "models without vision");
 * - `cond`: it rules the property out of how someone would train ("fine-tune … without data residency",
 *   "which models can I fine-tune excluding Global").
 */
export type Negation = 'verb' | 'prop' | 'cond';

/** A property named in the message (a tier, images, preview), with the negation that reaches it. */
export interface PropertyCue {
  readonly property: Filter;
  readonly negation: Negation | null;
}

export interface Cues {
  /** Every property named, in order. */
  properties: PropertyCue[];
  /** The tier a check or a region question is limited to (negations applied: "without data residency" is Global). */
  tier: TierId | null;
  /** Tiers ruled out ("excluding Global", "no Developer tier", "I don't need data residency"). */
  excludeTiers: TierId[];
  /** Images wanted ("with images"), or text-only data said ("no images involved", "text only"). */
  modality: 'vision' | 'text' | null;
  /** The same properties read as a "which models ..." question asks for them: every one, each maybe negated. */
  filters: FilterCue[];
  /** A negation reaches the asking itself: "can gpt-4o NOT be fine-tuned", "which models can't be trained". */
  negated: boolean;
  /** A training method named ("DPO", "LoRA"), never the data protection officer ("our DPO asks ..."). */
  method: string | null;
  /** Where names are ruled out ("not gpt-4o, I meant gpt-4.1", "in Europe except Sweden Central"): token indices. */
  excludedNames: number[];
  /** A topic the document does not cover, found anywhere in the message. */
  offTopic: OffTopic | null;
  /** True when the off-topic part is all there is: no clause of the message asks an answerable question. */
  onlyOffTopic: boolean;
  /** compare, vs, versus, difference, better. */
  compare: boolean;
  /** A greeting or a question about the bot itself. */
  help: boolean;
  /** Asks for models: "models", "which model", "what can I fine-tune". */
  listModels: boolean;
  /** Asks for places: "regions", "where", "locations". */
  listRegions: boolean;
  /** Which of the two a message asking for both names first: "regions for preview models" asks for regions. */
  listsFirst: 'models' | 'regions' | null;
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

// ---------------------------------------------------------------------------------------------------------
// Negation. A negation reaches the first property (or the training verb) after it, within a few words and
// never across a clause: punctuation or "but", "and", "or" end its reach. "not only", "no matter", "not
// sure", "don't know" are not negations of what follows.

const NEGATORS = new Set([
  'not',
  'never',
  'cannot',
  'cant',
  'dont',
  'doesnt',
  'isnt',
  'arent',
  'wont',
  'didnt',
  'wasnt',
  'werent',
  'couldnt',
  'shouldnt',
  'wouldnt',
  'hasnt',
  'havent',
  'lack',
  'lacks',
  'lacking',
  'missing',
  'non',
  'nor',
  'neither',
]);
/** Negators that, after the training verb, say how not to train: "fine-tune … without data residency". */
const EXCLUDERS = new Set(['without', 'no', 'excluding', 'exclude', 'except', 'minus']);
/** The first halves of "can't", "don't", "isn't" … (the tokeniser splits at the apostrophe). */
const NT_STEMS = new Set([
  'can',
  'don',
  'doesn',
  'isn',
  'aren',
  'won',
  'didn',
  'wasn',
  'weren',
  'couldn',
  'shouldn',
  'wouldn',
  'hasn',
  'haven',
  'hadn',
  'ain',
  'mustn',
  'needn',
]);
/** After these, a negator negates nothing that follows: "not sure", "no idea", "don't know", "not only". */
const NOT_NEGATING_NEXT = new Set([
  'only',
  'just',
  'sure',
  'certain',
  'clear',
  'matter',
  'idea',
  'problem',
  'problems',
  'worries',
  'worry',
  'rush',
  'hurry',
  'know',
  'knowing',
  'think',
  'understand',
  'mind',
  'care',
  'find',
  'tell',
  'remember',
  'recall',
  'believe',
  'doubt',
  'wait',
  'thanks',
  'meant',
  'mean',
  'mention',
  'one',
]);
/** Words that end a negation's reach (and clauses, for "and"/"but" followed by a new question). */
const SCOPE_END = new Set([
  'but',
  'and',
  'or',
  'while',
  'whereas',
  'though',
  'although',
  'however',
  'because',
  'since',
  'unless',
  'if',
  'whether',
  'so',
  'then',
  'also',
  'plus',
  'yet',
]);
/** Before "not", these make it the verb's negation ("can not", "is not"), never a name ruled out. */
const AUXILIARIES = new Set([
  'can',
  'could',
  'is',
  'are',
  'was',
  'were',
  'does',
  'do',
  'did',
  'will',
  'would',
  'should',
  'may',
  'might',
  'must',
  'has',
  'have',
  'if',
  'or',
  'why',
]);
/** Words between "except"/"not" and the name it rules out: "not in Sweden Central", "except for gpt-4o". */
const NAME_FILLERS = new Set(['in', 'the', 'for', 'with', 'to', 'at', 'from', 'using']);
/** Words between the properties of a list under one negation: "no Standard training or Global". */
const LIST_FILLERS = new Set(['training', 'tier', 'tiers', 'support', 'data', 'zone', 'input', 'inputs', 'regions', 'fine', 'tuning', 'finetuning']);
const LIST_JOINS = new Set(['and', 'or', 'nor']);
const DETERMINERS = new Set(['a', 'an', 'the', 'any']);
/** How many words (names not counted) a negation reaches. */
const NEGATION_REACH = 4;

const PUNCT_RE = /[,.;:!?()\n]/;
const SENTENCE_RE = /[.;:!?\n]/;

// Global/Standard/regional/developer as an adjective of people, a firm or a setup is not a tier: "our global
// team", "standard practice", "a developer team", "our standard landing zone".
const NOT_TIER_NEXT = new Set([
  'team',
  'teams',
  'company',
  'companies',
  'org',
  'orgs',
  'organisation',
  'organization',
  'customer',
  'customers',
  'user',
  'users',
  'business',
  'businesses',
  'rollout',
  'office',
  'offices',
  'presence',
  'practice',
  'practices',
  'way',
  'process',
  'approach',
  'scale',
  'audience',
  'market',
  'markets',
  'colleagues',
  'staff',
  'partners',
  'clients',
  'network',
  'leadership',
  'manager',
  'managers',
  'head',
  'lead',
  'of',
  'landing',
  'setup',
  'environment',
  'environments',
  'subscription',
  'subscriptions',
  'account',
  'accounts',
  'group',
  'groups',
  'portal',
  'experience',
  'laptop',
  'machine',
  'workstation',
  'docs',
  'documentation',
  'community',
  'friendly',
  'productivity',
]);

const METHOD_NAMES: Readonly<Record<string, string>> = {
  lora: 'LoRA',
  qlora: 'QLoRA',
  peft: 'PEFT',
  dpo: 'DPO',
  sft: 'SFT',
  rft: 'RFT',
  orpo: 'ORPO',
  grpo: 'GRPO',
  ppo: 'PPO',
  kto: 'KTO',
  reinforcement: 'reinforcement fine-tuning',
  supervised: 'supervised fine-tuning',
  distillation: 'distillation',
  distill: 'distillation',
};
// "DPO" is also the data protection officer: "our DPO asks whether …", "the DPO approved", "DPO team".
const OFFICER_BEFORE = new Set(['our', 'the', 'my', 'your', 'their', 'his', 'her', 'a', 'an', 'company', 'companys', 'org', 'orgs', 'group', 'local', 's']);
const OFFICER_AFTER = new Set([
  'team',
  'office',
  'officer',
  'officers',
  'approved',
  'approval',
  'approve',
  'approves',
  'says',
  'said',
  'asks',
  'asked',
  'ask',
  'wants',
  'wanted',
  'want',
  'needs',
  'needed',
  'requires',
  'required',
  'insists',
  'insisted',
  'signed',
  'signoff',
  'review',
  'reviewed',
  'reviews',
  'has',
  'is',
  'was',
  'will',
  'would',
  'wrote',
  'mentioned',
  'told',
  'confirmed',
  'requested',
  'colleague',
  'contact',
  'thinks',
  'worries',
  'cares',
]);
const METHOD_AFTER = new Set([
  'method',
  'methods',
  'training',
  'fine',
  'finetuning',
  'tuning',
  'technique',
  'algorithm',
  'support',
  'optimization',
  'loss',
  'run',
  'runs',
  'job',
  'jobs',
]);

function isOfficer(tokens: readonly Token[], i: number): boolean {
  const prev = i > 0 ? (tokens[i - 1] as Token).t : '';
  const next = i + 1 < tokens.length ? (tokens[i + 1] as Token).t : '';
  if (OFFICER_AFTER.has(next)) return true;
  return OFFICER_BEFORE.has(prev) && !METHOD_AFTER.has(next);
}

// ---------------------------------------------------------------------------------------------------------
// Clauses and the topics the document does not cover. An off-topic word takes a message over only when it
// is what its clause asks ("how much does it cost", "what hyperparameters", "can I deploy it") or its clause
// asks nothing answerable ("rate limits for gpt-4.1 in East US 2"). Elsewhere it is incidental ("our
// deployment goes through the portal; can I fine-tune gpt-4o in Sweden Central?"): the question is answered
// and the answer says in one line what the document does not cover.

/** Words that ask whether something can be had: "is it available", "does Sweden Central support …". */
const AVAILABILITY = new Set([
  'possible',
  'available',
  'availability',
  'supported',
  'support',
  'supports',
  'allowed',
  'enabled',
  'offered',
  'offer',
  'offers',
  'tunable',
  'finetunable',
  'trainable',
]);
/** Words that, before the training verb, ask whether it can be done: "can I fine-tune", "we want to train". */
const MODALS = new Set([
  'can',
  'could',
  'cannot',
  'cant',
  'may',
  'able',
  'want',
  'wanna',
  'need',
  'needs',
  'plan',
  'planning',
  'trying',
  'would',
  'will',
  'should',
]);
/** Prepositions after a negation that make it a condition on how to train: "… but not with Global". */
const HOW_PREPOSITIONS = new Set(['with', 'using', 'via', 'through', 'on', 'under', 'in']);
/** "… and how much …", "… but can I …": a new question starts after "and"/"but" followed by these. */
const ASKING_OPENERS = new Set([
  'is',
  'are',
  'does',
  'do',
  'will',
  'whats',
  'what',
  'how',
  'can',
  'could',
  'where',
  'which',
  'when',
  'why',
  'should',
  'would',
  'may',
]);
const COMMAND_WORDS: ReadonlySet<string> = new Set(COMMAND_NAMES.filter((x) => x !== 'help'));
const SUBJECTS = new Set(['i', 'we', 'you', 'they', 'it', 'one']);
const WH = new Set(['what', 'whats', 'which', 'how']);
const HOW_TO_VERBS = new Set(['start', 'begin', 'create', 'make', 'launch', 'run', 'prepare', 'build', 'cancel', 'monitor', 'kick', 'schedule']);
const MONEY_RE = /[$€£]\s?\d|\d\s?[$€£]/g;

interface OffHit {
  topic: OffTopic;
  at: number;
  /** What its clause asks (not merely mentioned). */
  asked: boolean;
}

const EMPTY_FLAGS = {
  compare: false,
  help: false,
  listModels: false,
  listRegions: false,
  listsFirst: null as 'models' | 'regions' | null,
  aboutModel: false,
  wh: false,
  fineTune: false,
  pronounThing: false,
  pronounPlace: false,
};

const TIER_OF: Partial<Record<W, TierId>> = { [W.Standard]: 'standard', [W.Global]: 'global', [W.Developer]: 'developer', [W.DataZone]: 'datazone' };
const DATA_NOUNS = new Set(['data', 'dataset', 'datasets', 'it', 'everything']);
const STAY_VERBS = new Set(['stay', 'stays', 'staying', 'remain', 'remains', 'reside', 'resides', 'kept', 'stored', 'processed']);
const LEAVE_VERBS = new Set(['leave', 'leaves', 'leaving', 'exit', 'cross']);
const IMAGE_NOUNS = new Set(['image', 'images', 'imagery', 'picture', 'pictures', 'photo', 'photos', 'screenshots']);
const CAPABILITY = new Set(['support', 'supported', 'input', 'inputs', 'capability', 'capabilities', 'fine', 'tuning', 'finetuning', 'training']);
const TAKES = new Set(['take', 'takes', 'accept', 'accepts', 'support', 'supports', 'handle', 'handles', 'use', 'uses']);
const DATA_WORDS = new Set([
  'data',
  'dataset',
  'datasets',
  'example',
  'examples',
  'file',
  'files',
  'input',
  'inputs',
  'sample',
  'samples',
  'training',
  'train',
  'records',
  'prompts',
]);
const MODEL_WORDS = new Set(['model', 'models', 'ones', 'llm', 'llms']);

/** Reads the cues from the tokens that `claimed` does not mark as part of a name. */
export function readCues(text: string, tokens: readonly Token[], claimed: Uint8Array): Cues {
  const n = tokens.length;
  const t = (i: number): string => (i >= 0 && i < n ? (tokens[i] as Token).t : '');
  const free = (i: number): boolean => i >= 0 && i < n && claimed[i] !== 1;

  // 1. Each free token's cue word (typos corrected) and kind.
  const word: string[] = new Array<string>(n).fill('');
  const kind: W[] = new Array<W>(n).fill(W.None);
  for (let i = 0; i < n; i++) {
    if (!free(i)) continue;
    const w = cueWordOf(t(i));
    if (w !== null) {
      word[i] = w;
      kind[i] = WORDS.get(w) ?? W.None;
    } else word[i] = t(i);
  }
  // "data zoen": after "data", a near "zone" is one.
  for (let i = 0; i + 1 < n; i++) {
    if (
      word[i] === 'data' &&
      free(i + 1) &&
      /^[a-z]{4,5}$/.test(t(i + 1)) &&
      Math.min(editDistance(t(i + 1), 'zone', 1), editDistance(t(i + 1), 'zones', 1)) <= 1
    )
      word[i + 1] = 'zone';
  }

  // 2. Clauses (sentences, and "… and how much …"), and where a negation's reach ends.
  const clause = new Array<number>(n).fill(0);
  const reachEndsBefore = (i: number): boolean => PUNCT_RE.test((tokens[i] as Token).gap) || SCOPE_END.has(t(i));
  for (let i = 1, c = 0; i < n; i++) {
    const gap = (tokens[i] as Token).gap;
    if (SENTENCE_RE.test(gap) || ((t(i) === 'and' || t(i) === 'but' || t(i) === 'also' || t(i) === 'plus') && ASKING_OPENERS.has(t(i + 1)))) c++;
    clause[i] = c;
  }
  const clauses = (clause[n - 1] ?? 0) + 1;

  // 3. Properties: which token starts one (two-word cues included), and the text-only phrases.
  const prop: (Filter | null)[] = new Array<Filter | null>(n).fill(null);
  /** Text-only phrases: "text only", "text-only", "only text", "just text"; says of models or of data. */
  const textOnly: ('models' | 'data' | null)[] = new Array<'models' | 'data' | null>(n).fill(null);
  /** Residency said as data that must not leave: the property holds only when negated, and then positively. */
  const leaving: boolean[] = new Array<boolean>(n).fill(false);
  const dataBefore = (i: number): boolean => {
    for (let j = i - 1; j >= Math.max(0, i - 5) && clause[j] === clause[i]; j--) if (DATA_NOUNS.has(t(j))) return true;
    return false;
  };
  for (let i = 0; i < n; i++) {
    if (!free(i)) continue;
    const w = word[i] as string;
    const k = kind[i] as W;
    const tier = TIER_OF[k];
    if (tier !== undefined) {
      // "Global Standard" is Azure's name for Global training; "our global team" is no tier.
      if (w === 'standard' && word[i - 1] === 'global') continue;
      if (
        (k === W.Standard || k === W.Global || k === W.Developer) &&
        NOT_TIER_NEXT.has(t(i + 1)) &&
        !PUNCT_RE.test((tokens[i + 1] as Token | undefined)?.gap ?? ',')
      )
        continue;
      prop[i] = tier;
    } else if (k === W.Vision) prop[i] = 'vision';
    else if (k === W.Preview) prop[i] = 'preview';
    else if (w === 'in' && word[i + 1] === 'region' && (tokens[i + 1] as Token).gap === '-') prop[i] = 'standard';
    else if (w === 'dev' && (t(i + 1) === 'tier' || t(i + 1) === 'tiers')) prop[i] = 'developer';
    else if (w === 'data' && word[i + 1] === 'zone') prop[i] = 'datazone';
    else if (w === 'data' && word[i + 1] === 'zones') prop[i] = 'datazone';
    // Data residency in other words: "our data must stay in the EU", "data must not leave Germany".
    if ((STAY_VERBS.has(w) || LEAVE_VERBS.has(w)) && dataBefore(i)) {
      prop[i] = 'standard';
      if (LEAVE_VERBS.has(w)) leaving[i] = true;
    }
    let end = -1;
    if (w === 'text' && t(i + 1) === 'only') end = i + 2;
    else if (w === 'textonly') end = i + 1;
    else if ((w === 'only' || w === 'just') && t(i + 1) === 'text') end = i + 2;
    // "models that only take text", "which ones just support text".
    else if ((w === 'only' || w === 'just') && TAKES.has(t(i + 1)) && t(i + 2) === 'text') end = i + 3;
    if (end > 0) {
      const after = [t(end), t(end + 1)];
      textOnly[i] = after.some((x) => MODEL_WORDS.has(x)) ? 'models' : after.some((x) => DATA_WORDS.has(x)) ? 'data' : verbBefore(i) ? 'data' : 'models';
      prop[i] = 'vision';
    }
  }
  function verbLike(i: number): boolean {
    const k = kind[i] as W;
    // "Global training", "data zone training", "regional fine-tuning" name a tier, not the act of training.
    if (k === W.FineTune && (prop[i - 1] != null || word[i - 1] === 'zone' || word[i - 1] === 'zones' || (word[i - 1] === 'fine' && prop[i - 2] != null)))
      return false;
    return free(i) && (k === W.FineTune || k === W.Available || word[i] === 'tunable' || word[i] === 'finetunable');
  }
  function verbBefore(i: number): boolean {
    for (let j = i - 1; j >= 0 && clause[j] === clause[i]; j--) if (verbLike(j)) return true;
    return false;
  }

  // 4. Negations, each reaching at most one property (or the training verb, then a property after it).
  const negation: (Negation | null)[] = new Array<Negation | null>(n).fill(null);
  let negated = false;
  /** The property listed right after the one at k ("X and Y", "X or Y"), or -1. */
  const listNext = (k: number): number => {
    let j = k + 1;
    while (j < n && free(j) && prop[j] === null && LIST_FILLERS.has(t(j)) && !PUNCT_RE.test((tokens[j] as Token).gap)) j++;
    // Joined by a word only: after a comma a new request may start ("without images, global training please").
    if (j >= n || !free(j) || !LIST_JOINS.has(t(j)) || PUNCT_RE.test((tokens[j] as Token).gap)) return -1;
    j++;
    while (j < n && free(j) && (DETERMINERS.has(t(j)) || (t(j) === 'data' && prop[j] === null))) j++;
    return j < n && free(j) && prop[j] !== null && textOnly[j] === null && !isNegator(j) ? j : -1;
  };
  const isNegator = (i: number): boolean => {
    if (!free(i)) return false;
    const w = t(i);
    const nt = w === 't' && NT_STEMS.has(t(i - 1)) && /^['’`]$/.test((tokens[i] as Token).gap);
    if (!nt && !NEGATORS.has(w) && !EXCLUDERS.has(w) && !(w === 'than' && t(i - 1) === 'other')) return false;
    // "whether or not", "if not, where?"
    if (w === 'not' && (t(i - 1) === 'or' || t(i - 1) === 'if')) return false;
    // "can't" is read at its "t"; "can" alone is not a negation.
    return !NOT_NEGATING_NEXT.has(t(i + 1));
  };
  for (let i = 0; i < n; i++) {
    if (!isNegator(i) || textOnly[i] !== null) continue;
    const w = t(i);
    const excluder = EXCLUDERS.has(w) || w === 'than';
    // After the training verb, "without X" and "not with X" say how not to train; "lacks X" is still about the model.
    const direct: Negation = verbBefore(i) && (excluder || HOW_PREPOSITIONS.has(t(i + 1))) && !/^lack|^missing$|^non$/.test(w) ? 'cond' : 'prop';
    let verb = false;
    let passedName = false;
    let steps = 0;
    for (let k = i + 1; k < n; k++) {
      if (reachEndsBefore(k)) break;
      if (!free(k)) {
        passedName = true;
        continue;
      }
      if (isNegator(k)) break;
      if (prop[k] !== null && textOnly[k] === null) {
        // Past a name, only the verb is reached: "isn't gpt-4o in preview" is about gpt-4o.
        if (verb || !passedName) {
          // "no images", "without pictures": text-only data, whatever the question; "no image support" is a model's.
          const data = (w === 'no' || w === 'without') && IMAGE_NOUNS.has(word[k] as string) && !CAPABILITY.has(t(k + 1));
          const how: Negation = verb ? 'verb' : data ? 'cond' : direct;
          negation[k] = how;
          // A list under one negation: "excluding Standard and Global", "without images or data residency".
          for (let j = listNext(k); j > 0; j = listNext(j)) negation[j] = how;
        }
        break;
      }
      if (verbLike(k) && !excluder) {
        if (!verb) {
          verb = true;
          negated = true;
          steps = 0;
        }
        continue;
      }
      // "data" of "data residency" is part of the cue it comes before.
      if (t(k) === 'data' && prop[k + 1] !== null) continue;
      if (++steps >= NEGATION_REACH) break;
    }
  }

  // 5. Names ruled out: "not gpt-4o, I meant gpt-4.1", "anywhere in Europe except Sweden Central", "except X and Y".
  const excludedNames: number[] = [];
  for (let i = 0; i < n; i++) {
    if (!free(i)) continue;
    const w = t(i);
    const rulesOut =
      w === 'except' ||
      w === 'excluding' ||
      w === 'exclude' ||
      w === 'besides' ||
      (w === 'than' && t(i - 1) === 'other') ||
      (w === 'of' && t(i - 1) === 'instead') ||
      (w === 'not' && !AUXILIARIES.has(t(i - 1)) && !NOT_NEGATING_NEXT.has(t(i + 1)));
    if (!rulesOut) continue;
    let k = i + 1;
    while (k < n && free(k) && NAME_FILLERS.has(t(k)) && !PUNCT_RE.test((tokens[k] as Token).gap)) k++;
    while (k < n && !free(k) && !PUNCT_RE.test((tokens[k] as Token).gap)) {
      excludedNames.push(k);
      while (k < n && !free(k)) k++;
      // "except Sweden Central and West Europe"
      if (k + 1 < n && (t(k) === 'and' || t(k) === 'or') && !free(k + 1)) k++;
      else break;
    }
  }

  // 6. Every other cue, and the off-topic words with whether their clause asks about them.
  const c: Omit<Cues, 'properties' | 'tier' | 'excludeTiers' | 'modality' | 'filters' | 'negated' | 'method' | 'excludedNames' | 'offTopic' | 'onlyOffTopic'> =
    { ...EMPTY_FLAGS };
  const hits: OffHit[] = [];
  let method: string | null = null;
  const properties: PropertyCue[] = [];
  const clauseAsks = new Array<boolean>(clauses).fill(false);
  const clauseContent = new Array<boolean>(clauses).fill(false);
  // Whether the clause of token i asks whether something can be done: an availability word, the training
  // verb after a modal ("can I fine-tune", "can gpt-4o be trained") or starting the clause ("fine-tune o4-mini
  // in West Europe"), or a modal with a name or "it" ("can I do it in Sweden Central?").
  const sameClause = (j: number, i: number): boolean => j >= 0 && clause[j] === clause[i];
  const asks = (i: number): boolean => {
    const w = word[i] as string;
    if (AVAILABILITY.has(w)) return true;
    if (kind[i] === W.FineTune) {
      if (!sameClause(i - 1, i)) return true;
      for (let j = i - 1; sameClause(j, i); j--) if (free(j) && MODALS.has(t(j))) return true;
      return false;
    }
    if (MODALS.has(w)) {
      for (let j = 0; j < n; j++) if (clause[j] === clause[i] && (!free(j) || kind[j] === W.Thing)) return true;
    }
    return false;
  };
  /** "can I deploy", "could we upload", "should I set up": a modal, maybe a pronoun, then the verb. */
  const modalBefore = (i: number): boolean => {
    let j = i - 1;
    if (SUBJECTS.has(t(j)) || t(j) === 'to') j--;
    return sameClause(j, i) && MODALS.has(t(j));
  };
  const whBefore = (i: number): boolean => {
    for (let j = i - 1; j >= Math.max(0, i - 3) && clause[j] === clause[i]; j--) if (WH.has(t(j))) return true;
    return false;
  };
  for (let i = 0; i < n; i++) {
    if (!free(i)) {
      clauseContent[clause[i] as number] = true;
      continue;
    }
    const w = word[i] as string;
    const prev = word[i - 1] ?? '';
    const next = t(i + 1);
    const cl = clause[i] as number;
    if (asks(i)) clauseAsks[cl] = true;
    if (prop[i] !== null) {
      const textNeg: Negation | null = textOnly[i] === 'data' ? 'cond' : textOnly[i] === 'models' ? 'prop' : null;
      // "data must not leave the EU" is residency; "data can leave" says nothing the answer needs.
      if (leaving[i]) {
        if (negation[i] !== null) properties.push({ property: 'standard', negation: null });
      } else properties.push({ property: prop[i] as Filter, negation: textNeg ?? negation[i] ?? null });
      clauseContent[cl] = true;
    }
    const k = kind[i] as W;
    switch (k) {
      case W.Pricing:
        hits.push({ topic: 'pricing', at: i, asked: whBefore(i) });
        break;
      case W.Quota:
        hits.push({ topic: 'quota', at: i, asked: whBefore(i) });
        break;
      case W.Method:
        if (w === 'dpo' && isOfficer(tokens, i)) break;
        if (method === null) method = METHOD_NAMES[w] ?? w.toUpperCase();
        break;
      case W.Methods:
        hits.push({ topic: 'methods', at: i, asked: whBefore(i) });
        break;
      case W.HowToVerb:
        // "can I deploy it in West Europe" asks about deploying; "fine-tune it and deploy it" does not.
        hits.push({ topic: 'how-to', at: i, asked: whBefore(i) || !verbBefore(i) || modalBefore(i) });
        break;
      case W.HowTo:
        hits.push({ topic: 'how-to', at: i, asked: whBefore(i) });
        break;
      case W.Compare:
        c.compare = true;
        clauseContent[cl] = true;
        break;
      case W.Help:
        c.help = true;
        break;
      case W.Models:
        c.listModels = true;
        c.listsFirst ??= 'models';
        clauseContent[cl] = true;
        break;
      case W.Regions:
        c.listRegions = true;
        c.listsFirst ??= 'regions';
        clauseContent[cl] = true;
        break;
      case W.About:
        c.aboutModel = true;
        clauseContent[cl] = true;
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
      default:
        break;
    }
    // Two-word cues.
    switch (w) {
      case 'how':
        if (next === 'much') hits.push({ topic: 'pricing', at: i, asked: true });
        else if (next === 'many' && tokens.slice(i + 2, i + 5).some((x) => x.t === 'jobs' || x.t === 'job')) hits.push({ topic: 'quota', at: i, asked: true });
        else if (next === 'does' || next === 'do') {
          const rest = tokens
            .slice(i + 2, i + 5)
            .map((x) => x.t)
            .join(' ');
          if (rest.startsWith('this work') || rest.startsWith('you work') || rest.startsWith('it work')) c.help = true;
        }
        for (let k2 = i + 1; k2 < Math.min(n, i + 7); k2++) {
          const x = (tokens[k2] as Token).t;
          if (HOW_TO_VERBS.has(x) || x === 'job' || x === 'jobs') {
            hits.push({ topic: 'how-to', at: i, asked: true });
            break;
          }
        }
        break;
      case 'rate':
        if (next === 'limit' || next === 'limits') hits.push({ topic: 'quota', at: i, asked: whBefore(i) });
        break;
      case 'learning':
        if (next === 'rate') hits.push({ topic: 'methods', at: i, asked: whBefore(i) });
        break;
      case 'batch':
        if (next === 'size') hits.push({ topic: 'methods', at: i, asked: whBefore(i) });
        break;
      case 'set':
        if (next === 'up') hits.push({ topic: 'how-to', at: i, asked: whBefore(i) || !verbBefore(i) || modalBefore(i) });
        break;
      case 'preference':
        if (next === 'optimization' || next === 'optimisation') method ??= 'DPO';
        break;
      case 'model':
      case 'region':
      case 'location':
        if (prev === 'which' || prev === 'what' || prev === 'whats' || prev === 'any' || prev === 'every' || prev === 'each') {
          if (w === 'model') c.listModels = true;
          else c.listRegions = true;
          c.listsFirst ??= w === 'model' ? 'models' : 'regions';
          clauseContent[cl] = true;
        }
        break;
      case 'list': {
        // "list regions", "list fine-tuning regions": the thing listed may come a few words later.
        const ahead = tokens.slice(i + 1, i + 4).map((x) => x.t);
        if (ahead.some((x) => x === 'regions' || x === 'region' || x === 'locations')) c.listRegions = true;
        else c.listModels = true;
        c.listsFirst ??= c.listRegions ? 'regions' : 'models';
        clauseContent[cl] = true;
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
  for (const m of text.matchAll(MONEY_RE)) {
    const at = tokens.findIndex((x) => x.end > (m.index ?? 0));
    hits.push({ topic: 'pricing', at: at < 0 ? n - 1 : at, asked: false });
  }

  // A command ("/check gpt-4o swedencentral …") asks by itself.
  if (n > 0 && free(0) && COMMAND_WORDS.has(t(0)) && (tokens[0] as Token).start <= 1) clauseAsks[0] = true;
  // A clause is taken over by a topic it asks about, or by one it mentions while asking nothing answerable.
  const offClause = new Array<boolean>(clauses).fill(false);
  for (const h of hits) {
    const cl = clause[h.at] ?? 0;
    if (h.asked || !clauseAsks[cl]) offClause[cl] = true;
  }
  let answerable = false;
  for (let cl = 0; cl < clauses; cl++) if (!offClause[cl] && (clauseContent[cl] || clauseAsks[cl])) answerable = true;
  const first = hits.find((h) => h.asked) ?? hits[0];

  return {
    ...c,
    properties,
    ...conditions(properties),
    filters: filtersOf(properties),
    negated,
    method,
    excludedNames,
    offTopic: first?.topic ?? null,
    onlyOffTopic: first !== undefined && !answerable,
  };
}

const DECIDING: readonly TierId[] = ['standard', 'global'];
const TIERS: ReadonlySet<Filter> = new Set(['standard', 'global', 'developer', 'datazone']);

/**
 * The properties as conditions on a check or a region: the tier named (a negated verb leaves it as it is:
 * "can't be trained with data residency" still asks about data residency), the tiers ruled out, and
 * whether images are wanted or text-only data said. Ruling out one of Standard and Global leaves the other.
 */
function conditions(ps: readonly PropertyCue[]): Pick<Cues, 'tier' | 'excludeTiers' | 'modality'> {
  let tier: TierId | null = null;
  const excludeTiers: TierId[] = [];
  let modality: 'vision' | 'text' | null = null;
  for (const p of ps) {
    const ruledOut = p.negation === 'prop' || p.negation === 'cond';
    if (TIERS.has(p.property)) {
      const id = p.property as TierId;
      if (!ruledOut) tier ??= id;
      else if (!excludeTiers.includes(id)) excludeTiers.push(id);
    } else if (p.property === 'vision') modality ??= ruledOut ? 'text' : 'vision';
  }
  if (tier === null && excludeTiers.length > 0) {
    const left = DECIDING.filter((x) => !excludeTiers.includes(x));
    if (left.length === 1) tier = left[0] as TierId;
  }
  return { tier, excludeTiers, modality };
}

/**
 * The properties as a "which models ..." question asks for them, all at once. A negated property asks for
 * the models without it; a tier ruled out of how to train leaves the other deciding tier ("which models can
 * I fine-tune without data residency" is Global); text-only data is no property of a model.
 */
function filtersOf(ps: readonly PropertyCue[]): FilterCue[] {
  const out: FilterCue[] = [];
  const ruledOut: TierId[] = [];
  const add = (filter: Filter, negated: boolean): void => {
    if (!out.some((f) => f.filter === filter)) out.push({ filter, negated });
  };
  for (const p of ps) {
    if (p.negation === 'cond') {
      if (TIERS.has(p.property)) ruledOut.push(p.property as TierId);
      else if (p.property === 'preview') add('preview', true);
      continue;
    }
    add(p.property, p.negation !== null);
  }
  if (ruledOut.length > 0 && !out.some((f) => f.filter === 'standard' || f.filter === 'global')) {
    const left = DECIDING.filter((x) => !ruledOut.includes(x));
    if (left.length === 1) add(left[0] as TierId, false);
  }
  return out;
}
