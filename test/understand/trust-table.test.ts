// Answers you can trust (issue 13): questions typed the way people type them in Teams, each with what it
// must be understood as and the answer the document gives. The expected verdicts are derived by hand from
// data/source/fine-tune-models.md (ms.date 02/06/2025) and data/source/training-tiers.md, never from
// running the bot. The rule the document gives, used for every verdict below:
//   - Standard: yes in the model's "Standard regions" cell (Ministral-3B and Qwen-32B: "Not supported").
//   - Global: every model of the table is ✅, so yes in each region of the Global training regions list
//     (26 regions), except Poland Central for gpt-4.1-nano ("no 4.1-nano support") and Japan East for
//     image (vision) training ("no vision support").
//   - Developer: ✅ for gpt-4o-mini, gpt-4o, gpt-4.1, gpt-4.1-mini, gpt-4.1-nano; ❌ for o4-mini,
//     Ministral-3B, Qwen-32B; the documents list no regions for it, so a Developer-only question is
//     "not stated" where the model has the tier and "no" where it has not.
//   - A region on neither list (Central US, North Europe, West US 2...) is "no".
//   - Regions outside Azure's public cloud (data/other-clouds.json) and versions the table does not list
//     are not covered by the documents: never yes or no.
import { answer, type Answer, type Intent, type Question, type Verdict } from '../../src/core';
import { seedCatalog } from '../support/knowledge';
import { modelsOf, understand } from './support';

const catalog = seedCatalog();

interface Row {
  text: string;
  /** The intent expected; several when the document's answer does not depend on which one. */
  intent: Intent | readonly Intent[];
  /** Catalog ids (with `@version` when one is read), `other:` for a known model not in the table. */
  models?: readonly string[];
  /** Programmatic region names, any order (a country's: all its regions). */
  regions?: readonly string[];
  /** The place (country or area) named; null (the default) when none. */
  place?: string | null;
  /** True when the question names a region or cloud outside Azure's public cloud. */
  outside?: boolean;
  /** `unknown`: a name the bot does not know, said back; `candidates`: several things fit. */
  clarify?: { unknown: true; kind: 'model' | 'region' } | { candidates: readonly string[] };
  /** The answer's verdict; `not yes/no` where the document says nothing and either null or unknown is honest. */
  verdict: Verdict | null | 'not yes/no';
  /** What the headline must contain (all of them), or match. */
  headline: string | readonly string[] | RegExp;
}

type Category = readonly [name: string, rows: readonly Row[]];

// Short constructors: the text first, then what it means.
const W = 'westeurope';
const SWC = 'swedencentral';

/** An unknown model name, said back: no listed model, no verdict, the name quoted. */
function unknownModel(text: string, said: string, regions: readonly string[] = [], models: readonly string[] = []): Row {
  return { text, intent: 'clarify', models, regions, clarify: { unknown: true, kind: 'model' }, verdict: null, headline: `“${said}”` };
}

function unknownRegion(text: string, said: string, models: readonly string[]): Row {
  return { text, intent: 'clarify', models, regions: [], clarify: { unknown: true, kind: 'region' }, verdict: null, headline: `“${said}”` };
}

function check(
  text: string,
  models: readonly string[],
  regions: readonly string[],
  verdict: Verdict,
  headline: Row['headline'],
  place: string | null = null,
): Row {
  return { text, intent: 'check', models, regions, place, verdict, headline };
}

function outside(text: string, intent: Intent | readonly Intent[], models: readonly string[] = []): Row {
  return { text, intent, models, regions: [], outside: true, verdict: 'unknown', headline: /^Not stated/ };
}

/** A question about one model as a whole (no region), whose headline states a fact. */
function modelFact(text: string, models: readonly string[], headline: Row['headline'], intent: Intent = 'model'): Row {
  return { text, intent, models, regions: [], verdict: null, headline };
}

const YES_BOTH = 'Yes, with Standard or Global training';
const YES_STANDARD = 'Yes, with Standard training';
const YES_GLOBAL = 'Yes, with Global training';
const no = (model: string, region: string): string => `No, ${model} can't be fine-tuned in ${region}`;

const FRANCE = ['francecentral', 'francesouth'];
const GERMANY = ['germanynorth', 'germanywestcentral'];
const JAPAN = ['japaneast', 'japanwest'];
const UK = ['uksouth', 'ukwest'];
const SWEDEN = ['swedencentral', 'swedensouth'];
const SWITZERLAND = ['switzerlandnorth', 'switzerlandwest'];
const NORWAY = ['norwayeast', 'norwaywest'];
const BRAZIL = ['brazilsouth', 'brazilsoutheast'];
const KOREA = ['koreacentral', 'koreasouth'];
const INDIA = ['centralindia', 'jioindiacentral', 'jioindiawest', 'southindia', 'westindia'];
const AUSTRALIA = ['australiacentral', 'australiacentral2', 'australiaeast', 'australiasoutheast'];
const CANADA = ['canadacentral', 'canadaeast'];
const SOUTH_AFRICA = ['southafricanorth', 'southafricawest'];
const US = ['centralus', 'eastus', 'eastus2', 'northcentralus', 'southcentralus', 'westcentralus', 'westus', 'westus2', 'westus3'];

// (1) Names. Unknown: each differs from a listed model only in a number or a size word, so the document says
// nothing about it: a clarification that quotes it, never a listed model, never a verdict. Typos of letters
// are the listed model; their verdicts come from that model's row and the Global list (West Europe, France
// Central, UK South, Japan East and Brazil South are Global regions; Sweden Central, North Central US and
// East US2 are Standard regions of the rows named).
const NAMES: Category = [
  '(1) names: unknown numbers and size words, letter typos',
  [
    unknownModel('can I fine-tune gpt-4.2 in West Europe?', 'gpt-4.2', [W]),
    unknownModel('hey, is gpt-5.1 fine-tunable in sweden central yet?', 'gpt-5.1', [SWC]),
    unknownModel('Qwen-14B in East US 2 — possible to fine-tune?', 'Qwen-14B', ['eastus2']),
    unknownModel('can we finetune o4-micro in swedencentral', 'o4-micro', [SWC]),
    unknownModel('o5-mini fine tuning in West Europe?', 'o5-mini', [W]),
    unknownModel('Ministral-8B in France Central please', 'Ministral-8B', ['francecentral']),
    unknownModel('is gpt-4.1-pico available for fine-tuning in north central us', 'gpt-4.1-pico', ['northcentralus']),
    unknownModel('gpt-4.3-mini in uk south?', 'gpt-4.3-mini', ['uksouth']),
    unknownModel('can i fine tune gpt-4o-nano in sweden central', 'gpt-4o-nano', [SWC]),
    unknownModel('gpt-4.1-micro West Europe', 'gpt-4.1-micro', [W]),
    unknownModel('o4-nano in east us2?', 'o4-nano', ['eastus2']),
    unknownModel('Qwen-72B fine-tuning in Sweden Central', 'Qwen-72B', [SWC]),
    unknownModel('ministral-14b in spain central?', 'ministral-14b', ['spaincentral']),
    unknownModel('can we fine-tune gpt-4.5-mini in West Europe', 'gpt-4.5-mini', [W]),
    unknownModel('gpt-4o-small in north central us', 'gpt-4o-small', ['northcentralus']),
    unknownModel('o3-nano fine-tuning in swedencentral?', 'o3-nano', [SWC]),
    unknownModel('GPT-4.2 IN WEST EUROPE??', 'GPT-4.2', [W]),
    unknownModel('gpt\u20114.2 in West\u00A0Europe', 'gpt-4.2', [W]),
    unknownModel('can I fine-tune gpt-6 in Sweden Central?', 'gpt-6', [SWC]),
    unknownModel('Qwen 14B in Sweden Central', 'Qwen 14B', [SWC]),
    unknownModel('ministral 8b in france central?', 'ministral 8b', ['francecentral']),
    unknownModel('o4 micro in east us 2', 'o4 micro', ['eastus2']),
    unknownModel('gpt 4.2 nano in sweden central', 'gpt 4.2 nano', [SWC]),
    unknownModel('what about gpt-4.4 in West Europe', 'gpt-4.4', [W]),
    unknownModel('is gpt-4.2 better than gpt-4.1 for fine-tuning in sweden central?', 'gpt-4.2', [SWC], ['gpt-4.1']),
    unknownModel('gpt-4.1-nano-pro in swedencentral', 'gpt-4.1-nano-pro', [SWC]),
    // Letter typos: the listed model.
    check('can i finetune gtp-4o in swedencentral', ['gpt-4o'], [SWC], 'yes', YES_BOTH),
    check('mnistral in france central?', ['Ministral-3B'], ['francecentral'], 'yes', YES_GLOBAL),
    check('gpt-4o-mnii in north central us', ['gpt-4o-mini'], ['northcentralus'], 'yes', YES_BOTH),
    check('qwenn-32b in uk south', ['Qwen-32B'], ['uksouth'], 'yes', YES_GLOBAL),
    check('gpt-4.1-nanno in Poland Central?', ['gpt-4.1-nano'], ['polandcentral'], 'no', no('gpt-4.1-nano', 'Poland Central')),
    check('o4-mnii in East US2', ['o4-mini'], ['eastus2'], 'yes', YES_BOTH),
    check('Minstral-3B in West Europe', ['Ministral-3B'], [W], 'yes', YES_GLOBAL),
    check('gpt-4.1-mnii in Brazil South', ['gpt-4.1-mini'], ['brazilsouth'], 'yes', YES_GLOBAL),
    check('gtp 4.1 in sweden central', ['gpt-4.1'], [SWC], 'yes', YES_BOTH),
    check('ministrall 3b in japan east', ['Ministral-3B'], ['japaneast'], 'yes', YES_GLOBAL),
  ],
];

// (2) Regions. Sovereign regions (data/other-clouds.json) are in no document: never a verdict. Unknown
// region names near real ones are said back. Real public regions on neither list (the Standard cells and the
// Global list: Central US, North Europe, West US 2, Japan West, UK West, Korea South, Germany North, East Asia,
// West Central US, UAE North, Central India, Australia Southeast) are "no". Pasted host names, URLs and
// resource names name no area (their "eu", "us", "uk" are not Europe, the US or the UK).
const REGIONS: Category = [
  '(2) regions: sovereign, unknown, unlisted public, pasted identifiers',
  [
    outside('can I fine-tune gpt-4o in US Gov Virginia?', 'model', ['gpt-4o']),
    outside('gpt-4.1-mini usgovarizona', 'model', ['gpt-4.1-mini']),
    outside('o4-mini in China East 2?', 'model', ['o4-mini']),
    outside('is fine-tuning available in Azure Government', 'list-models'),
    outside('can we fine-tune gpt-4o in GCC High?', 'model', ['gpt-4o']),
    outside('Mooncake: can we fine-tune gpt-4o-mini?', 'model', ['gpt-4o-mini']),
    outside('which models can I fine-tune in usgovtexas', 'list-models'),
    outside('gpt-4o in US DoD Central', 'model', ['gpt-4o']),
    outside('gpt-4.1 in China North 3 with data residency', 'model', ['gpt-4.1']),
    outside('Can we fine-tune gpt-4.1 in the US Gov cloud?', 'model', ['gpt-4.1']),
    outside('fine-tune gpt-4o in Azure Gov (Virginia)', 'model', ['gpt-4o']),
    outside('gpt\u20114o in US\u00A0Gov\u00A0Arizona', 'model', ['gpt-4o']),
    unknownRegion('can I fine-tune gpt-4o in eastus3?', 'eastus3', ['gpt-4o']),
    unknownRegion('gpt-4o-mini in westeurope2', 'westeurope2', ['gpt-4o-mini']),
    unknownRegion('is o4-mini fine-tunable in Sweden North?', 'Sweden North', ['o4-mini']),
    unknownRegion('gpt-4.1 in West US 4', 'West US 4', ['gpt-4.1']),
    unknownRegion('gpt-4o uksouth2', 'uksouth2', ['gpt-4o']),
    unknownRegion('Qwen-32B in Canada West?', 'Canada West', ['Qwen-32B']),
    unknownRegion('can we fine-tune gpt-4.1-mini in japan south', 'japan south', ['gpt-4.1-mini']),
    unknownRegion('gpt-4o in north europe 2', 'north europe 2', ['gpt-4o']),
    unknownRegion('o4-mini in centralus3', 'centralus3', ['o4-mini']),
    unknownRegion('gpt-4o in eastus2euap', 'eastus2euap', ['gpt-4o']),
    check('can I fine-tune gpt-4o in Central US?', ['gpt-4o'], ['centralus'], 'no', no('gpt-4o', 'Central US')),
    check('o4-mini in North Europe', ['o4-mini'], ['northeurope'], 'no', no('o4-mini', 'North Europe')),
    check('gpt-4.1-mini westus2', ['gpt-4.1-mini'], ['westus2'], 'no', no('gpt-4.1-mini', 'West US 2')),
    check('gpt-4o-mini in Japan West?', ['gpt-4o-mini'], ['japanwest'], 'no', no('gpt-4o-mini', 'Japan West')),
    check('Qwen-32B in UK West', ['Qwen-32B'], ['ukwest'], 'no', no('Qwen-32B', 'UK West')),
    check('gpt-4.1 in korea south', ['gpt-4.1'], ['koreasouth'], 'no', no('gpt-4.1', 'Korea South')),
    check('gpt-4.1-nano in germanynorth', ['gpt-4.1-nano'], ['germanynorth'], 'no', no('gpt-4.1-nano', 'Germany North')),
    check('Ministral-3B in East Asia?', ['Ministral-3B'], ['eastasia'], 'no', no('Ministral-3B', 'East Asia')),
    check('gpt-4o in West Central US', ['gpt-4o'], ['westcentralus'], 'no', no('gpt-4o', 'West Central US')),
    check('gpt-4o-mini in UAE North', ['gpt-4o-mini'], ['uaenorth'], 'no', no('gpt-4o-mini', 'UAE North')),
    check('o4-mini in central india', ['o4-mini'], ['centralindia'], 'no', no('o4-mini', 'Central India')),
    check('gpt-4.1 in Australia Southeast', ['gpt-4.1'], ['australiasoutheast'], 'no', no('gpt-4.1', 'Australia Southeast')),
    modelFact('can we fine-tune gpt-4o on https://contoso-eu.openai.azure.com/ ?', ['gpt-4o'], 'gpt-4o: where you can fine-tune it'),
    modelFact('our resource is aoai-ml-eu-prod — can we fine-tune gpt-4.1-mini on it?', ['gpt-4.1-mini'], 'gpt-4.1-mini: where you can fine-tune it'),
    modelFact(
      '/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/rg-uk-ai/providers/Microsoft.CognitiveServices/accounts/aoai-us-01 can o4-mini be fine-tuned on this one?',
      ['o4-mini'],
      'o4-mini: where you can fine-tune it',
    ),
    check('endpoint contoso-us.cognitiveservices.azure.com: gpt-4o-mini fine-tuning in Sweden Central?', ['gpt-4o-mini'], [SWC], 'yes', YES_BOTH),
    check('aoai_uk_01 lives in uksouth: can I fine-tune gpt-4.1 on it?', ['gpt-4.1'], ['uksouth'], 'yes', YES_GLOBAL),
    modelFact('mail ml-team@contoso.eu — where can Qwen-32B be fine-tuned?', ['Qwen-32B'], 'Qwen-32B: where you can fine-tune it'),
    modelFact('our RG is rg-us-east-ml, can we fine-tune gpt-4o-mini for it?', ['gpt-4o-mini'], 'gpt-4o-mini: where you can fine-tune it'),
    modelFact('resource contoso-ai-uk: fine-tune gpt-4.1-nano?', ['gpt-4.1-nano'], 'gpt-4.1-nano: where you can fine-tune it'),
  ],
];

// (3) Versions. The table gives each row one version: gpt-4o-mini 2024-07-18, gpt-4o 2024-08-06, gpt-4.1 /
// gpt-4.1-mini / gpt-4.1-nano 2025-04-14 (shared: a question), o4-mini 2025-04-16, Ministral-3B 2411, Qwen-32B
// none. Another version of a listed model is not in the table: "not stated", and the headline says which
// version the table lists. Glued, dashed and odd-Unicode spellings are the listed model.
const VERSIONS: Category = [
  '(3) versions: said alone, shared, unlisted; glued and dashed spellings',
  [
    check('can I fine-tune the 2024-08-06 model in Sweden Central?', ['gpt-4o@2024-08-06'], [SWC], 'yes', YES_BOTH),
    check('is the 2024-07-18 one fine-tunable in north central us', ['gpt-4o-mini@2024-07-18'], ['northcentralus'], 'yes', YES_BOTH),
    check('the 2025-04-16 release in West Europe?', ['o4-mini@2025-04-16'], [W], 'yes', YES_GLOBAL),
    check('2024-08-06 in Central US?', ['gpt-4o@2024-08-06'], ['centralus'], 'no', no('gpt-4o', 'Central US')),
    {
      text: 'can I fine-tune the 2025-04-14 model in sweden central',
      intent: 'clarify',
      regions: [SWC],
      clarify: { candidates: ['gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'] },
      verdict: null,
      headline: '“2025-04-14”',
    },
    {
      text: '2025/04/14 in poland central?',
      intent: 'clarify',
      regions: ['polandcentral'],
      clarify: { candidates: ['gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'] },
      verdict: null,
      headline: '“2025/04/14”',
    },
    {
      text: 'anything with version 2025-04-14 in East US?',
      intent: 'clarify',
      regions: ['eastus'],
      clarify: { candidates: ['gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'] },
      verdict: null,
      headline: '2025-04-14',
    },
    check('gpt-4.1 2025-09-01 in sweden central', ['gpt-4.1@2025-09-01'], [SWC], 'unknown', 'the table lists gpt-4.1 version 2025-04-14'),
    check('gpt-4o (2024-05-13) in East US2', ['gpt-4o@2024-05-13'], ['eastus2'], 'unknown', 'the table lists gpt-4o version 2024-08-06'),
    check('gpt-4o-2024-11-20 westeurope', ['gpt-4o@2024-11-20'], [W], 'unknown', 'the table lists gpt-4o version 2024-08-06'),
    check('o4-mini version 2025-06-01 in Sweden Central', ['o4-mini@2025-06-01'], [SWC], 'unknown', 'the table lists o4-mini version 2025-04-16'),
    check('Ministral-3B 2503 in Spain Central', ['Ministral-3B@2503'], ['spaincentral'], 'unknown', 'the table lists Ministral-3B version 2411'),
    check('Qwen-32B 2024-09-19 in West US', ['Qwen-32B@2024-09-19'], ['westus'], 'unknown', /^Not stated/),
    { text: 'tell me about gpt-4o 2024-05-13', intent: 'model', models: ['gpt-4o@2024-05-13'], regions: [], verdict: 'not yes/no', headline: '2024-08-06' },
    check('gpt-4o-mini 2024/07/18 in eastus', ['gpt-4o-mini@2024-07-18'], ['eastus'], 'yes', YES_GLOBAL),
    check('gpt-4o-mini 20240718 in eastus', ['gpt-4o-mini@2024-07-18'], ['eastus'], 'yes', YES_GLOBAL),
    check('Ministral-3B 2411 in Spain Central', ['Ministral-3B@2411'], ['spaincentral'], 'yes', YES_GLOBAL),
    check('Ministral-3B-2411 in swedencentral', ['Ministral-3B@2411'], [SWC], 'yes', YES_GLOBAL),
    check('gpt-4o-mini-2024-07-18 in west us', ['gpt-4o-mini@2024-07-18'], ['westus'], 'yes', YES_GLOBAL),
    check('gpt-4.1-mini-2025-04-14 in italy north', ['gpt-4.1-mini@2025-04-14'], ['italynorth'], 'yes', YES_GLOBAL),
    check('gpt4.1nano in sweden central', ['gpt-4.1-nano'], [SWC], 'yes', YES_BOTH),
    check('gpt-4.1nano poland central', ['gpt-4.1-nano'], ['polandcentral'], 'no', no('gpt-4.1-nano', 'Poland Central')),
    check('gpt\u20114o in Japan East', ['gpt-4o'], ['japaneast'], 'yes', YES_GLOBAL),
    check('gpt\u20134.1\u2013mini in uk south', ['gpt-4.1-mini'], ['uksouth'], 'yes', YES_GLOBAL),
    check('gpt\u20144o\u2014mini in north central us', ['gpt-4o-mini'], ['northcentralus'], 'yes', YES_BOTH),
    check('GPT4O in westus2', ['gpt-4o'], ['westus2'], 'no', no('gpt-4o', 'West US 2')),
    check('o4mini in eastus2', ['o4-mini'], ['eastus2'], 'yes', YES_BOTH),
    check('qwen32b in brazil south', ['Qwen-32B'], ['brazilsouth'], 'yes', YES_GLOBAL),
    check('ministral3b in swedencentral with data residency', ['Ministral-3B'], [SWC], 'no', `${no('Ministral-3B', 'Sweden Central')} with Standard training`),
    check('gpt-\u200B4.1 in westeurope', ['gpt-4.1'], [W], 'yes', YES_GLOBAL),
    check('gpt 4.1 mini\u00A0in\u00A0sweden\u00A0central', ['gpt-4.1-mini'], [SWC], 'yes', YES_BOTH),
    check('gpt4o\u2011mini in france central', ['gpt-4o-mini'], ['francecentral'], 'yes', YES_GLOBAL),
    // A date in a sentence is not a version unless it stands for a model.
    {
      text: 'We signed the contract on 2024-08-06. Which models can we fine-tune in Sweden Central?',
      intent: 'region',
      regions: [SWC],
      verdict: null,
      headline: 'can be fine-tuned in Sweden Central',
    },
  ],
];

// (4) Facts asked about a model: the "Max request (tokens)" cell (Input / Output / Training example context
// length), "Training data (up to)", "(preview)" after the id, the Global and Developer marks and Standard
// cell (tiers), the version in parentheses and the Modality column. "Unknown" in the table (Ministral-3B:
// output, training context, training data) is "not stated".
const FACTS: Category = [
  '(4) facts asked: training context, data cutoff, preview, tiers, limits, version, modality',
  [
    modelFact("what's the training context of gpt-4o", ['gpt-4o'], 'gpt-4o: training examples up to 65,536 tokens'),
    modelFact('training example context length for gpt-4.1-nano?', ['gpt-4.1-nano'], 'gpt-4.1-nano: training examples up to 32,768 tokens'),
    modelFact('whats the context length of qwen-32b for training', ['Qwen-32B'], 'Qwen-32B: training examples up to 8,192 tokens'),
    modelFact('ministral-3b training context?', ['Ministral-3B'], ['Ministral-3B', 'not stated']),
    modelFact('how many tokens per training example for gpt-4.1-mini', ['gpt-4.1-mini'], 'gpt-4.1-mini: training examples up to 65,536 tokens'),
    modelFact('training data cutoff of gpt-4o-mini', ['gpt-4o-mini'], 'gpt-4o-mini: training data up to Oct 2023'),
    modelFact("what's the knowledge cutoff for gpt-4.1", ['gpt-4.1'], 'gpt-4.1: training data up to May 2024'),
    modelFact('data cutoff of Ministral-3B', ['Ministral-3B'], ['Ministral-3B', 'not stated']),
    modelFact('Qwen-32B training data up to when?', ['Qwen-32B'], 'Qwen-32B: training data up to July 2024'),
    modelFact('is o4-mini in preview?', ['o4-mini'], 'o4-mini: not marked as preview'),
    modelFact('is Ministral-3B still in preview', ['Ministral-3B'], 'Ministral-3B: in preview'),
    modelFact('is qwen 32b GA yet?', ['Qwen-32B'], 'Qwen-32B: in preview'),
    modelFact('which tiers does gpt-4o have', ['gpt-4o'], 'gpt-4o: Standard, Global and Developer training'),
    modelFact('what training types does o4-mini support', ['o4-mini'], 'o4-mini: Standard and Global training; not Developer'),
    modelFact('which tiers does Ministral-3B have?', ['Ministral-3B'], 'Ministral-3B: Global training; not Standard or Developer'),
    modelFact('max output tokens for gpt-4.1-mini', ['gpt-4.1-mini'], 'gpt-4.1-mini: output up to 16,384 tokens'),
    modelFact('max output tokens for Qwen-32B', ['Qwen-32B'], 'Qwen-32B: output up to 32,000 tokens'),
    modelFact('Ministral 3B output tokens?', ['Ministral-3B'], ['Ministral-3B', 'not stated']),
    modelFact('max input tokens gpt-4o-mini', ['gpt-4o-mini'], 'gpt-4o-mini: input up to 128,000 tokens'),
    modelFact('max input for qwen-32b', ['Qwen-32B'], 'Qwen-32B: input up to 8,000 tokens'),
    modelFact('limits of o4-mini', ['o4-mini'], 'o4-mini: input 128,000 tokens, output 16,384 tokens, training examples 65,536 tokens'),
    modelFact('modality of gpt-4.1', ['gpt-4.1'], 'gpt-4.1: Text and vision to text'),
    modelFact('what version of o4-mini is in the table', ['o4-mini'], 'o4-mini: version 2025-04-16'),
    modelFact('which version of Qwen-32B?', ['Qwen-32B'], 'Qwen-32B: no version'),
    modelFact('training context of gtp-4o', ['gpt-4o'], 'gpt-4o: training examples up to 65,536 tokens'),
    modelFact(
      'training context of gpt-4o and gpt-4.1-nano',
      ['gpt-4o', 'gpt-4.1-nano'],
      ['gpt-4o: training examples up to 65,536 tokens', 'gpt-4.1-nano: training examples up to 32,768 tokens'],
    ),
    modelFact(
      'is gpt-4.1-nano or Ministral-3B in preview?',
      ['gpt-4.1-nano', 'Ministral-3B'],
      ['gpt-4.1-nano: not marked as preview', 'Ministral-3B: in preview'],
    ),
    modelFact(
      'max output tokens of o4-mini and qwen-32b',
      ['o4-mini', 'Qwen-32B'],
      ['o4-mini: output up to 16,384 tokens', 'Qwen-32B: output up to 32,000 tokens'],
    ),
    modelFact(
      'training data cutoff for gpt-4o vs gpt-4.1',
      ['gpt-4o', 'gpt-4.1'],
      ['gpt-4o: training data up to Oct 2023', 'gpt-4.1: training data up to May 2024'],
      'compare',
    ),
    modelFact(
      'compare the training context of gpt-4.1-mini and gpt-4.1-nano',
      ['gpt-4.1-mini', 'gpt-4.1-nano'],
      ['gpt-4.1-mini: training examples up to 65,536 tokens', 'gpt-4.1-nano: training examples up to 32,768 tokens'],
      'compare',
    ),
    { text: 'training context of gpt-4', intent: 'model', models: ['other:gpt-4'], regions: [], verdict: 'no', headline: "No, gpt-4 can't be fine-tuned" },
    {
      text: 'training context of gpt-4.2?',
      intent: 'clarify',
      models: [],
      regions: [],
      clarify: { unknown: true, kind: 'model' },
      verdict: null,
      headline: '“gpt-4.2”',
    },
    {
      text: "what's the training context of gpt-4o 2024-05-13",
      intent: 'model',
      models: ['gpt-4o@2024-05-13'],
      regions: [],
      verdict: 'not yes/no',
      headline: '2024-08-06',
    },
  ],
];

// (5) Long messages. The sentences around the question (a DPO, a deployment, the portal, endpoints, a
// "standard" landing zone, a "regional" manager, a "developer" team, a price that does not matter) are context:
// the verdict is the document's for the model, region and tier actually asked. Tiers: "with data residency" is
// Standard (training-tiers.md); "no data residency needed" leaves Global.
const MESSAGES: Category = [
  '(5) long Teams messages around a real question',
  [
    check(
      'Hi all, quick one from the claims team 🙂 Our DPO wants the training data kept with data residency. We have an Azure OpenAI resource in Sweden Central. Can we fine-tune gpt-4.1-mini there?',
      ['gpt-4.1-mini'],
      [SWC],
      'yes',
      YES_STANDARD,
    ),
    check(
      'Morning! We already have a gpt-4o deployment in East US for chat. Before I open a ticket: can gpt-4o be fine-tuned in East US as well?',
      ['gpt-4o'],
      ['eastus'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      "I'm in the portal right now (Foundry → Fine-tuning) and I don't see o4-mini for my West Europe resource. Is o4-mini supposed to be fine-tunable in West Europe at all?",
      ['o4-mini'],
      [W],
      'yes',
      YES_GLOBAL,
    ),
    check(
      'our endpoints are all https://*.openai.azure.com in UK South. Can we fine-tune gpt-4o-mini in UK South or do we have to move?',
      ['gpt-4o-mini'],
      ['uksouth'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      'Context: regulated bank, resource in Switzerland North, data must stay in-country. Our DPO asked me: can gpt-4.1 be fine-tuned in Switzerland North with data residency?',
      ['gpt-4.1'],
      ['switzerlandnorth'],
      'no',
      `${no('gpt-4.1', 'Switzerland North')} with Standard training`,
    ),
    check(
      "We're a developer team of 4 at Contoso building a support copilot. Can we fine-tune gpt-4o-mini in Sweden Central?",
      ['gpt-4o-mini'],
      [SWC],
      'yes',
      YES_BOTH,
    ),
    check('Our standard landing zone is West Europe. Can we fine-tune o4-mini there?', ['o4-mini'], [W], 'yes', YES_GLOBAL),
    check('My regional manager asked me to check: can Qwen-32B be fine-tuned in Canada Central?', ['Qwen-32B'], ['canadacentral'], 'yes', YES_GLOBAL),
    check(
      "We're a global retailer with HQ in Madrid. Can we fine-tune gpt-4.1-nano in Poland Central for our warehouse team?",
      ['gpt-4.1-nano'],
      ['polandcentral'],
      'no',
      no('gpt-4.1-nano', 'Poland Central'),
    ),
    check(
      'Hey, pasting from our runbook: resource aoai-ml-eu-prod, id /subscriptions/1234/resourceGroups/rg-ml/providers/Microsoft.CognitiveServices/accounts/aoai-ml-eu-prod, location francecentral. Is gpt-4o fine-tunable in francecentral?',
      ['gpt-4o'],
      ['francecentral'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      'Long story short: legal says no data residency needed, cheapest option is fine. Can we fine-tune gpt-4o in Brazil South?',
      ['gpt-4o'],
      ['brazilsouth'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      'Our DPO confirmed Global training is OK for us (no data residency). Can we fine-tune Ministral-3B in Italy North?',
      ['Ministral-3B'],
      ['italynorth'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      "FYI we tried to fine-tune gpt-4.1 in North Europe last week and it failed with 'region not supported'. Is gpt-4.1 fine-tuning supported in North Europe at all per the docs?",
      // A "not" in the earlier sentence makes the answer say the fact in words ("can't be fine-tuned").
      ['gpt-4.1'],
      ['northeurope'],
      'no',
      /gpt-4\.1 can't be fine-tuned in North Europe/,
    ),
    {
      ...check(
        'We need images in the training set (product photos). Can gpt-4o be fine-tuned with images in Japan East?',
        ['gpt-4o'],
        ['japaneast'],
        'no',
        `${no('gpt-4o', 'Japan East')} with images`,
      ),
    },
    check('Same question but text only, no images: gpt-4o in Japan East?', ['gpt-4o'], ['japaneast'], 'yes', YES_GLOBAL),
    check(
      "I'm putting together a slide for leadership. Just to confirm: o4-mini fine-tuning works in East US2 with data residency, right?",
      ['o4-mini'],
      ['eastus2'],
      'yes',
      YES_STANDARD,
    ),
    check(
      '@Fine-Tune Scout we run everything out of South Central US. can gpt-4.1-mini be finetuned there? thx',
      ['gpt-4.1-mini'],
      ['southcentralus'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      'Before I raise a change request: our prod endpoint https://contoso-weu.openai.azure.com/openai/deployments/gpt4o/chat/completions?api-version=2024-08-06 is in West Europe. Can I fine-tune gpt-4o-mini in West Europe?',
      ['gpt-4o-mini'],
      [W],
      'yes',
      YES_GLOBAL,
    ),
    check(
      "Team, the customer's data protection officer asked whether Qwen-32B can be fine-tuned in Sweden Central with Standard training (data residency). What does the doc say?",
      ['Qwen-32B'],
      [SWC],
      'no',
      `${no('Qwen-32B', 'Sweden Central')} with Standard training`,
    ),
    check(
      'We use the Azure AI Foundry portal and our hub is in East US. Can I fine-tune gpt-4.1 in East US with the Developer tier?',
      ['gpt-4.1'],
      ['eastus'],
      'unknown',
      /^Not stated/,
    ),
    check(
      "Is o4-mini available on the Developer tier in Sweden Central? We're only experimenting.",
      ['o4-mini'],
      [SWC],
      'no',
      `${no('o4-mini', 'Sweden Central')} with Developer training`,
    ),
    check(
      "ok so the price doesn't matter for this pilot — can gpt-4.1-mini be fine-tuned in Korea Central?",
      ['gpt-4.1-mini'],
      ['koreacentral'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      "quick sanity check before our architecture review tomorrow... we're on westus3, want to fine-tune gpt-4o-mini there. possible?",
      ['gpt-4o-mini'],
      ['westus3'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      "We're migrating off gpt-35-turbo. Can gpt-4o-mini be fine-tuned in Australia East?",
      ['other:gpt-35-turbo', 'gpt-4o-mini'],
      ['australiaeast'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      'Our resource lives in westus2 (yes, West US 2, not West US 3). Can we fine-tune gpt-4o there?',
      ['gpt-4o'],
      ['westus2'],
      'no',
      no('gpt-4o', 'West US 2'),
    ),
    check(
      "Hi! I'm new here. We've got a Foundry project connected to a resource in Germany West Central. Can I fine-tune gpt-4.1 in Germany West Central?",
      ['gpt-4.1'],
      ['germanywestcentral'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      "Asking for the EMEA team: can we fine-tune Ministral-3B in Spain Central? We don't need data residency.",
      ['Ministral-3B'],
      ['spaincentral'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      "we've been asked by compliance to keep training in Norway East. is gpt-4o-mini supported there for fine-tuning?",
      ['gpt-4o-mini'],
      ['norwayeast'],
      'yes',
      YES_GLOBAL,
    ),
    check(
      'Our DPO (data protection officer) needs an answer by Friday: is gpt-4o fine-tuning with data residency possible in North Central US? Our endpoints are in the same region.',
      ['gpt-4o'],
      ['northcentralus'],
      'yes',
      YES_STANDARD,
    ),
    check(
      'We deploy everything with Bicep and our API calls go through APIM. Separate question: can gpt-4.1-nano be fine-tuned in Switzerland West?',
      ['gpt-4.1-nano'],
      ['switzerlandwest'],
      'yes',
      YES_GLOBAL,
    ),
  ],
];

// (6) Country names in other languages (i18n-iso-countries' names in de, es, fr, it, nl, pl, pt, sv) are the
// country's regions. A country with one region answers for it alone; with several, yes when one of them is a
// Standard region of the model or on the Global list (France Central, Germany West Central, Japan East, UK
// South, Sweden Central, Switzerland North/West, Norway East, Brazil South, Korea Central, South India,
// Australia East, Canada Central/East, South Africa North, East US and more). Mexico Central, Austria East,
// Belgium Central and Denmark East are on neither list. China's regions are Azure China's: outside.
const COUNTRIES: Category = [
  '(6) country names in other languages',
  [
    check('kann ich gpt-4o in Frankreich fine-tunen?', ['gpt-4o'], FRANCE, 'yes', 'Yes, in 1 of 2 regions in France', 'France'),
    check('¿puedo hacer fine-tuning de gpt-4.1 en Japón?', ['gpt-4.1'], JAPAN, 'yes', 'Yes, in 1 of 2 regions in Japan', 'Japan'),
    check('peut-on fine-tuner gpt-4o-mini au Royaume-Uni ?', ['gpt-4o-mini'], UK, 'yes', 'Yes, in 1 of 2 regions in United Kingdom', 'United Kingdom'),
    check('o4-mini in Schweden?', ['o4-mini'], SWEDEN, 'yes', 'Yes, in 1 of 2 regions in Sweden', 'Sweden'),
    check('gpt-4.1-nano in Deutschland', ['gpt-4.1-nano'], GERMANY, 'yes', 'Yes, in 1 of 2 regions in Germany', 'Germany'),
    check('gpt-4.1-nano w Polska?', ['gpt-4.1-nano'], ['polandcentral'], 'no', no('gpt-4.1-nano', 'Poland Central'), 'Poland'),
    check('o4-mini in Polen', ['o4-mini'], ['polandcentral'], 'yes', YES_GLOBAL, 'Poland'),
    check('gpt-4o with images in Japonia', ['gpt-4o'], JAPAN, 'no', 'No, not in any of the 2 regions', 'Japan'),
    check('Qwen-32B en Suiza', ['Qwen-32B'], SWITZERLAND, 'yes', 'Yes, in 2 of 2 regions in Switzerland', 'Switzerland'),
    check('gpt-4o-mini in Zwitserland', ['gpt-4o-mini'], SWITZERLAND, 'yes', 'Yes, in 2 of 2 regions in Switzerland', 'Switzerland'),
    check('Ministral-3B en España', ['Ministral-3B'], ['spaincentral'], 'yes', YES_GLOBAL, 'Spain'),
    check('gpt-4.1-mini in Italia?', ['gpt-4.1-mini'], ['italynorth'], 'yes', YES_GLOBAL, 'Italy'),
    check('gpt-4o i Norge', ['gpt-4o'], NORWAY, 'yes', 'Yes, in 1 of 2 regions in Norway', 'Norway'),
    check('gpt-4.1 no Brasil', ['gpt-4.1'], BRAZIL, 'yes', 'Yes, in 1 of 2 regions in Brazil', 'Brazil'),
    check('o4-mini in Südkorea', ['o4-mini'], KOREA, 'yes', 'Yes, in 1 of 2 regions in Korea', 'Korea'),
    check('gpt-4o-mini in Indien', ['gpt-4o-mini'], INDIA, 'yes', 'Yes, in 1 of 5 regions in India', 'India'),
    check('Qwen-32B in Australien', ['Qwen-32B'], AUSTRALIA, 'yes', 'Yes, in 1 of 4 regions in Australia', 'Australia'),
    check('gpt-4.1 en Sudáfrica', ['gpt-4.1'], SOUTH_AFRICA, 'yes', 'Yes, in 1 of 2 regions in South Africa', 'South Africa'),
    check('gpt-4o au Mexique ?', ['gpt-4o'], ['mexicocentral'], 'no', no('gpt-4o', 'Mexico Central'), 'Mexico'),
    check('gpt-4.1-mini in Österreich', ['gpt-4.1-mini'], ['austriaeast'], 'no', no('gpt-4.1-mini', 'Austria East'), 'Austria'),
    check('o4-mini en Belgique', ['o4-mini'], ['belgiumcentral'], 'no', no('o4-mini', 'Belgium Central'), 'Belgium'),
    check('gpt-4o-mini i Danmark', ['gpt-4o-mini'], ['denmarkeast'], 'no', no('gpt-4o-mini', 'Denmark East'), 'Denmark'),
    check('o4-mini in den Vereinigte Staaten mit data residency', ['o4-mini'], US, 'yes', 'Yes, in 1 of 9 regions in United States', 'United States'),
    check('o4-mini en Estados Unidos', ['o4-mini'], US, 'yes', 'in United States', 'United States'),
    check('Ministral-3B in Kanada', ['Ministral-3B'], CANADA, 'yes', 'Yes, in 2 of 2 regions in Canada', 'Canada'),
    check('gpt-4o in Storbritannien with data residency', ['gpt-4o'], UK, 'no', 'No, not in any of the 2 regions', 'United Kingdom'),
    check('Qwen-32B en Frankrike with data residency', ['Qwen-32B'], FRANCE, 'no', 'No, not in any of the 2 regions', 'France'),
    check('gpt-4o-mini w Wielka Brytania', ['gpt-4o-mini'], UK, 'yes', 'in United Kingdom', 'United Kingdom'),
    check('gpt-4.1 na Suécia', ['gpt-4.1'], SWEDEN, 'yes', 'Yes, in 1 of 2 regions in Sweden', 'Sweden'),
    check('gpt-4.1 in Alemanha', ['gpt-4.1'], GERMANY, 'yes', 'in Germany', 'Germany'),
    check('kan ik gpt-4o fine-tunen in zweden', ['gpt-4o'], SWEDEN, 'yes', 'in Sweden', 'Sweden'),
    check('can we fine-tune gpt-4o-mini in frankreich', ['gpt-4o-mini'], FRANCE, 'yes', 'in France', 'France'),
    check('gpt-4.1-mini no Japao', ['gpt-4.1-mini'], JAPAN, 'yes', 'in Japan', 'Japan'),
    {
      text: 'which models can I fine-tune in Frankreich?',
      intent: 'region',
      regions: FRANCE,
      place: 'France',
      verdict: null,
      headline: '8 models can be fine-tuned in France',
    },
    {
      text: 'quels modèles puis-je fine-tuner en Suisse ?',
      intent: 'region',
      regions: SWITZERLAND,
      place: 'Switzerland',
      verdict: null,
      headline: '8 models can be fine-tuned in Switzerland',
    },
    outside('peut-on fine-tuner gpt-4o en Chine ?', 'model', ['gpt-4o']),
    outside('gpt-4o i Kina?', 'model', ['gpt-4o']),
  ],
];

const CATEGORIES: readonly Category[] = [NAMES, REGIONS, VERSIONS, FACTS, MESSAGES, COUNTRIES];
const ALL_ROWS = CATEGORIES.flatMap(([, rows]) => rows);

interface Seen {
  intent: Intent;
  models: string[];
  regions: string[];
  place: string | null;
  outside: boolean;
  clarify: { unknown: boolean; kind: string } | { candidates: string[] } | null;
  verdict: Verdict | null;
  headline: string;
}

function ask(text: string): { q: Question; a: Answer } {
  const q = understand(text);
  return { q, a: answer(q, catalog) };
}

function seen(row: Row, q: Question, a: Answer): Seen {
  const clarify =
    q.clarify === null
      ? null
      : 'candidates' in (row.clarify ?? {})
        ? { candidates: [...q.clarify.candidates] }
        : { unknown: q.clarify.unknown === true, kind: q.clarify.kind };
  return {
    intent: q.intent,
    models: modelsOf(q),
    regions: [...q.regions].sort(),
    place: q.place?.name ?? null,
    outside: q.outside !== null,
    clarify,
    verdict: a.verdict,
    headline: a.headline,
  };
}

/** Matches any of `values` (jest has no built-in one-of matcher). */
function oneOf(values: readonly string[]): unknown {
  return { asymmetricMatch: (x: unknown) => typeof x === 'string' && values.includes(x), toAsymmetricMatcher: () => `oneOf(${values.join(', ')})` };
}

function headlineMatcher(h: Row['headline']): unknown {
  if (h instanceof RegExp) return expect.stringMatching(h);
  if (typeof h === 'string') return expect.stringContaining(h);
  const escape = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return expect.stringMatching(new RegExp(`^${h.map((s) => `(?=[\\s\\S]*${escape(s)})`).join('')}`));
}

function expected(row: Row): unknown {
  return {
    intent: typeof row.intent === 'string' ? row.intent : oneOf(row.intent),
    models: [...(row.models ?? [])],
    regions: [...(row.regions ?? [])].sort(),
    place: row.place ?? null,
    outside: row.outside ?? false,
    clarify: row.clarify === undefined ? null : 'candidates' in row.clarify ? { candidates: [...row.clarify.candidates] } : { ...row.clarify },
    verdict: row.verdict === 'not yes/no' ? expect.not.stringMatching(/^(yes|no)$/) : row.verdict,
    headline: headlineMatcher(row.headline),
  };
}

function checkRow(row: Row): void {
  const { q, a } = ask(row.text);
  expect(seen(row, q, a)).toEqual(expected(row));
}

const noDocumentVerdict = (row: Row): boolean => row.verdict === null || row.verdict === 'unknown' || row.verdict === 'not yes/no';

describe('the table', () => {
  test('has at least 200 questions, at least 20 in each category, none twice', () => {
    expect(ALL_ROWS.length).toBeGreaterThanOrEqual(200);
    for (const [, rows] of CATEGORIES) expect(rows.length).toBeGreaterThanOrEqual(20);
    expect(new Set(ALL_ROWS.map((r) => r.text)).size).toBe(ALL_ROWS.length);
    expect(ALL_ROWS.filter(noDocumentVerdict).length).toBeGreaterThanOrEqual(20);
  });
});

for (const [name, rows] of CATEGORIES) {
  describe(name, () => {
    test.each(rows.map((r) => [r.text, r] as const))('%j', (_text, row) => checkRow(row));
  });
}

// (7) Never a confident answer where the document says nothing: for every row whose expected verdict is
// null or unknown (an unknown name, an unlisted version, a sovereign region, a tier without regions, a
// question with no verdict), the answer's verdict is neither yes nor no, whatever else it gets wrong.
const guarded = ALL_ROWS.filter(noDocumentVerdict);
describe('(7) confident-verdict guard: no yes/no where the document gives none', () => {
  test.each(guarded.map((r) => [r.text]))('%j', (text) => {
    expect(['yes', 'no']).not.toContain(ask(text).a.verdict);
  });
});
