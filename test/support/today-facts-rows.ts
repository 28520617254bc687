// Questions about today's facts (issue 14) with the answers Microsoft's documents give. Every expected value
// below was read by hand from the documents, never from running the bot:
//   SM   fine-tune-supported-models.md                   ms.date 10/06/2026  methods, interactive, training types, preview, legend 1-5
//   GR   fine-tune-global-training-regions.md            ms.date 10/06/2026  27 regions × managed / interactive, footnotes 1-4
//   SD   fine-tune-standard-deployment-regions.md        ms.date 10/07/2026  Standard deployment: 7 models × 3 regions
//   PT   fine-tune-provisioned-throughput-deployment-regions.md  10/07/2026  Provisioned Throughput deployment: 3 models × 2 regions
//   OV   fine-tuning-overview.md                         ms.date 10/06/2026  Data zone: "Only the US data zone is currently supported"
//   M05  history/22b_2026-03-05_467c504_foundry-supported-models.md (03/05/2026): the last Standard training regions per model
//        (gpt-4o-mini, gpt-4.1, gpt-4.1-mini, gpt-4.1-nano, gpt-5: North Central US, Sweden Central; gpt-4o: East US 2, North
//        Central US, Sweden Central; o4-mini: East US 2, Sweden Central), modality (vision: gpt-4o, gpt-4.1), Qwen-32B's old name.
// Rules applied (the lead's decided semantics): a check without a tier is yes when Global (GR, footnotes applied) or Standard (M05)
// allows it, no when every type is ruled out (Data zone outside the US; Developer, which lists no regions, does not turn a no into
// unknown: issue 14 itself says gpt-oss-120b in West Europe is "no"). Rows whose answer needed a guess are left out (see the report).

export type Intent =
  'check' | 'model' | 'region' | 'list-models' | 'list-regions' | 'filter' | 'compare' | 'clarify' | 'help' | 'unknown' | 'deploy' | 'changes';
export type Verdict = 'yes' | 'no' | 'unknown';

export interface FactRow {
  /** What the row proves: the test's name. */
  proves: string;
  /** The question, as typed. */
  text: string;
  /** The document and fact that justify the expected values. */
  why: string;
  /** The intent, or `{ not }` when only one intent is wrong (training questions are never `deploy`). */
  intent: Intent | { not: Intent };
  /** Canonical ids, as a set; unchecked when absent. */
  models?: readonly string[];
  /** Programmatic region names, as a set; unchecked when absent. */
  regions?: readonly string[];
  /** Unchecked when absent. */
  verdict?: Verdict | null;
  /** As a set; unchecked when absent. */
  matches?: readonly string[];
  /** Methods the question names, as a set; unchecked when absent. */
  methods?: readonly string[];
  /** Training types the question limits itself to, in order; unchecked when absent. */
  tiers?: readonly string[];
  /** Document dates (YYYY-MM-DD) that must be among the answer's sources. */
  dates?: readonly string[];
  /** The answer's text must match each. */
  says?: readonly RegExp[];
  /** The answer's text must match none. */
  neverSays?: readonly RegExp[];
}

const OCT6 = '2026-10-06'; // SM, GR, OV
const OCT7 = '2026-10-07'; // SD, PT
const MAR5 = '2026-03-05'; // M05

/** The Standard training regions are no longer stated: an answer resting on them says so. */
const OLD_STANDARD = /2026-03-05|no longer/i;
const INVITATION = /invitation/i;
const RENAMED = /renamed|formerly|new name|now called/i;

const W = 'westeurope';
const SWC = 'swedencentral';
const NCUS = 'northcentralus';
const EUS2 = 'eastus2';

// GR footnote 1 lists these four; footnote 4 lets UAE North train only them.
const FOOTNOTE_1 = ['Qwen3.6-35B-A3B', 'Qwen3.8-27B', 'Muse-Glimmer-30B', 'gpt-oss-120b'];
// SM, in the table's order: all 18 models, each Global ✅ (the two Premium models' cell is the bare word "Global").
const ALL_MODELS = [
  'MAI-Code-1.1-Flash',
  'Muse-Glimmer-30B',
  'Llama-3.3-70B-Instruct',
  'Qwen3-32B',
  'Qwen3.6-35B-A3B',
  'Qwen3.8-27B',
  'gpt-oss-20b',
  'gpt-oss-120b',
  'Ministral-3B',
  'gpt-4o-mini',
  'gpt-4o',
  'gpt-4.1',
  'gpt-4.1-mini',
  'gpt-4.1-nano',
  'o4-mini',
  'gpt-5',
  'MedImageInsight-Premium',
  'CXRReportgen-Premium',
];
const NOT_FOOTNOTE_1 = ALL_MODELS.filter((m) => !FOOTNOTE_1.includes(m));
// GR: the 27 Foundry project regions, and the 11 with Interactive training ✅.
const GLOBAL_REGIONS = [
  'australiaeast',
  'brazilsouth',
  'canadacentral',
  'canadaeast',
  'eastus',
  'eastus2',
  'francecentral',
  'germanywestcentral',
  'italynorth',
  'japaneast',
  'koreacentral',
  'northcentralus',
  'norwayeast',
  'polandcentral',
  'southafricanorth',
  'southcentralus',
  'southindia',
  'southeastasia',
  'spaincentral',
  'swedencentral',
  'switzerlandnorth',
  'switzerlandwest',
  'uaenorth',
  'uksouth',
  'westeurope',
  'westus',
  'westus3',
];
const INTERACTIVE_REGIONS = [
  'australiaeast',
  'canadaeast',
  'eastus',
  'eastus2',
  'koreacentral',
  'northcentralus',
  'swedencentral',
  'switzerlandnorth',
  'uaenorth',
  'uksouth',
  'westus3',
];

/** A training check: methods and tiers default to none named. */
function check(
  proves: string,
  text: string,
  models: readonly string[],
  regions: readonly string[] | undefined,
  verdict: Verdict,
  why: string,
  more: Partial<FactRow> = {},
): FactRow {
  return { proves, text, why, intent: 'check', models, ...(regions ? { regions } : {}), verdict, methods: [], tiers: [], dates: [OCT6], ...more };
}

function deploy(
  proves: string,
  text: string,
  models: readonly string[],
  verdict: Verdict | null,
  matches: readonly string[],
  why: string,
  more: Partial<FactRow> = {},
): FactRow {
  return { proves, text, why, intent: 'deploy', models, verdict, matches, dates: [OCT7], ...more };
}

function filter(proves: string, text: string, matches: readonly string[], why: string, more: Partial<FactRow> = {}): FactRow {
  return { proves, text, why, intent: 'filter', verdict: null, matches, dates: [OCT6], ...more };
}

export const TODAY_FACT_ROWS: readonly FactRow[] = [
  // --- Global training regions and their footnotes (no tier named) ---
  check(
    'gpt-oss-120b cannot be fine-tuned in West Europe (footnote 1)',
    'can I fine-tune gpt-oss-120b in West Europe?',
    ['gpt-oss-120b'],
    [W],
    'no',
    'GR West Europe ✅¹: footnote 1 names gpt-oss-120b; SM Standard ❌, Data zone ❌',
  ),
  check(
    'a hurried "westeurope" for gpt-oss-120b is still no',
    'can i finetune gpt-oss-120b in westeurope',
    ['gpt-oss-120b'],
    [W],
    'no',
    'as above; westeurope is West Europe',
  ),
  check(
    'gpt-oss-20b is not gpt-oss-120b: yes in West Europe',
    'gpt-oss-20b in West Europe?',
    ['gpt-oss-20b'],
    [W],
    'yes',
    'GR footnote 1 names gpt-oss-120b only; SM gpt-oss-20b Global ✅',
  ),
  check(
    'gpt-oss-120b can be fine-tuned in Sweden Central (no footnote there)',
    'can I fine-tune gpt-oss-120b in Sweden Central?',
    ['gpt-oss-120b'],
    [SWC],
    'yes',
    'GR Sweden Central ✅ without footnote; SM Global ✅',
  ),
  check(
    'Qwen3.6-35B-A3B cannot be fine-tuned in France Central (footnote 1)',
    'Qwen3.6-35B-A3B in France Central',
    ['Qwen3.6-35B-A3B'],
    ['francecentral'],
    'no',
    'GR France Central ✅¹; SM Standard ❌, Data zone ❌',
  ),
  check(
    'Qwen3.8-27B can be fine-tuned in East US',
    'can we fine-tune Qwen3.8-27B in East US?',
    ['Qwen3.8-27B'],
    ['eastus'],
    'yes',
    'GR East US ✅ without footnote; SM Global ✅',
  ),
  check(
    'Qwen3.8-27B cannot be fine-tuned in South Central US (footnote 1)',
    'Qwen3.8-27B in south central us',
    ['Qwen3.8-27B'],
    ['southcentralus'],
    'no',
    'GR South Central US ✅¹; SM Standard ❌, Data zone ❌',
  ),
  check(
    'Muse-Glimmer-30B cannot be fine-tuned in Japan East (footnote 1)',
    'Muse-Glimmer-30B in Japan East?',
    ['Muse-Glimmer-30B'],
    ['japaneast'],
    'no',
    'GR Japan East ✅^1,2; SM Standard ❌, Data zone ❌',
  ),
  check(
    'Muse-Glimmer-30B can be fine-tuned in Korea Central',
    'Muse-Glimmer-30B in Korea Central',
    ['Muse-Glimmer-30B'],
    ['koreacentral'],
    'yes',
    'GR Korea Central ✅ without footnote',
  ),
  check(
    'gpt-oss-120b in West US is no (footnote 1), not West US 3',
    'gpt-oss-120b westus?',
    ['gpt-oss-120b'],
    ['westus'],
    'no',
    'GR West US ✅¹ (West US 3 has no footnote)',
  ),
  check(
    'gpt-oss-120b can be fine-tuned in UAE North (footnote 4 allows it)',
    'can I fine-tune gpt-oss-120b in UAE North?',
    ['gpt-oss-120b'],
    ['uaenorth'],
    'yes',
    'GR UAE North ✅⁴: only the four preview models, gpt-oss-120b among them',
  ),
  check(
    'gpt-4o-mini cannot be fine-tuned in UAE North (footnote 4)',
    'gpt-4o-mini in UAE North?',
    ['gpt-4o-mini'],
    ['uaenorth'],
    'no',
    'GR footnote 4; M05 Standard regions North Central US, Sweden Central; UAE is outside the US data zone (OV)',
    {
      dates: [OCT6, MAR5],
      says: [OLD_STANDARD],
    },
  ),
  check(
    'gpt-4.1 cannot be fine-tuned in UAE North (footnote 4)',
    'can I fine-tune gpt-4.1 in uae north',
    ['gpt-4.1'],
    ['uaenorth'],
    'no',
    'GR footnote 4; M05 Standard regions North Central US, Sweden Central; OV US data zone only',
    {
      dates: [OCT6, MAR5],
      says: [OLD_STANDARD],
    },
  ),
  check(
    'CXRReportgen-Premium cannot be fine-tuned in UAE North (footnote 4)',
    'CXRReportgen-Premium in UAE North?',
    ['CXRReportgen-Premium'],
    ['uaenorth'],
    'no',
    'GR footnote 4 (not one of the four); SM training types: Global only',
  ),
  check(
    'gpt-4.1-nano cannot be fine-tuned in Poland Central (footnote 3)',
    'gpt-4.1-nano in Poland Central?',
    ['gpt-4.1-nano'],
    ['polandcentral'],
    'no',
    'GR Poland Central ✅^1,3; M05 Standard regions North Central US, Sweden Central; OV US data zone only',
    {
      dates: [OCT6, MAR5],
      says: [OLD_STANDARD],
    },
  ),
  check(
    'gpt-4.1-mini is not gpt-4.1-nano: yes in Poland Central',
    'gpt-4.1-mini in poland central',
    ['gpt-4.1-mini'],
    ['polandcentral'],
    'yes',
    'GR footnote 3 names gpt-4.1-nano only; footnote 1 does not name gpt-4.1-mini',
  ),
  check(
    'gpt-4.1-nano can be fine-tuned in Japan East (text)',
    'gpt-4.1-nano in japan east',
    ['gpt-4.1-nano'],
    ['japaneast'],
    'yes',
    'GR Japan East: footnote 1 does not name it; footnote 2 is about vision only',
  ),
  check(
    'gpt-4o with images cannot be fine-tuned in Japan East (footnote 2)',
    'can gpt-4o be fine-tuned with images in Japan East?',
    ['gpt-4o'],
    ['japaneast'],
    'no',
    'GR footnote 2: no vision in Japan East; M05 gpt-4o "Text and vision to text", Standard regions East US 2, North Central US, Sweden Central',
    {
      dates: [OCT6, MAR5],
      says: [OLD_STANDARD],
    },
  ),
  check(
    'gpt-4.1 text-only fine-tuning in Japan East is yes',
    'gpt-4.1 in Japan East, text only',
    ['gpt-4.1'],
    ['japaneast'],
    'yes',
    'GR footnote 2 excludes vision only; footnote 1 does not name gpt-4.1',
  ),
  check(
    'vision fine-tuning of gpt-4.1 in Sweden Central is yes',
    'vision fine-tuning of gpt-4.1 in Sweden Central',
    ['gpt-4.1'],
    [SWC],
    'yes',
    'GR Sweden Central without footnote; M05 gpt-4.1 "Text and vision to text"',
    { dates: [OCT6, MAR5] },
  ),
  check(
    'o4-mini can be fine-tuned in West Europe (Global)',
    'can I fine-tune o4-mini in West Europe?',
    ['o4-mini'],
    [W],
    'yes',
    'GR West Europe ✅¹: footnote 1 does not name o4-mini',
  ),
  check(
    'MedImageInsight-Premium can be fine-tuned in West Europe (bare "Global")',
    'MedImageInsight-Premium in West Europe',
    ['MedImageInsight-Premium'],
    [W],
    'yes',
    'SM training types cell "Global"; GR footnote 1 does not name it',
  ),
  check(
    'MAI-Code-1.1-Flash cannot be fine-tuned in Central US (not a Global region)',
    'MAI-Code-1.1-Flash in Central US',
    ['MAI-Code-1.1-Flash'],
    ['centralus'],
    'no',
    'GR lists no Central US; SM Standard ❌, Data zone ❌',
  ),
  check(
    'Llama-3.3-70B-Instruct cannot be fine-tuned in North Europe',
    'can I fine-tune Llama-3.3-70B-Instruct in North Europe?',
    ['Llama-3.3-70B-Instruct'],
    ['northeurope'],
    'no',
    'GR lists no North Europe; SM Standard ❌; OV US data zone only; Developer ❌',
  ),
  check(
    'Ministral-3B (2411) can be fine-tuned in Brazil South',
    'ministral-3b in brazil south',
    ['Ministral-3B'],
    ['brazilsouth'],
    'yes',
    'GR Brazil South ✅¹: footnote 1 does not name it',
  ),
  check('gpt-4o can be fine-tuned in West US 3', 'gpt-4o in west us 3', ['gpt-4o'], ['westus3'], 'yes', 'GR West US 3 ✅ without footnote'),
  check(
    'gpt-5 in Southeast Asia is yes, by invitation',
    'gpt-5 in Southeast Asia?',
    ['gpt-5'],
    ['southeastasia'],
    'yes',
    'GR Southeast Asia ✅¹ (not gpt-5); SM legend 3: GPT-5 RFT requires an invitation',
    {
      says: [INVITATION],
    },
  ),
  check('gpt-5 in East US 2 is yes, by invitation', 'can I fine-tune gpt-5 in East US 2?', ['gpt-5'], [EUS2], 'yes', 'GR East US 2 ✅; SM legend 3', {
    says: [INVITATION],
  }),

  // --- Renamed model ---
  check(
    'Qwen-32B is Qwen3-32B now, and the answer says it was renamed',
    'can I fine-tune Qwen-32B in West Europe?',
    ['Qwen3-32B'],
    [W],
    'yes',
    'M05 Qwen-32B → SM Qwen3-32B; GR footnote 1 does not name it',
    { says: [RENAMED] },
  ),
  check(
    'a lower-case old name qwen-32b is Qwen3-32B',
    'qwen-32b in swedencentral?',
    ['Qwen3-32B'],
    [SWC],
    'yes',
    'M05 Qwen-32B → SM Qwen3-32B; GR Sweden Central',
    { says: [RENAMED] },
  ),
  {
    proves: 'a model question about Qwen-32B answers for Qwen3-32B and says it was renamed',
    text: 'tell me about Qwen-32B',
    why: 'M05 Qwen-32B, SM Qwen3-32B (README: renamed)',
    intent: 'model',
    models: ['Qwen3-32B'],
    verdict: null,
    says: [RENAMED],
    dates: [OCT6],
  },

  // --- Standard training (tier named): the 2026-03-05 list, said to be no longer stated ---
  check(
    'Standard training of gpt-4o in East US 2 is yes from the 2026-03-05 list',
    'can I fine-tune gpt-4o with Standard training in East US 2?',
    ['gpt-4o'],
    [EUS2],
    'yes',
    'M05 gpt-4o Standard regions East US2, North Central US, Sweden Central; SM Standard ✅',
    {
      tiers: ['standard'],
      dates: [OCT6, MAR5],
      says: [OLD_STANDARD],
    },
  ),
  check(
    'Standard training of o4-mini in Sweden Central is yes from the 2026-03-05 list',
    'standard training for o4-mini in Sweden Central',
    ['o4-mini'],
    [SWC],
    'yes',
    'M05 o4-mini Standard regions East US2, Sweden Central; SM Standard ✅',
    {
      tiers: ['standard'],
      dates: [OCT6, MAR5],
      says: [OLD_STANDARD],
    },
  ),
  check(
    'Standard training of gpt-4.1 in North Central US is yes from the 2026-03-05 list',
    'standard tier gpt-4.1 north central us',
    ['gpt-4.1'],
    [NCUS],
    'yes',
    'M05 gpt-4.1 Standard regions North Central US, Sweden Central; SM Standard ✅',
    {
      tiers: ['standard'],
      dates: [OCT6, MAR5],
      says: [OLD_STANDARD],
    },
  ),
  check(
    'Qwen3-32B has no Standard training, even in Sweden Central',
    'can I train Qwen3-32B with standard training in Sweden Central?',
    ['Qwen3-32B'],
    [SWC],
    'no',
    'SM Qwen3-32B Standard ❌',
    { tiers: ['standard'] },
  ),
  check(
    'gpt-oss-20b has no Standard training in East US 2',
    'standard training of gpt-oss-20b in East US 2',
    ['gpt-oss-20b'],
    [EUS2],
    'no',
    'SM gpt-oss-20b Standard ❌',
    { tiers: ['standard'] },
  ),
  check(
    'excluding Global leaves Standard: gpt-4.1 in Sweden Central is still yes',
    'can I fine-tune gpt-4.1 in Sweden Central without global training?',
    ['gpt-4.1'],
    [SWC],
    'yes',
    'M05 gpt-4.1 Standard regions include Sweden Central; SM Standard ✅',
    {
      tiers: ['standard', 'datazone', 'developer'],
      dates: [OCT6, MAR5],
      says: [OLD_STANDARD],
    },
  ),

  // --- Global training (tier named) ---
  check(
    'Global training of gpt-oss-120b in Sweden Central is yes',
    'global training for gpt-oss-120b in Sweden Central',
    ['gpt-oss-120b'],
    [SWC],
    'yes',
    'GR Sweden Central ✅ without footnote',
    { tiers: ['global'] },
  ),
  check(
    'Global training of gpt-4.1 in UAE North is no (footnote 4)',
    'can I use global training for gpt-4.1 in UAE North?',
    ['gpt-4.1'],
    ['uaenorth'],
    'no',
    'GR footnote 4',
    { tiers: ['global'] },
  ),
  check(
    'Global training of gpt-4.1-nano in Poland Central is no (footnote 3)',
    'global training gpt-4.1-nano poland central',
    ['gpt-4.1-nano'],
    ['polandcentral'],
    'no',
    'GR footnote 3',
    { tiers: ['global'] },
  ),
  check(
    'Global training of gpt-4o-mini in West Europe is yes',
    'global fine-tuning of gpt-4o-mini in west europe',
    ['gpt-4o-mini'],
    [W],
    'yes',
    'GR West Europe ✅¹ (footnote 1 does not name it)',
    { tiers: ['global'] },
  ),

  // --- Data zone: only the US data zone; no document lists Data zone regions ---
  check(
    'gpt-4.1 can be trained in the US data zone',
    'can I train gpt-4.1 in the US data zone?',
    ['gpt-4.1'],
    undefined,
    'yes',
    'SM gpt-4.1 Data zone ✅; OV only the US data zone',
    { tiers: ['datazone'] },
  ),
  check(
    'Data zone training in West Europe is no (only the US data zone)',
    'data zone training for gpt-4o in West Europe',
    ['gpt-4o'],
    [W],
    'no',
    'OV: only the US data zone is currently supported',
    { tiers: ['datazone'] },
  ),
  check(
    'Data zone training of gpt-5 in Sweden Central is no (only the US data zone)',
    'data zone training for gpt-5 in Sweden Central',
    ['gpt-5'],
    [SWC],
    'no',
    'OV: only the US data zone',
    { tiers: ['datazone'] },
  ),
  check(
    'Data zone training in one US region is not stated',
    'can I fine-tune gpt-4.1-mini with data zone training in East US 2?',
    ['gpt-4.1-mini'],
    [EUS2],
    'unknown',
    'SM Data zone ✅; no document lists Data zone training regions (GR: "separate regional support")',
    { tiers: ['datazone'] },
  ),
  check('gpt-oss-120b has no Data zone training', 'gpt-oss-120b in the US data zone?', ['gpt-oss-120b'], undefined, 'no', 'SM gpt-oss-120b Data zone ❌', {
    tiers: ['datazone'],
  }),
  check(
    'MAI-Code-1.1-Flash has no Data zone training',
    'MAI-Code-1.1-Flash us data zone training',
    ['MAI-Code-1.1-Flash'],
    undefined,
    'no',
    'SM MAI-Code-1.1-Flash Data zone ❌',
    { tiers: ['datazone'] },
  ),
  check(
    'Llama-3.3-70B-Instruct can be trained in the US data zone',
    'can Llama-3.3-70B-Instruct be trained in the US data zone?',
    ['Llama-3.3-70B-Instruct'],
    undefined,
    'yes',
    'SM Llama-3.3-70B-Instruct Data zone ✅; OV US data zone',
    { tiers: ['datazone'] },
  ),
  check(
    'the old name Qwen-32B in the US data zone is Qwen3-32B, yes',
    'can I fine-tune Qwen-32B in the us data zone',
    ['Qwen3-32B'],
    undefined,
    'yes',
    'SM Qwen3-32B Data zone ✅; M05 old name Qwen-32B',
    {
      tiers: ['datazone'],
      says: [RENAMED],
    },
  ),

  // --- Developer: marked per model, no regions listed ---
  check(
    'o4-mini Developer training in a region is not stated (o4-mini has the tier since 03/2026)',
    'can I fine-tune o4-mini with the developer tier in West Europe?',
    ['o4-mini'],
    [W],
    'unknown',
    'SM o4-mini Developer ✅ (M05 already ✅); no document lists Developer regions',
    { tiers: ['developer'] },
  ),
  check(
    'gpt-5 has no Developer tier: no in Sweden Central',
    'is gpt-5 available on the developer tier in Sweden Central?',
    ['gpt-5'],
    [SWC],
    'no',
    'SM gpt-5 Developer ❌',
    { tiers: ['developer'] },
  ),
  check(
    'Llama-3.3-70B-Instruct has no Developer tier',
    'developer training for Llama-3.3-70B-Instruct in East US',
    ['Llama-3.3-70B-Instruct'],
    ['eastus'],
    'no',
    'SM Llama-3.3-70B-Instruct Developer ❌',
    { tiers: ['developer'] },
  ),
  {
    proves: 'o4-mini has a Developer tier (the old answer "no Developer tier" is gone)',
    text: 'does o4-mini have a developer tier',
    why: 'SM o4-mini Developer ✅ (since M05, 03/2026)',
    intent: 'model',
    models: ['o4-mini'],
    verdict: null,
    dates: [OCT6],
    says: [/developer/i],
    neverSays: [/no developer tier|not developer|developer: no|developer ❌/i],
  },
  filter(
    'the models with a Developer tier are the eleven marked ✅',
    'which models have a developer tier?',
    [
      'MAI-Code-1.1-Flash',
      'Muse-Glimmer-30B',
      'Qwen3.6-35B-A3B',
      'Qwen3.8-27B',
      'gpt-oss-120b',
      'gpt-4o-mini',
      'gpt-4o',
      'gpt-4.1',
      'gpt-4.1-mini',
      'gpt-4.1-nano',
      'o4-mini',
    ],
    'SM Developer ✅ rows; the two Premium models list "Global" only',
  ),

  // --- Methods: per model, not per region ---
  check(
    'RFT on o4-mini in West Europe is yes',
    'can I use RFT on o4-mini in West Europe?',
    ['o4-mini'],
    [W],
    'yes',
    'SM o4-mini Managed: RFT; GR West Europe (footnote 1 does not name it)',
    { methods: ['rft'] },
  ),
  check('DPO on o4-mini in West Europe is no (o4-mini: RFT only)', 'DPO on o4-mini in West Europe', ['o4-mini'], [W], 'no', 'SM o4-mini Managed: ✅ (RFT)', {
    methods: ['dpo'],
  }),
  check('a hurried "o4mini rft westeurope" is RFT on o4-mini, yes', 'o4mini rft westeurope', ['o4-mini'], [W], 'yes', 'SM o4-mini RFT; GR West Europe', {
    methods: ['rft'],
  }),
  check('SFT on o4-mini is no (RFT only)', 'sft on o4-mini in east us 2', ['o4-mini'], [EUS2], 'no', 'SM o4-mini Managed: ✅ (RFT)', { methods: ['sft'] }),
  check(
    'SFT on gpt-4.1 in Sweden Central is yes',
    'can I do SFT with gpt-4.1 in Sweden Central?',
    ['gpt-4.1'],
    [SWC],
    'yes',
    'SM gpt-4.1 Managed: SFT, DPO; GR Sweden Central',
    { methods: ['sft'] },
  ),
  check('DPO on gpt-4o-mini is no (SFT only)', 'dpo gpt-4o-mini swedencentral', ['gpt-4o-mini'], [SWC], 'no', 'SM gpt-4o-mini Managed: ✅ (SFT)', {
    methods: ['dpo'],
  }),
  check(
    'DPO on gpt-4.1-nano in North Central US is yes',
    'preference fine-tuning (DPO) on gpt-4.1-nano in North Central US',
    ['gpt-4.1-nano'],
    [NCUS],
    'yes',
    'SM gpt-4.1-nano Managed: SFT, DPO; GR North Central US',
    { methods: ['dpo'] },
  ),
  check(
    'DPO on Qwen3.8-27B is no (SFT, RFT)',
    'DPO with Qwen3.8-27B in Sweden Central',
    ['Qwen3.8-27B'],
    [SWC],
    'no',
    'SM Qwen3.8-27B Managed: ✅ (SFT, RFT)',
    { methods: ['dpo'] },
  ),
  check(
    'RFT on gpt-5 in Sweden Central is yes and says it needs an invitation',
    'RFT on gpt-5 in Sweden Central?',
    ['gpt-5'],
    [SWC],
    'yes',
    'SM gpt-5 Managed: RFT, legend 3 invitation; GR Sweden Central',
    {
      methods: ['rft'],
      says: [INVITATION],
    },
  ),
  check(
    'RFT on gpt-oss-120b in West Europe is no (footnote 1)',
    'RFT for gpt-oss-120b in West Europe',
    ['gpt-oss-120b'],
    [W],
    'no',
    'SM gpt-oss-120b SFT, RFT; GR footnote 1',
    { methods: ['rft'] },
  ),
  check(
    'RFT on gpt-oss-120b in East US is yes',
    'rft gpt-oss-120b east us',
    ['gpt-oss-120b'],
    ['eastus'],
    'yes',
    'SM gpt-oss-120b SFT, RFT; GR East US without footnote',
    { methods: ['rft'] },
  ),
  filter(
    'the models with DPO are gpt-4o and the three gpt-4.1 models',
    'which models support DPO?',
    ['gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'],
    'SM Managed (SFT, DPO) rows',
    { methods: ['dpo'] },
  ),
  filter(
    'the models with RFT are the seven marked so',
    'which models support rft',
    ['MAI-Code-1.1-Flash', 'Muse-Glimmer-30B', 'Qwen3.6-35B-A3B', 'Qwen3.8-27B', 'gpt-oss-120b', 'o4-mini', 'gpt-5'],
    'SM Managed rows naming RFT',
    { methods: ['rft'] },
  ),
  filter(
    '"reinforcement fine-tuning" is RFT',
    'which models can do reinforcement fine-tuning?',
    ['MAI-Code-1.1-Flash', 'Muse-Glimmer-30B', 'Qwen3.6-35B-A3B', 'Qwen3.8-27B', 'gpt-oss-120b', 'o4-mini', 'gpt-5'],
    'SM Managed rows naming RFT; OV "Reinforcement fine-tuning (RFT)"',
    { methods: ['rft'] },
  ),
  filter(
    'the models with SFT are all but MAI-Code-1.1-Flash, o4-mini and gpt-5',
    'which models support SFT?',
    ALL_MODELS.filter((m) => !['MAI-Code-1.1-Flash', 'o4-mini', 'gpt-5'].includes(m)),
    'SM Managed rows naming SFT',
    { methods: ['sft'] },
  ),
  {
    proves: 'a question about o4-mini’s methods names RFT',
    text: 'what methods does o4-mini support?',
    why: 'SM o4-mini Managed: ✅ (RFT)',
    intent: 'model',
    models: ['o4-mini'],
    verdict: null,
    methods: [],
    dates: [OCT6],
    says: [/RFT/],
  },

  // --- Interactive training: per model (SM) and per region (GR) ---
  {
    proves: 'gpt-oss-20b supports interactive training',
    text: 'does gpt-oss-20b support interactive training',
    why: 'SM gpt-oss-20b Interactive: ✅',
    intent: 'model',
    models: ['gpt-oss-20b'],
    verdict: null,
    dates: [OCT6],
    says: [/interactive/i],
    neverSays: [/no interactive|interactive(?: training)?(?: \(preview\))?: no|(?:doesn't|does not|not) support interactive/i],
  },
  filter(
    'the models with interactive training are the five marked ✅',
    'which models support interactive training?',
    ['Muse-Glimmer-30B', 'Qwen3.6-35B-A3B', 'Qwen3.8-27B', 'gpt-oss-20b', 'gpt-oss-120b'],
    'SM Interactive: ✅ rows',
  ),
  {
    proves: 'the regions with interactive training are the eleven marked ✅',
    text: 'which regions have interactive training?',
    why: 'GR Interactive training (preview) ✅ rows',
    intent: 'list-regions',
    verdict: null,
    matches: INTERACTIVE_REGIONS,
    dates: [OCT6],
  },
  check(
    'interactive training in West Europe is no',
    'can I use interactive training for gpt-oss-20b in West Europe?',
    ['gpt-oss-20b'],
    [W],
    'no',
    'GR West Europe Interactive ❌',
    { tiers: undefined },
  ),
  check(
    'interactive training of gpt-oss-120b in Sweden Central is yes',
    'interactive training gpt-oss-120b in sweden central',
    ['gpt-oss-120b'],
    [SWC],
    'yes',
    'SM gpt-oss-120b Interactive ✅; GR Sweden Central Interactive ✅',
    { tiers: undefined },
  ),
  check(
    'footnote 1 limits managed fine-tuning only: interactive gpt-oss-120b in Canada East is yes',
    'can I use interactive training for gpt-oss-120b in Canada East?',
    ['gpt-oss-120b'],
    ['canadaeast'],
    'yes',
    'GR Canada East: Managed ✅¹ ("Managed fine-tuning for … gpt-oss-120b isn\'t supported"), Interactive ✅ without footnote; SM Interactive ✅',
    { tiers: undefined },
  ),
  check('gpt-4.1 has no interactive training', 'interactive training for gpt-4.1 in Sweden Central?', ['gpt-4.1'], [SWC], 'no', 'SM gpt-4.1 Interactive: ❌', {
    tiers: undefined,
  }),

  // --- What can be trained where ---
  {
    proves: 'West Europe trains every model but the four of footnote 1',
    text: 'what can I fine-tune in West Europe?',
    why: 'GR West Europe ✅¹; SM all 18 Global',
    intent: 'region',
    regions: [W],
    verdict: null,
    matches: NOT_FOOTNOTE_1,
    dates: [OCT6],
  },
  {
    proves: 'UAE North trains only the four models of footnote 4',
    text: 'what can I fine-tune in UAE North?',
    why: 'GR footnote 4',
    intent: 'region',
    regions: ['uaenorth'],
    verdict: null,
    matches: FOOTNOTE_1,
    dates: [OCT6],
  },
  {
    proves: 'Sweden Central trains all 18 models',
    text: 'what can I fine-tune in Sweden Central?',
    why: 'GR Sweden Central ✅ without footnote; SM all Global',
    intent: 'region',
    regions: [SWC],
    verdict: null,
    matches: ALL_MODELS,
    dates: [OCT6],
  },
  {
    proves: 'Poland Central trains all but footnote 1’s four and gpt-4.1-nano',
    text: 'what can i train in poland central',
    why: 'GR Poland Central ✅^1,3',
    intent: 'region',
    regions: ['polandcentral'],
    verdict: null,
    matches: NOT_FOOTNOTE_1.filter((m) => m !== 'gpt-4.1-nano'),
    dates: [OCT6],
  },
  {
    proves: 'North Europe trains nothing',
    text: 'what can I fine-tune in North Europe?',
    why: 'GR lists no North Europe; outside the US data zone (OV); no Standard region (M05)',
    intent: 'region',
    regions: ['northeurope'],
    verdict: null,
    matches: [],
  },
  {
    proves: 'the fine-tuning regions are the 27 of the Global training table',
    text: 'which regions can I fine-tune in?',
    why: 'GR 27 rows, all Managed ✅; M05 Standard regions are among them',
    intent: 'list-regions',
    verdict: null,
    matches: GLOBAL_REGIONS,
    dates: [OCT6],
  },

  // --- Preview status and other model-level facts ---
  filter(
    'the preview models are the seven marked "(preview)"; Ministral-3B’s "(2411)" is a version',
    'which models are in preview?',
    ['MAI-Code-1.1-Flash', 'Muse-Glimmer-30B', 'Qwen3.6-35B-A3B', 'Qwen3.8-27B', 'gpt-oss-120b', 'MedImageInsight-Premium', 'CXRReportgen-Premium'],
    'SM "(preview)" under the Model ID',
  ),
  {
    proves: 'gpt-oss-120b is in preview',
    text: 'is gpt-oss-120b in preview?',
    why: 'SM `gpt-oss-120b`<br>(preview)',
    intent: 'model',
    models: ['gpt-oss-120b'],
    verdict: null,
    dates: [OCT6],
    says: [/preview/i],
  },
  filter(
    'the models with Data zone training are the eleven marked ✅',
    'which models support data zone training?',
    [
      'Llama-3.3-70B-Instruct',
      'Qwen3-32B',
      'gpt-oss-20b',
      'Ministral-3B',
      'gpt-4o-mini',
      'gpt-4o',
      'gpt-4.1',
      'gpt-4.1-mini',
      'gpt-4.1-nano',
      'o4-mini',
      'gpt-5',
    ],
    'SM Data zone ✅ rows; the two Premium models list "Global" only',
  ),
  filter(
    'the models with Standard training are the seven OpenAI models marked ✅',
    'which models have standard training?',
    ['gpt-4o-mini', 'gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano', 'o4-mini', 'gpt-5'],
    'SM Standard ✅ rows',
  ),
  {
    proves: 'comparing gpt-oss-20b and gpt-oss-120b keeps both apart',
    text: 'compare gpt-oss-20b and gpt-oss-120b',
    why: 'SM two rows',
    intent: 'compare',
    models: ['gpt-oss-20b', 'gpt-oss-120b'],
    verdict: null,
    dates: [OCT6],
  },

  // --- Deployment of a fine-tuned model (SD, PT): never the training regions ---
  deploy(
    'a fine-tuned gpt-4o deploys where Standard or Provisioned Throughput is listed',
    'where can I deploy a fine-tuned gpt-4o?',
    ['gpt-4o'],
    null,
    [EUS2, NCUS, SWC],
    'SD gpt-4o: East US 2, Sweden Central; PT gpt-4o: North Central US, Sweden Central',
  ),
  deploy(
    'fine-tuned gpt-4.1-mini has no Provisioned Throughput deployment in Sweden Central',
    'can I deploy my fine-tuned gpt-4.1-mini with provisioned throughput in Sweden Central?',
    ['gpt-4.1-mini'],
    'no',
    [],
    'PT lists only gpt-4o-mini, gpt-4o, gpt-4.1',
    {
      regions: [SWC],
    },
  ),
  deploy(
    'fine-tuned gpt-4.1 has Provisioned Throughput in Sweden Central only',
    'where can I deploy fine-tuned gpt-4.1 with provisioned throughput?',
    ['gpt-4.1'],
    null,
    [SWC],
    'PT gpt-4.1: North Central US ❌, Sweden Central ✅',
  ),
  deploy(
    'fine-tuned o4-mini has Standard deployment in East US 2 and Sweden Central',
    'standard deployment regions for a fine-tuned o4-mini',
    ['o4-mini'],
    null,
    [EUS2, SWC],
    'SD o4-mini: East US 2 ✅, North Central US ❌, Sweden Central ✅',
  ),
  deploy(
    'a hurried "ft gpt-4o-mini w/ PTU in north central us" is yes',
    'can i deploy ft gpt-4o-mini w/ PTU in north central us',
    ['gpt-4o-mini'],
    'yes',
    [NCUS, SWC],
    'PT gpt-4o-mini: North Central US ✅, Sweden Central ✅; OV Provisioned Throughput billed in PTUs',
    {
      regions: [NCUS],
    },
  ),
  deploy(
    'fine-tuned gpt-4o with Standard deployment in East US 2 is yes',
    'can I deploy a fine-tuned gpt-4o with standard deployment in East US 2?',
    ['gpt-4o'],
    'yes',
    [EUS2, SWC],
    'SD gpt-4o: East US 2 ✅',
    { regions: [EUS2] },
  ),
  deploy(
    'fine-tuned gpt-4o with Provisioned Throughput in East US 2 is no',
    'deploy fine-tuned gpt-4o provisioned throughput east us 2',
    ['gpt-4o'],
    'no',
    [NCUS, SWC],
    'PT has no East US 2 column',
    { regions: [EUS2] },
  ),
  deploy(
    'fine-tuned gpt-4o-mini with Standard deployment in East US 2 is no',
    'can I deploy fine-tuned gpt-4o-mini with standard deployment in East US 2?',
    ['gpt-4o-mini'],
    'no',
    [NCUS, SWC],
    'SD gpt-4o-mini: East US 2 ❌',
    { regions: [EUS2] },
  ),
  deploy(
    'a fine-tuned gpt-5 deploys with Standard in North Central US and Sweden Central',
    'where can I deploy my fine-tuned gpt-5?',
    ['gpt-5'],
    null,
    [NCUS, SWC],
    'SD gpt-5: North Central US, Sweden Central; SM legend 4 only Standard',
  ),
  deploy(
    'fine-tuned gpt-5 has no Provisioned Throughput',
    'can I deploy a fine-tuned gpt-5 with provisioned throughput in Sweden Central?',
    ['gpt-5'],
    'no',
    [],
    'SM legend 4: only Standard deployment type; PT does not list gpt-5',
    {
      regions: [SWC],
    },
  ),
  deploy(
    'a fine-tuned gpt-oss-20b has no regional deployment listed',
    'where can I deploy a fine-tuned gpt-oss-20b?',
    ['gpt-oss-20b'],
    null,
    [],
    'SD and PT do not list gpt-oss-20b; SM legend 2: only Global Standard',
  ),
  deploy(
    'a fine-tuned Qwen-32B deploys as Qwen3-32B: no regional deployment listed',
    'where can I deploy fine-tuned Qwen-32B?',
    ['Qwen3-32B'],
    null,
    [],
    'SD and PT do not list Qwen3-32B; SM legend 2; M05 old name',
    {
      says: [RENAMED],
    },
  ),
  {
    proves: '"where can I fine-tune gpt-4o" asks about training, not deployment',
    text: 'where can I fine-tune gpt-4o?',
    why: 'OV: training types are separate from deployment types',
    intent: { not: 'deploy' },
    models: ['gpt-4o'],
  },
  {
    proves: '"which region for fine-tuning, not for deployment" is a training question',
    text: 'which region for fine-tuning gpt-4.1-mini, not for deployment?',
    why: 'OV: training types are separate from deployment types',
    intent: { not: 'deploy' },
    models: ['gpt-4.1-mini'],
  },
  check(
    'fine-tuning gpt-4.1-mini in North Central US is a training check',
    'can I fine-tune gpt-4.1-mini in North Central US?',
    ['gpt-4.1-mini'],
    [NCUS],
    'yes',
    'GR North Central US ✅; M05 Standard North Central US',
  ),

  // --- What changed ---
  { proves: '"what changed since March?" asks for the changes', text: 'what changed since March?', why: 'issue 14: a new question', intent: 'changes' },
  { proves: 'a hurried "whats new since march" asks for the changes', text: 'whats new since march', why: 'issue 14: a new question', intent: 'changes' },
];
