// Questions typed the way people type them in Teams (long messages, typos, lower case, context sentences)
// about what the bot must never get confidently wrong: negations and what they reach, filters and their
// complements, filters combined, misspelt cue words, and words of topics the document does not cover. Each
// has what it must be understood as (test/understand/negation-and-filters.test.ts) and, answered over the
// seed catalog, its verdict and a headline fact (test/answer/negation-and-filters.test.ts).
import type { Verdict } from '../../src/core/answer/types';
import { EUROPE_REGIONS, type Expected } from '../understand/support';

export interface Case {
  readonly text: string;
  readonly q: Expected;
  readonly verdict: Verdict | null;
  /** A fact the headline must state. */
  readonly headline: RegExp;
  /** What the answer lists, when it lists. */
  readonly matches?: readonly string[];
  /** A note the answer must carry (the part the document does not cover). */
  readonly note?: RegExp;
}

const NO_DEV = ['o4-mini', 'Ministral-3B', 'Qwen-32B'];
const NOT_PREVIEW = ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'o4-mini'];
const TEXT_ONLY = ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4.1-nano', 'o4-mini', 'Ministral-3B', 'Qwen-32B'];
const NO_STANDARD = ['Ministral-3B', 'Qwen-32B'];
const ALL = ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'o4-mini', 'Ministral-3B', 'Qwen-32B'];
const OUTSIDE_HOW_TO = /^The document doesn't cover how to deploy/;

const c = (text: string, q: Expected, verdict: Verdict | null, headline: RegExp, more: Partial<Pick<Case, 'matches' | 'note'>> = {}): Case => ({
  text,
  q,
  verdict,
  headline,
  ...more,
});

export const CASES: Record<string, readonly Case[]> = {
  'a negated filter asks for its complement': [
    c(
      'which models lack a Developer tier?',
      { intent: 'filter', filters: ['!developer'], tier: null, excludeTiers: ['developer'] },
      null,
      /^3 models have no Developer tier$/,
      { matches: NO_DEV },
    ),
    c("hey, which models don't have a dev tier?", { intent: 'filter', filters: ['!developer'] }, null, /^3 models have no Developer tier$/, {
      matches: NO_DEV,
    }),
    c('are there models without a developer tier?', { intent: 'filter', filters: ['!developer'] }, null, /have no Developer tier/, { matches: NO_DEV }),
    c('which of them have no Developer tier', { intent: 'filter', filters: ['!developer'] }, null, /have no Developer tier/, { matches: NO_DEV }),
    c('which models do not have a developer tier', { intent: 'filter', filters: ['!developer'] }, null, /have no Developer tier/, { matches: NO_DEV }),
    c('which models are not in preview', { intent: 'filter', filters: ['!preview'] }, null, /^6 models are not in preview$/, { matches: NOT_PREVIEW }),
    c("which models aren't in preview?", { intent: 'filter', filters: ['!preview'] }, null, /are not in preview/, { matches: NOT_PREVIEW }),
    c('non-preview models please', { intent: 'filter', filters: ['!preview'] }, null, /are not in preview/, { matches: NOT_PREVIEW }),
    c('list the models that are not in beta', { intent: 'filter', filters: ['!preview'] }, null, /are not in preview/, { matches: NOT_PREVIEW }),
    c("which models don't support vision?", { intent: 'filter', filters: ['!vision'], modality: 'text' }, null, /^6 models take text only/, {
      matches: TEXT_ONLY,
    }),
    c("which models can't be fine-tuned with images", { intent: 'filter', filters: ['!vision'], negated: true }, null, /take text only/, {
      matches: TEXT_ONLY,
    }),
    c('which models have no vision support', { intent: 'filter', filters: ['!vision'] }, null, /take text only/, { matches: TEXT_ONLY }),
    c('models without vision', { intent: 'filter', filters: ['!vision'] }, null, /take text only/, { matches: TEXT_ONLY }),
    c(
      "which models can't be trained with data residency",
      { intent: 'filter', filters: ['!standard'], negated: true },
      null,
      /^2 models have no Standard \(regional\) training, so no data residency$/,
      { matches: NO_STANDARD },
    ),
    c("which models don't support data residency", { intent: 'filter', filters: ['!standard'] }, null, /no data residency/, { matches: NO_STANDARD }),
    c('which models lack standard training', { intent: 'filter', filters: ['!standard'] }, null, /have no Standard/, { matches: NO_STANDARD }),
    c('which models have no standard regions', { intent: 'filter', filters: ['!standard'] }, null, /have no Standard/, { matches: NO_STANDARD }),
    c('models that cannot be trained regionally', { intent: 'filter', filters: ['!standard'], negated: true }, null, /have no Standard/, {
      matches: NO_STANDARD,
    }),
    c(
      "which models don't support global training",
      { intent: 'filter', filters: ['!global'] },
      null,
      /^Every model in the document supports Global training$/,
      { matches: [] },
    ),
    c(
      'which models have no data zone training',
      { intent: 'filter', filters: ['!datazone'] },
      null,
      /^Not stated: the document doesn't say which models have no Data zone training$/,
      { matches: [] },
    ),
    c('/models without a developer tier', { intent: 'filter', filters: ['!developer'] }, null, /have no Developer tier/, { matches: NO_DEV }),
    c('/models not in preview', { intent: 'filter', filters: ['!preview'] }, null, /are not in preview/, { matches: NOT_PREVIEW }),
  ],
  'a tier ruled out of how to train leaves the other (not a complement)': [
    c(
      'which models can I fine-tune without data residency',
      { intent: 'filter', filters: ['global'], tier: 'global', excludeTiers: ['standard'] },
      null,
      /^8 models support Global training$/,
      { matches: ALL },
    ),
    c('which models can be fine-tuned without global', { intent: 'filter', filters: ['standard'], tier: 'standard' }, null, /^6 models support Standard/, {
      matches: NOT_PREVIEW,
    }),
    c(
      'which models can I fine-tune with text-only data',
      { intent: 'list-models', filters: [], modality: 'text' },
      null,
      /^8 models can be fine-tuned with text-only data$/,
      { matches: ALL },
    ),
    c(
      'which models can I fine-tune with data residency, no images involved',
      { intent: 'filter', filters: ['standard'], modality: 'text' },
      null,
      /^6 models support Standard/,
      { matches: NOT_PREVIEW },
    ),
    c(
      'which models can be trained with data residency without images',
      { intent: 'filter', filters: ['standard'], modality: 'text' },
      null,
      /^6 models support Standard/,
      { matches: NOT_PREVIEW },
    ),
  ],
  'filters combine': [
    c(
      'preview models with a Developer tier',
      { intent: 'filter', filters: ['preview', 'developer'] },
      null,
      /^No model in the document is in preview and has a Developer tier$/,
      { matches: [] },
    ),
    c('which preview models have a developer tier?', { intent: 'filter', filters: ['preview', 'developer'] }, null, /is in preview and has a Developer tier/, {
      matches: [],
    }),
    c(
      'text-only models with data residency',
      { intent: 'filter', filters: ['!vision', 'standard'], modality: 'text' },
      null,
      /^4 models take text only \(no vision fine-tuning\) and support Standard/,
      { matches: ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4.1-nano', 'o4-mini'] },
    ),
    c('text only models with data residency', { intent: 'filter', filters: ['!vision', 'standard'] }, null, /^4 models/, {
      matches: ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4.1-nano', 'o4-mini'],
    }),
    c(
      'which vision models have data residency',
      { intent: 'filter', filters: ['vision', 'standard'] },
      null,
      /^2 models support vision \(image\) fine-tuning and support Standard/,
      { matches: ['gpt-4o', 'gpt-4.1'] },
    ),
    c('which models support vision and have a developer tier', { intent: 'filter', filters: ['vision', 'developer'] }, null, /and have a Developer tier/, {
      matches: ['gpt-4o', 'gpt-4.1'],
    }),
    c(
      'which models support vision but not global training',
      { intent: 'filter', filters: ['vision', '!global'] },
      null,
      /^No model in the document supports vision \(image\) fine-tuning and does not support Global training$/,
      { matches: [] },
    ),
    c(
      "which models have a developer tier but aren't in preview",
      { intent: 'filter', filters: ['developer', '!preview'] },
      null,
      /^5 models have a Developer tier and are not in preview$/,
      { matches: ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'] },
    ),
    c(
      'which models are in preview but lack data residency',
      { intent: 'filter', filters: ['preview', '!standard'] },
      null,
      /^2 models are in preview and have no Standard/,
      { matches: NO_STANDARD },
    ),
    c(
      'models with global training and no data residency',
      { intent: 'filter', filters: ['global', '!standard'] },
      null,
      /^2 models support Global training and have no Standard/,
      { matches: NO_STANDARD },
    ),
    c('which text-only models are in preview', { intent: 'filter', filters: ['!vision', 'preview'] }, null, /^2 models take text only .* and are in preview$/, {
      matches: NO_STANDARD,
    }),
    c(
      'list models that are not in preview and have a developer tier',
      { intent: 'filter', filters: ['!preview', 'developer'] },
      null,
      /^5 models are not in preview and have a Developer tier$/,
    ),
    c(
      'which models have a developer tier but no vision',
      { intent: 'filter', filters: ['developer', '!vision'] },
      null,
      /^3 models have a Developer tier and take text only/,
      { matches: ['gpt-4o-mini', 'gpt-4.1-mini', 'gpt-4.1-nano'] },
    ),
    c(
      "which models don't support vision or data residency",
      { intent: 'filter', filters: ['!vision', '!standard'] },
      null,
      /^2 models take text only .* and have no Standard/,
      { matches: NO_STANDARD },
    ),
    c('which models only take text', { intent: 'filter', filters: ['!vision'] }, null, /take text only/, { matches: TEXT_ONLY }),
  ],
  "asked in the negative about a region: what can't, listed": [
    c(
      'which models can NOT be fine-tuned in West Europe',
      { intent: 'region', regions: ['westeurope'], negated: true },
      null,
      /^Every model in the document can be fine-tuned in West Europe$/,
      { matches: [] },
    ),
    c(
      'which models can NOT be fine-tuned in Central US?',
      { intent: 'region', regions: ['centralus'], negated: true },
      null,
      /^8 models can't be fine-tuned in Central US$/,
      { matches: ALL },
    ),
    c(
      "what can't I fine-tune in Sweden Central",
      { intent: 'region', regions: ['swedencentral'], negated: true },
      null,
      /^Every model in the document can be fine-tuned in Sweden Central$/,
    ),
    c(
      "which models can't be fine-tuned in Korea Central with data residency",
      { intent: 'region', regions: ['koreacentral'], negated: true, tier: 'standard' },
      null,
      /^8 models can't be fine-tuned in Korea Central with Standard training$/,
      { matches: ALL },
    ),
    c(
      "which models can't I fine-tune with images in Japan East",
      { intent: 'region', regions: ['japaneast'], negated: true, modality: 'vision' },
      null,
      /^8 models can't be fine-tuned in Japan East with images$/,
    ),
    c(
      'which models cannot be fine-tuned in Poland Central',
      { intent: 'region', regions: ['polandcentral'], negated: true },
      null,
      /^1 model can't be fine-tuned in Poland Central$/,
      { matches: ['gpt-4.1-nano'] },
    ),
    c(
      "which models can't be fine-tuned?",
      { intent: 'list-models', negated: true },
      null,
      /^None of the models in the document: it lists only models that can be fine-tuned$/,
      { matches: [] },
    ),
    c("where can't I fine-tune gpt-4o?", { intent: 'model', models: ['gpt-4o'], negated: true }, null, /^gpt-4o: where you can fine-tune it$/),
    c(
      "which regions don't support global training",
      { intent: 'list-regions', filters: ['!global'] },
      null,
      /^Every region the document lists for fine-tuning has Global training$/,
      { matches: [] },
    ),
    c(
      "which regions don't have data residency",
      { intent: 'list-regions', filters: ['!standard'] },
      null,
      /^23 regions the document lists for fine-tuning have no Standard training$/,
    ),
    c('/regions without data residency', { intent: 'list-regions', filters: ['!standard'] }, null, /^23 regions .* have no Standard training$/),
  ],
  'a check asked in the negative states the fact in words, never a bare Yes or No': [
    c(
      'can gpt-4o NOT be fine-tuned in Sweden Central?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], negated: true },
      'yes',
      /^gpt-4o can be fine-tuned in Sweden Central with Standard or Global training$/,
    ),
    c(
      'can gpt-4o not be fine-tuned in Central US?',
      { intent: 'check', models: ['gpt-4o'], regions: ['centralus'], negated: true },
      'no',
      /^gpt-4o can't be fine-tuned in Central US$/,
    ),
    c(
      "can't I fine-tune gpt-4o in Japan East with images?",
      { intent: 'check', models: ['gpt-4o'], regions: ['japaneast'], negated: true, modality: 'vision' },
      'no',
      /^gpt-4o can't be fine-tuned in Japan East with images$/,
    ),
    c(
      "isn't gpt-4o fine-tunable in West Europe?",
      { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'], negated: true },
      'yes',
      /^gpt-4o can be fine-tuned in West Europe with Global training$/,
    ),
    c(
      "gpt-4.1-nano isn't available in Poland Central, right?",
      { intent: 'check', models: ['gpt-4.1-nano'], regions: ['polandcentral'], negated: true },
      'no',
      /^gpt-4.1-nano can't be fine-tuned in Poland Central$/,
    ),
    c(
      'can o4-mini not be trained in West Europe with data residency?',
      { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], negated: true, tier: 'standard' },
      'no',
      /^o4-mini can't be fine-tuned in West Europe with Standard training$/,
    ),
    c(
      'is it not possible to fine-tune Qwen-32B in Sweden Central?',
      { intent: 'check', models: ['Qwen-32B'], regions: ['swedencentral'], negated: true },
      'yes',
      /^Qwen-32B can be fine-tuned in Sweden Central with Global training$/,
    ),
    c(
      "so I can't fine-tune gpt-4 in Sweden Central?",
      { intent: 'check', models: ['other:gpt-4'], regions: ['swedencentral'], negated: true },
      'no',
      /^gpt-4 can't be fine-tuned: not in the document's table$/,
    ),
  ],
  'a tier ruled out: "excluding Global", "not Standard", "except Developer"': [
    c(
      'can I fine-tune o4-mini in West Europe excluding Global',
      { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], tier: 'standard', excludeTiers: ['global'] },
      'no',
      /^No, o4-mini can't be fine-tuned in West Europe with Standard training$/,
    ),
    c(
      'can I fine-tune o4-mini in West Europe, not Global',
      { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], tier: 'standard', excludeTiers: ['global'] },
      'no',
      /with Standard training$/,
    ),
    c(
      'gpt-4o in Sweden Central except the developer tier',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: null, excludeTiers: ['developer'] },
      'yes',
      /^Yes, with Standard or Global training$/,
    ),
    c(
      'can i finetune o4-mini in westeurope other than global',
      { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], tier: 'standard', excludeTiers: ['global'] },
      'no',
      /^No, o4-mini can't be fine-tuned in West Europe with Standard training$/,
    ),
    c(
      'gpt-4o in East US 2 but not standard',
      { intent: 'check', models: ['gpt-4o'], regions: ['eastus2'], tier: 'global', excludeTiers: ['standard'] },
      'yes',
      /^Yes, with Global training$/,
    ),
    c(
      'gpt-4o in East US 2 excluding standard and global',
      { intent: 'check', models: ['gpt-4o'], regions: ['eastus2'], tier: null, excludeTiers: ['standard', 'global'] },
      'unknown',
      /^Not stated/,
    ),
    c(
      "I don't need data residency, can I fine-tune o4-mini in West Europe?",
      { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], tier: 'global', excludeTiers: ['standard'] },
      'yes',
      /^Yes, with Global training$/,
    ),
    c(
      'can I fine-tune o4-mini in West Europe without data residency',
      { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], tier: 'global' },
      'yes',
      /^Yes, with Global training$/,
    ),
    c(
      'what can I fine-tune in West Europe excluding Global',
      { intent: 'region', regions: ['westeurope'], tier: 'standard' },
      null,
      /^No models can be fine-tuned in West Europe with Standard training$/,
      { matches: [] },
    ),
    c(
      'what can I fine-tune in Sweden Central without data residency',
      { intent: 'region', regions: ['swedencentral'], tier: 'global' },
      null,
      /^8 models can be fine-tuned in Sweden Central with Global training$/,
    ),
    c(
      'which regions offer fine-tuning other than global ones',
      { intent: 'list-regions', tier: 'standard' },
      null,
      /^Fine-tuning is available in 3 regions with Standard training$/,
    ),
    c(
      'gpt-4.1-nano in Poland Central but not with Global',
      { intent: 'check', models: ['gpt-4.1-nano'], regions: ['polandcentral'], tier: 'standard' },
      'no',
      /with Standard training$/,
    ),
    c(
      'can we fine-tune gpt-4o with images in sweden central? no data residency needed',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: 'global', modality: 'vision' },
      'yes',
      /^Yes, with Global training$/,
    ),
  ],
  'text-only said: "no images", "text only", "without images"': [
    c(
      'gpt-4o in Sweden Central, no images involved',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], modality: 'text' },
      'yes',
      /^Yes, with Standard or Global training$/,
    ),
    c(
      'gpt-4o in Japan East, text only',
      { intent: 'check', models: ['gpt-4o'], regions: ['japaneast'], modality: 'text' },
      'yes',
      /^Yes, with Global training \(text-only data\)$/,
    ),
    c(
      'can I fine-tune gpt-4o in Japan East with text-only data?',
      { intent: 'check', models: ['gpt-4o'], regions: ['japaneast'], modality: 'text' },
      'yes',
      /text-only data/,
    ),
    c(
      'no images, just text: can I fine-tune gpt-4.1 in Japan East?',
      { intent: 'check', models: ['gpt-4.1'], regions: ['japaneast'], modality: 'text' },
      'yes',
      /^Yes, with Global training/,
    ),
    c(
      'can I fine tune gpt 4o in sweden central without images',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], modality: 'text' },
      'yes',
      /^Yes/,
    ),
    c(
      'what can I fine-tune in Japan East without images',
      { intent: 'region', regions: ['japaneast'], modality: 'text' },
      null,
      /^8 models can be fine-tuned in Japan East$/,
    ),
    c('text-only models', { intent: 'filter', filters: ['!vision'], modality: 'text' }, null, /^6 models take text only/, { matches: TEXT_ONLY }),
    c(
      'gpt-4o in Japan East with images',
      { intent: 'check', models: ['gpt-4o'], regions: ['japaneast'], modality: 'vision' },
      'no',
      /^No, gpt-4o can't be fine-tuned in Japan East with images$/,
    ),
  ],
  'not negations: "not only", "not sure", "no matter", "don\'t know"': [
    c(
      'not only gpt-4o but also gpt-4.1 in Sweden Central?',
      { intent: 'check', models: ['gpt-4o', 'gpt-4.1'], regions: ['swedencentral'], negated: false },
      'yes',
      /^Yes, in 2 of 2 combinations$/,
    ),
    c(
      "I'm not sure whether gpt-4o can be fine-tuned in Sweden Central",
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], negated: false },
      'yes',
      /^Yes, with Standard or Global training$/,
    ),
    c('no matter the region, which models have a developer tier?', { intent: 'filter', filters: ['developer'] }, null, /^5 models have a Developer tier$/),
    c(
      "I don't know if o4-mini supports vision",
      { intent: 'model', models: ['o4-mini'], modality: 'vision', negated: false },
      null,
      /^o4-mini: where you can fine-tune it$/,
    ),
    c(
      'not sure: can I fine-tune gpt-4.1 in Japan East with images?',
      { intent: 'check', models: ['gpt-4.1'], regions: ['japaneast'], modality: 'vision', negated: false },
      'no',
      /^No, gpt-4.1 can't be fine-tuned in Japan East with images$/,
    ),
    c(
      'no, I meant gpt-4o in Sweden Central',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: null, modality: null, negated: false },
      'yes',
      /^Yes/,
    ),
    c(
      'we need vision and data residency, can we fine-tune gpt-4o in Sweden Central?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: 'standard', modality: 'vision' },
      'yes',
      /^Yes, with Standard training$/,
    ),
    c(
      'no matter the cost, can I fine-tune gpt-4o in Sweden Central?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], negated: false, aside: 'pricing' },
      'yes',
      /^Yes/,
      { note: /^The document doesn't cover prices/ },
    ),
  ],
  'misspelt cue words read as the cue': [
    c(
      'can I fine-tune gpt-4o in data residncy in Sweden Central',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: 'standard' },
      'yes',
      /^Yes, with Standard training$/,
    ),
    c(
      'can I fine-tune o4-mini in West Europe with data residncy',
      { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], tier: 'standard' },
      'no',
      /^No, o4-mini can't be fine-tuned in West Europe with Standard training$/,
    ),
    c('which models have a devloper tier', { intent: 'filter', filters: ['developer'] }, null, /^5 models have a Developer tier$/),
    c('which models have a developper tier?', { intent: 'filter', filters: ['developer'] }, null, /^5 models have a Developer tier$/),
    c('which models are in preveiw', { intent: 'filter', filters: ['preview'] }, null, /^2 models are in preview$/),
    c(
      'globl training for gpt-4.1 in Poland Central',
      { intent: 'check', models: ['gpt-4.1'], regions: ['polandcentral'], tier: 'global' },
      'yes',
      /^Yes, with Global training$/,
    ),
    c('any models with globall training?', { intent: 'filter', filters: ['global'] }, null, /^8 models support Global training$/),
    c('which models support visoin', { intent: 'filter', filters: ['vision'] }, null, /^2 models support vision/),
    c('which models support multimodl fine-tuning', { intent: 'filter', filters: ['vision'] }, null, /^2 models support vision/),
    c(
      'data zoen training for gpt-4o in East US',
      { intent: 'check', models: ['gpt-4o'], regions: ['eastus'], tier: 'datazone' },
      'unknown',
      /^Not stated: .* with Data zone training$/,
    ),
    c('which modles are in preview', { intent: 'filter', filters: ['preview'] }, null, /^2 models are in preview$/),
    c('regoins for global training', { intent: 'list-regions', tier: 'global' }, null, /^Fine-tuning is available in 26 regions with Global training$/),
    c(
      'can I fine-tune gpt-4o in Sweden Central with standrd training',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: 'standard' },
      'yes',
      /^Yes, with Standard training$/,
    ),
    c('fine-tunning gpt-4o in Sweden Central', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'] }, 'yes', /^Yes/),
    c('gpt-4o with imgaes in Japan East', { intent: 'check', models: ['gpt-4o'], regions: ['japaneast'], modality: 'vision' }, 'no', /with images$/),
    c('which models lack a devloper tier', { intent: 'filter', filters: ['!developer'] }, null, /^3 models have no Developer tier$/, { matches: NO_DEV }),
    c('please review the preview models', { intent: 'filter', filters: ['preview'] }, null, /^2 models are in preview$/),
    c(
      'we developed an app: can I fine-tune gpt-4o in Sweden Central?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: null },
      'yes',
      /^Yes, with Standard or Global training$/,
    ),
  ],
  'words of topics the document does not cover, beside an answerable question': [
    c(
      'I have a question: can I fine-tune gpt-4o in Sweden Central? We will deploy via the portal.',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], offTopic: null, aside: 'how-to' },
      'yes',
      /^Yes, with Standard or Global training$/,
      { note: OUTSIDE_HOW_TO },
    ),
    c(
      'can I fine-tune gpt-4.1 in West Europe and call it from our endpoint?',
      { intent: 'check', models: ['gpt-4.1'], regions: ['westeurope'], aside: 'how-to' },
      'yes',
      /^Yes, with Global training$/,
      { note: OUTSIDE_HOW_TO },
    ),
    c(
      'is fine-tuning o4-mini available in East US 2 via the API?',
      { intent: 'check', models: ['o4-mini'], regions: ['eastus2'], aside: 'how-to' },
      'yes',
      /^Yes/,
      { note: OUTSIDE_HOW_TO },
    ),
    c(
      'our deployment goes through the portal; can I fine-tune gpt-4o in Sweden Central?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], aside: 'how-to' },
      'yes',
      /^Yes/,
      { note: OUTSIDE_HOW_TO },
    ),
    c(
      'we use the REST API: which models can I fine-tune in Sweden Central?',
      { intent: 'region', regions: ['swedencentral'], aside: 'how-to' },
      null,
      /^8 models can be fine-tuned in Sweden Central$/,
      { note: OUTSIDE_HOW_TO },
    ),
    c(
      'can I fine-tune gpt-4o in Sweden Central and how much does it cost?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], aside: 'pricing' },
      'yes',
      /^Yes/,
      { note: /^The document doesn't cover prices or costs/ },
    ),
    c(
      'we have a $500 budget; can I fine-tune gpt-4o-mini in Sweden Central?',
      { intent: 'check', models: ['gpt-4o-mini'], regions: ['swedencentral'], aside: 'pricing' },
      'yes',
      /^Yes/,
      { note: /prices or costs/ },
    ),
    c(
      'can I fine-tune gpt-4o in sweden central? what hyperparameters should I use',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], aside: 'methods' },
      'yes',
      /^Yes/,
      { note: /training methods or hyperparameters/ },
    ),
    c(
      "I want to fine tune 4o mini in sweden central for our support bot, we'll deploy it later in the portal",
      { intent: 'check', models: ['gpt-4o-mini'], regions: ['swedencentral'], aside: 'how-to' },
      'yes',
      /^Yes/,
      { note: OUTSIDE_HOW_TO },
    ),
    c(
      "is o4-mini fine-tunable in East US 2? we'd call it through the SDK",
      { intent: 'check', models: ['o4-mini'], regions: ['eastus2'], aside: 'how-to' },
      'yes',
      /^Yes, with Standard or Global training$/,
      { note: OUTSIDE_HOW_TO },
    ),
    c(
      'which models have a developer tier? we deploy via the studio',
      { intent: 'filter', filters: ['developer'], aside: 'how-to' },
      null,
      /^5 models have a Developer tier$/,
      { note: OUTSIDE_HOW_TO },
    ),
    c('/check gpt-4o swedencentral via the portal', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], aside: 'how-to' }, 'yes', /^Yes/, {
      note: OUTSIDE_HOW_TO,
    }),
    c(
      'what about quota? and can I fine-tune gpt-4.1 in Sweden Central?',
      { intent: 'check', models: ['gpt-4.1'], regions: ['swedencentral'], aside: 'quota' },
      'yes',
      /^Yes/,
      { note: /quotas or rate limits/ },
    ),
    c(
      'any idea if o4-mini can be fine-tuned in East US 2 with standard deployment?',
      { intent: 'check', models: ['o4-mini'], regions: ['eastus2'], tier: 'standard', aside: 'how-to' },
      'yes',
      /^Yes, with Standard training$/,
      { note: OUTSIDE_HOW_TO },
    ),
  ],
  'only outside the document: no verdict': [
    c(
      'how much does fine-tuning gpt-4o cost?',
      { intent: 'unknown', models: ['gpt-4o'], offTopic: 'pricing' },
      null,
      /^I can't answer questions about pricing$/,
    ),
    c('how do I upload a jsonl', { intent: 'unknown', offTopic: 'how-to' }, null, /how-to/),
    c(
      'can I deploy a fine-tuned gpt-4o in West Europe?',
      { intent: 'unknown', models: ['gpt-4o'], regions: ['westeurope'], offTopic: 'how-to' },
      null,
      /how-to/,
    ),
    c(
      'after fine-tuning gpt-4o in Sweden Central can I deploy it in West Europe?',
      { intent: 'unknown', models: ['gpt-4o'], regions: ['swedencentral', 'westeurope'], offTopic: 'how-to' },
      null,
      /how-to/,
    ),
    c('rate limits for gpt-4.1 in East US 2', { intent: 'unknown', models: ['gpt-4.1'], regions: ['eastus2'], offTopic: 'quota' }, null, /quota/),
    c(
      'what is the price of fine-tuning o4-mini in Sweden Central?',
      { intent: 'unknown', models: ['o4-mini'], regions: ['swedencentral'], offTopic: 'pricing' },
      null,
      /pricing/,
    ),
    c(
      'what hyperparameters for gpt-4o in Sweden Central',
      { intent: 'unknown', models: ['gpt-4o'], regions: ['swedencentral'], offTopic: 'methods' },
      null,
      /methods/,
    ),
    c(
      'how do I fine-tune gpt-4o in Sweden Central via the SDK',
      { intent: 'unknown', models: ['gpt-4o'], regions: ['swedencentral'], offTopic: 'how-to' },
      null,
      /how-to/,
    ),
    c(
      'where do I upload training data for gpt-4o in Sweden Central',
      { intent: 'unknown', models: ['gpt-4o'], regions: ['swedencentral'], offTopic: 'how-to' },
      null,
      /how-to/,
    ),
    c(
      'is it cheaper to fine-tune gpt-4o in Sweden Central than West Europe',
      { intent: 'unknown', models: ['gpt-4o'], regions: ['swedencentral', 'westeurope'], offTopic: 'pricing' },
      null,
      /pricing/,
    ),
    c('does o4-mini support DPO?', { intent: 'unknown', models: ['o4-mini'], offTopic: 'methods' }, null, /methods/),
  ],
  'DPO the officer, DPO the method': [
    c(
      'Our DPO asks whether we can fine-tune gpt-4o in Sweden Central with data residency',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: 'standard', method: null, aside: null },
      'yes',
      /^Yes, with Standard training$/,
    ),
    c(
      'the DPO approved, can I fine tune gpt-4.1 in West Europe with data residency?',
      { intent: 'check', models: ['gpt-4.1'], regions: ['westeurope'], tier: 'standard', method: null },
      'no',
      /^No, gpt-4.1 can't be fine-tuned in West Europe with Standard training$/,
    ),
    c(
      'our DPO team wants to know if o4-mini can be trained in East US 2',
      { intent: 'check', models: ['o4-mini'], regions: ['eastus2'], method: null },
      'yes',
      /^Yes/,
    ),
    c(
      'my DPO says we need data residency: gpt-4o in Sweden Central?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: 'standard', method: null },
      'yes',
      /^Yes, with Standard training$/,
    ),
    c(
      'can I use DPO on gpt-4o in Sweden Central?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], method: 'DPO' },
      'unknown',
      /^Not stated: the document doesn't say whether gpt-4o can be fine-tuned with DPO in Sweden Central$/,
    ),
    c(
      'can I fine-tune gpt-4o with DPO in East US 2?',
      { intent: 'check', models: ['gpt-4o'], regions: ['eastus2'], method: 'DPO' },
      'unknown',
      /with DPO in East US 2$/,
    ),
    c('can I fine-tune gpt-4o with LoRA in East US 2?', { intent: 'check', models: ['gpt-4o'], regions: ['eastus2'], method: 'LoRA' }, 'unknown', /with LoRA/),
    c(
      'supervised fine-tuning of o4-mini in Sweden Central',
      { intent: 'check', models: ['o4-mini'], regions: ['swedencentral'], method: 'supervised fine-tuning' },
      'unknown',
      /^Not stated/,
    ),
    c(
      'reinforcement fine-tuning o4-mini in East US 2',
      { intent: 'check', models: ['o4-mini'], regions: ['eastus2'], method: 'reinforcement fine-tuning' },
      'unknown',
      /^Not stated/,
    ),
  ],
  'tier words as adjectives of people are no tier': [
    c(
      'our global team wants to fine-tune gpt-4o in West Europe, is that possible?',
      { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'], tier: null },
      'yes',
      /^Yes, with Global training$/,
    ),
    c(
      'is it standard practice to fine-tune gpt-4o in Sweden Central?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: null },
      'yes',
      /^Yes, with Standard or Global training$/,
    ),
    c(
      'our global customers need gpt-4.1 fine-tuned in Poland Central',
      { intent: 'check', models: ['gpt-4.1'], regions: ['polandcentral'], tier: null },
      'yes',
      /^Yes, with Global training$/,
    ),
  ],
  'names ruled out: "not gpt-4o, I meant …", "except Sweden Central"': [
    c(
      'not gpt-4o, I meant gpt-4.1 in Sweden Central',
      { intent: 'check', models: ['gpt-4.1'], regions: ['swedencentral'] },
      'yes',
      /^Yes, with Standard or Global training$/,
    ),
    c(
      'can I fine-tune o4-mini anywhere in Europe except Sweden Central?',
      {
        intent: 'check',
        models: ['o4-mini'],
        regions: EUROPE_REGIONS.filter((r) => r !== 'swedencentral'),
        place: 'Europe',
      },
      'yes',
      /^Yes, in 10 of 19 regions in Europe$/,
    ),
    c(
      'can I fine-tune gpt-4o not in Sweden Central but in West Europe',
      { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'] },
      'yes',
      /^Yes, with Global training$/,
    ),
    c(
      'gpt-4o in Europe, excluding Sweden Central and West Europe, with data residency',
      {
        intent: 'check',
        models: ['gpt-4o'],
        tier: 'standard',
        place: 'Europe',
        regions: EUROPE_REGIONS.filter((r) => r !== 'swedencentral' && r !== 'westeurope'),
      },
      'no',
      /^No, not in any of the 18 regions asked about$/,
    ),
    c(
      'Can I fine-tune gpt-4o in Sweden Central? If not, where?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], negated: false },
      'yes',
      /^Yes, with Standard or Global training$/,
    ),
  ],
  'data residency in other words, and a place said as context': [
    c(
      'our data must stay in the EU: can I fine-tune gpt-4o in West Europe?',
      { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'], place: null, tier: 'standard' },
      'no',
      /^No, gpt-4o can't be fine-tuned in West Europe with Standard training$/,
    ),
    c(
      'data must not leave Europe, can I fine-tune gpt-4.1 in Sweden Central?',
      { intent: 'check', models: ['gpt-4.1'], regions: ['swedencentral'], tier: 'standard' },
      'yes',
      /^Yes, with Standard training$/,
    ),
    c(
      'the data does not have to stay in Europe; gpt-4o in West Europe?',
      { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'], tier: 'global', excludeTiers: ['standard'] },
      'yes',
      /^Yes, with Global training$/,
    ),
    c(
      'data sovereignty matters: o4-mini in East US 2?',
      { intent: 'check', models: ['o4-mini'], regions: ['eastus2'], tier: 'standard' },
      'yes',
      /^Yes, with Standard training$/,
    ),
    c(
      'our training data cannot leave Germany. which models can I fine-tune in Germany West Central?',
      { intent: 'region', regions: ['germanywestcentral'], tier: 'standard' },
      null,
      /^No models can be fine-tuned in Germany West Central with Standard training$/,
      { matches: [] },
    ),
    c(
      'Hi! We are a bank in Germany and our compliance team needs data residency. Can we fine-tune gpt-4.1-mini in Germany West Central?',
      { intent: 'check', models: ['gpt-4.1-mini'], regions: ['germanywestcentral'], place: null, tier: 'standard' },
      'no',
      /^No, gpt-4.1-mini can't be fine-tuned in Germany West Central with Standard training$/,
    ),
    c(
      'our regional office in Sweden wants to fine-tune gpt-4.1 in Sweden Central',
      { intent: 'check', models: ['gpt-4.1'], regions: ['swedencentral'], tier: null },
      'yes',
      /^Yes, with Standard or Global training$/,
    ),
  ],
  'region lists by model property': [
    c('regions for preview models', { intent: 'list-regions', filters: ['preview'] }, null, /^Fine-tuning is available in 26 regions for preview models$/),
    c('which regions can I train preview models in', { intent: 'list-regions', filters: ['preview'] }, null, /for preview models$/),
    c('/regions for preview models', { intent: 'list-regions', filters: ['preview'] }, null, /for preview models$/),
    c(
      'which non-preview models can I fine-tune in Sweden Central',
      { intent: 'region', regions: ['swedencentral'], filters: ['!preview'] },
      null,
      /^6 non-preview models can be fine-tuned in Sweden Central$/,
    ),
  ],
};

export const ALL_CASES: readonly Case[] = Object.values(CASES).flat();
