// Questions as people phrase them, each with what it must be understood as: intent, models, regions and
// the cues that matter. One understander over the real data (catalog, regions, known models).
import { EUROPE_REGIONS, expectQuestion, understand, US_REGIONS, type Expected } from './support';

type Row = [string, Expected];

function table(rows: Row[]): void {
  test.each(rows)('%j', (text, expected) => {
    expectQuestion(understand(text), expected);
  });
}

describe('the headline and other "can I fine-tune M in R" checks', () => {
  table([
    ['can I fine-tune o4-mini in West Europe?', { intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }],
    ['Can I fine tune o4-mini in westeurope', { intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }],
    ['is fine-tuning gpt-4o available in Sweden Central?', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'] }],
    ['Can I finetune GPT4o-mini in sweden central', { intent: 'check', models: ['gpt-4o-mini'], regions: ['swedencentral'] }],
    ['can we train gpt-4.1 in North Central US?', { intent: 'check', models: ['gpt-4.1'], regions: ['northcentralus'] }],
    ['gpt-4.1-nano in poland central', { intent: 'check', models: ['gpt-4.1-nano'], regions: ['polandcentral'] }],
    ['Is Ministral-3B available in Sweden Central?', { intent: 'check', models: ['Ministral-3B'], regions: ['swedencentral'] }],
    ['can I fine-tune Qwen-32B in East US 2', { intent: 'check', models: ['Qwen-32B'], regions: ['eastus2'] }],
    ['can I train gpt-4o-mini on my data in France Central?', { intent: 'check', models: ['gpt-4o-mini'], regions: ['francecentral'] }],
    ['o4-mini, East US2?', { intent: 'check', models: ['o4-mini'], regions: ['eastus2'] }],
    ['gpt-4.1 in Sweden Central and West Europe', { intent: 'check', models: ['gpt-4.1'], regions: ['swedencentral', 'westeurope'] }],
    ['gpt-4o and gpt-4.1 in Sweden Central', { intent: 'check', models: ['gpt-4o', 'gpt-4.1'], regions: ['swedencentral'] }],
    ['West Europe: can I fine-tune o4-mini there?', { intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }],
    ['hi! can I fine-tune gpt-4o in UK South please', { intent: 'check', models: ['gpt-4o'], regions: ['uksouth'] }],
    ['gpt-4o in westus3', { intent: 'check', models: ['gpt-4o'], regions: ['westus3'] }],
    ['gpt-4o gpt-4o in swedencentral swedencentral', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'] }],
  ]);
});

describe('regions that look alike resolve to themselves (all 60 are known)', () => {
  table([
    ['can I fine-tune gpt-4o in Central US?', { intent: 'check', models: ['gpt-4o'], regions: ['centralus'] }],
    ['Central US', { intent: 'region', regions: ['centralus'] }],
    ['North Central US', { intent: 'region', regions: ['northcentralus'] }],
    ['South Central US', { intent: 'region', regions: ['southcentralus'] }],
    ['West Central US', { intent: 'region', regions: ['westcentralus'] }],
    ['gpt-4.1 in West US 2', { intent: 'check', models: ['gpt-4.1'], regions: ['westus2'] }],
    ['West US', { intent: 'region', regions: ['westus'] }],
    ['westus2', { intent: 'region', regions: ['westus2'] }],
    ['west us2', { intent: 'region', regions: ['westus2'] }],
    ['West US3', { intent: 'region', regions: ['westus3'] }],
    ['East US', { intent: 'region', regions: ['eastus'] }],
    ['o4-mini in East US?', { intent: 'check', models: ['o4-mini'], regions: ['eastus'] }],
    ['East US2', { intent: 'region', regions: ['eastus2'] }],
    ['East US 2', { intent: 'region', regions: ['eastus2'] }],
    ['US East 2', { intent: 'region', regions: ['eastus2'] }],
    ['East Asia', { intent: 'region', regions: ['eastasia'] }],
    ['Southeast Asia', { intent: 'region', regions: ['southeastasia'] }],
    ['south east asia', { intent: 'region', regions: ['southeastasia'] }],
    ['North Europe', { intent: 'region', regions: ['northeurope'] }],
    ['UK West', { intent: 'region', regions: ['ukwest'] }],
    ['Sweden South', { intent: 'region', regions: ['swedensouth'] }],
    ['Switzerland West', { intent: 'region', regions: ['switzerlandwest'] }],
    ['Germany North', { intent: 'region', regions: ['germanynorth'] }],
    ['Germany West Central', { intent: 'region', regions: ['germanywestcentral'] }],
    ['Norway West', { intent: 'region', regions: ['norwaywest'] }],
    ['Japan West', { intent: 'region', regions: ['japanwest'] }],
    ['Korea South', { intent: 'region', regions: ['koreasouth'] }],
    ['Australia Central 2', { intent: 'region', regions: ['australiacentral2'] }],
    ['Jio India West', { intent: 'region', regions: ['jioindiawest'] }],
    ['South Africa North', { intent: 'region', regions: ['southafricanorth'] }],
    ['New Zealand North', { intent: 'region', regions: ['newzealandnorth'] }],
    ['Brazil Southeast', { intent: 'region', regions: ['brazilsoutheast'] }],
    ['UAE North', { intent: 'region', regions: ['uaenorth'] }],
    ['Qatar Central', { intent: 'region', regions: ['qatarcentral'] }],
    ['Canada East', { intent: 'region', regions: ['canadaeast'] }],
  ]);
});

describe('models that look alike resolve to themselves (real models not in the table are "other")', () => {
  table([
    ['can I fine-tune gpt-4 in Sweden Central?', { intent: 'check', models: ['other:gpt-4'], regions: ['swedencentral'] }],
    ['gpt-4', { intent: 'model', models: ['other:gpt-4'] }],
    ['GPT4', { intent: 'model', models: ['other:gpt-4'] }],
    ['gpt-4o', { intent: 'model', models: ['gpt-4o'] }],
    ['GPT-4o', { intent: 'model', models: ['gpt-4o'] }],
    ['gpt4o', { intent: 'model', models: ['gpt-4o'] }],
    ['4o', { intent: 'model', models: ['gpt-4o'] }],
    ['gpt-4.1', { intent: 'model', models: ['gpt-4.1'] }],
    ['4.1', { intent: 'model', models: ['gpt-4.1'] }],
    ['gpt-4.1 mini', { intent: 'model', models: ['gpt-4.1-mini'] }],
    ['gpt 4.1 nano', { intent: 'model', models: ['gpt-4.1-nano'] }],
    ['4o mini', { intent: 'model', models: ['gpt-4o-mini'] }],
    ['o4mini', { intent: 'model', models: ['o4-mini'] }],
    ['o4 mini', { intent: 'model', models: ['o4-mini'] }],
    ['ministral', { intent: 'model', models: ['Ministral-3B'] }],
    ['qwen 32b', { intent: 'model', models: ['Qwen-32B'] }],
    ['gpt-35-turbo', { intent: 'model', models: ['other:gpt-35-turbo'] }],
    ['gpt-3.5-turbo', { intent: 'model', models: ['other:gpt-35-turbo'] }],
    ['gpt-35-turbo-16k', { intent: 'model', models: ['other:gpt-35-turbo-16k'] }],
    ['gpt-4-turbo', { intent: 'model', models: ['other:gpt-4-turbo'] }],
    ['gpt 4 turbo', { intent: 'model', models: ['other:gpt-4-turbo'] }],
    ['gpt-4-32k', { intent: 'model', models: ['other:gpt-4-32k'] }],
    ['gpt-4.5', { intent: 'model', models: ['other:gpt-4.5-preview'] }],
    ['o1', { intent: 'model', models: ['other:o1'] }],
    ['o1-mini', { intent: 'model', models: ['other:o1-mini'] }],
    ['o3', { intent: 'model', models: ['other:o3'] }],
    ['o3 mini', { intent: 'model', models: ['other:o3-mini'] }],
    ['o3-pro', { intent: 'model', models: ['other:o3-pro'] }],
    ['gpt-5', { intent: 'model', models: ['other:gpt-5'] }],
    ['gpt5 mini', { intent: 'model', models: ['other:gpt-5-mini'] }],
    ['gpt-5-nano', { intent: 'model', models: ['other:gpt-5-nano'] }],
    ['gpt-5-chat', { intent: 'model', models: ['other:gpt-5-chat'] }],
    ['gpt-4o-realtime', { intent: 'model', models: ['other:gpt-4o-realtime-preview'] }],
    ['gpt-4o audio', { intent: 'model', models: ['other:gpt-4o-audio-preview'] }],
    ['gpt-image-1', { intent: 'model', models: ['other:gpt-image-1'] }],
    ['dall-e-3', { intent: 'model', models: ['other:dall-e-3'] }],
    ['whisper', { intent: 'model', models: ['other:whisper'] }],
    ['text-embedding-3-large', { intent: 'model', models: ['other:text-embedding-3-large'] }],
    ['text-embedding-3-small', { intent: 'model', models: ['other:text-embedding-3-small'] }],
    ['text-embedding-ada-002', { intent: 'model', models: ['other:text-embedding-ada-002'] }],
    ['babbage-002', { intent: 'model', models: ['other:babbage-002'] }],
    ['davinci-002', { intent: 'model', models: ['other:davinci-002'] }],
    ['Llama-3.3-70B-Instruct', { intent: 'model', models: ['other:Llama-3.3-70B-Instruct'] }],
    ['llama 3.3', { intent: 'model', models: ['other:Llama-3.3-70B-Instruct'] }],
    ['gpt-oss-20b', { intent: 'model', models: ['other:gpt-oss-20b'] }],
    ['gpt-oss-120b', { intent: 'model', models: ['other:gpt-oss-120b'] }],
    ['Phi-4', { intent: 'model', models: ['other:Phi-4'] }],
    ['phi-4-mini', { intent: 'model', models: ['other:Phi-4-mini'] }],
    ['mistral large', { intent: 'model', models: ['other:Mistral-Large'] }],
    ['Mistral-small', { intent: 'model', models: ['other:Mistral-small'] }],
    ['deepseek r1', { intent: 'model', models: ['other:DeepSeek-R1'] }],
  ]);
});

describe('versions: a named version is kept; a version alone names the model only the table gives it', () => {
  table([
    ['gpt-4o-mini-2024-07-18', { intent: 'model', models: ['gpt-4o-mini@2024-07-18'] }],
    ['gpt-4o 2024-05-13', { intent: 'model', models: ['gpt-4o@2024-05-13'] }],
    ['gpt-4o (2024-05-13)', { intent: 'model', models: ['gpt-4o@2024-05-13'] }],
    ['can I fine-tune gpt-4o (2024-05-13) in Sweden Central?', { intent: 'check', models: ['gpt-4o@2024-05-13'], regions: ['swedencentral'] }],
    ['gpt 4o mini 2024-07-18 in north central us', { intent: 'check', models: ['gpt-4o-mini@2024-07-18'], regions: ['northcentralus'] }],
    ['Ministral-3B (2411)', { intent: 'model', models: ['Ministral-3B@2411'] }],
    ['gpt-35-turbo 0613', { intent: 'model', models: ['other:gpt-35-turbo@0613'] }],
    ['gpt-4.1 version 2025-04-14', { intent: 'model', models: ['gpt-4.1@2025-04-14'] }],
    // No listed model has this version: it names nothing.
    ['2024-05-13', { intent: 'unknown' }],
    ['what about 2024-07-18 in Sweden Central?', { intent: 'check', models: ['gpt-4o-mini@2024-07-18'], regions: ['swedencentral'] }],
    // A date that the words make a day is not a version.
    ['we signed the contract on 2024-08-06; what can we fine-tune in Sweden Central?', { intent: 'region', regions: ['swedencentral'] }],
    ['what about the 2024-07-18 version in Sweden Central?', { intent: 'check', models: ['gpt-4o-mini@2024-07-18'], regions: ['swedencentral'] }],
    ['the 2024-08-06 model in sweden central', { intent: 'check', models: ['gpt-4o@2024-08-06'], regions: ['swedencentral'] }],
    // Three listed models share this version: which one?
    [
      'can I fine-tune the 2025-04-14 one in West Europe?',
      { intent: 'clarify', regions: ['westeurope'], clarify: ['gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'] },
    ],
  ]);
});

describe('typos, spacing and punctuation', () => {
  table([
    ['gtp-4o', { intent: 'model', models: ['gpt-4o'] }],
    ['gtp4o in swedn central', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'] }],
    ['westeurop', { intent: 'region', regions: ['westeurope'] }],
    ['can I fine-tune o4-mini in westeurop?', { intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }],
    ['nrth central us', { intent: 'region', regions: ['northcentralus'] }],
    ['gpt-4o in nrth central us', { intent: 'check', models: ['gpt-4o'], regions: ['northcentralus'] }],
    ['wesst europe', { intent: 'region', regions: ['westeurope'] }],
    ['swedencentrl', { intent: 'region', regions: ['swedencentral'] }],
    ['norht europe', { intent: 'region', regions: ['northeurope'] }],
    ['souteast asia', { intent: 'region', regions: ['southeastasia'] }],
    ['japn east', { intent: 'region', regions: ['japaneast'] }],
    ['o4-mni', { intent: 'model', models: ['o4-mini'] }],
    ['gpt-4o-mnii', { intent: 'model', models: ['gpt-4o-mini'] }],
    ['gpt-4o minni', { intent: 'model', models: ['gpt-4o-mini'] }],
    ['gpt 4.1 nanno', { intent: 'model', models: ['gpt-4.1-nano'] }],
    ['germny', { intent: 'region', regions: ['germanynorth', 'germanywestcentral'], place: 'Germany' }],
    ['GPT-4O-MINI IN SWEDEN CENTRAL', { intent: 'check', models: ['gpt-4o-mini'], regions: ['swedencentral'] }],
    ['gpt_4o   in   sweden-central', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'] }],
    ['sweden centrl', { intent: 'region', regions: ['swedencentral'] }],
    ['xy sweden central', { intent: 'region', regions: ['swedencentral'], place: null }],
    ['ab westus', { intent: 'region', regions: ['westus'], clarify: null }],
    ['fine tune o4 mini west europe', { intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }],
    ['o4-mini/westeurope', { intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }],
  ]);
});

describe('English words that look like names are not names', () => {
  table([
    ['west', { intent: 'unknown' }],
    ['east', { intent: 'unknown' }],
    ['central', { intent: 'unknown' }],
    ['north', { intent: 'unknown' }],
    ['can you help us?', { intent: 'help' }],
    ['let us know about gpt-4o', { intent: 'model', models: ['gpt-4o'] }],
    ['global', { intent: 'filter', filter: 'global', tier: 'global' }],
    ['standard', { intent: 'filter', filter: 'standard', tier: 'standard' }],
    ['can I fine-tune gpt-4o in the region nearest to me?', { intent: 'model', models: ['gpt-4o'] }],
    ['which is better in general?', { intent: 'unknown' }],
  ]);
});

describe('countries and areas stand for their regions (place)', () => {
  table([
    ['can I fine-tune gpt-4o in Germany?', { intent: 'check', models: ['gpt-4o'], regions: ['germanynorth', 'germanywestcentral'], place: 'Germany' }],
    ['Switzerland', { intent: 'region', regions: ['switzerlandnorth', 'switzerlandwest'], place: 'Switzerland', clarify: null }],
    ['o4-mini in Switzerland?', { intent: 'check', models: ['o4-mini'], regions: ['switzerlandnorth', 'switzerlandwest'], place: 'Switzerland' }],
    ['UK', { intent: 'region', regions: ['uksouth', 'ukwest'], place: 'United Kingdom' }],
    ['Japan', { intent: 'region', regions: ['japaneast', 'japanwest'], place: 'Japan' }],
    ['can I fine-tune gpt-4.1 in the US?', { intent: 'check', models: ['gpt-4.1'], regions: US_REGIONS, place: 'United States' }],
    ['gpt-4.1 in USA', { intent: 'check', models: ['gpt-4.1'], regions: US_REGIONS, place: 'United States' }],
    ['United States', { intent: 'region', regions: US_REGIONS, place: 'United States' }],
    ['in America', { intent: 'region', regions: US_REGIONS, place: 'United States' }],
    ['US regions', { intent: 'region', regions: US_REGIONS, place: 'United States' }],
    ['gpt-4o in the U.S.', { intent: 'check', models: ['gpt-4o'], regions: US_REGIONS, place: 'United States' }],
    [
      'in Europe',
      {
        intent: 'region',
        place: 'Europe',
        regions: EUROPE_REGIONS,
      },
    ],
    [
      'which models can I fine-tune in Asia?',
      {
        intent: 'region',
        place: 'Asia Pacific',
        regions: [
          'australiacentral',
          'australiacentral2',
          'australiaeast',
          'australiasoutheast',
          'centralindia',
          'eastasia',
          'indonesiacentral',
          'japaneast',
          'japanwest',
          'jioindiacentral',
          'jioindiawest',
          'koreacentral',
          'koreasouth',
          'malaysiawest',
          'newzealandnorth',
          'southeastasia',
          'southindia',
          'taiwannorth',
          'westindia',
        ],
      },
    ],
    ['Canada', { intent: 'region', regions: ['canadacentral', 'canadaeast'], place: 'Canada' }],
    ['sweden', { intent: 'region', regions: ['swedencentral', 'swedensouth'], place: 'Sweden' }],
    [
      'Is there fine-tuning for gpt-4o in Australia?',
      { intent: 'check', models: ['gpt-4o'], regions: ['australiacentral', 'australiacentral2', 'australiaeast', 'australiasoutheast'], place: 'Australia' },
    ],
    ["I'm in Norway, can I fine-tune o4-mini?", { intent: 'check', models: ['o4-mini'], regions: ['norwayeast', 'norwaywest'], place: 'Norway' }],
    [
      'can i fine tune gpt-4.1 in the EU',
      {
        intent: 'check',
        models: ['gpt-4.1'],
        regions: EUROPE_REGIONS,
        place: 'Europe',
      },
    ],
    ['fine tuning in South America', { intent: 'region', regions: ['brazilsouth', 'brazilsoutheast', 'chilecentral'], place: 'South America' }],
    ['o4-mini in US East', { intent: 'check', models: ['o4-mini'], regions: ['eastus'], place: null }],
    ['can us devs fine-tune gpt-4o?', { intent: 'model', models: ['gpt-4o'], place: null }],
  ]);
});

describe('tiers and modality', () => {
  table([
    ['can I fine-tune gpt-4o with data residency in West Europe?', { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'], tier: 'standard' }],
    ['I want to fine-tune o4-mini with data residency in East US 2', { intent: 'check', models: ['o4-mini'], regions: ['eastus2'], tier: 'standard' }],
    ['regional fine-tuning of gpt-4.1 in Sweden Central', { intent: 'check', models: ['gpt-4.1'], regions: ['swedencentral'], tier: 'standard' }],
    ['standard training for gpt-4o in East US2', { intent: 'check', models: ['gpt-4o'], regions: ['eastus2'], tier: 'standard' }],
    ['can I fine-tune in-region with gpt-4o in East US 2?', { intent: 'check', models: ['gpt-4o'], regions: ['eastus2'], tier: 'standard' }],
    ['is global training available for gpt-4.1 in Poland Central?', { intent: 'check', models: ['gpt-4.1'], regions: ['polandcentral'], tier: 'global' }],
    ['global standard for gpt-4.1-nano in Poland Central', { intent: 'check', models: ['gpt-4.1-nano'], regions: ['polandcentral'], tier: 'global' }],
    ['developer tier for gpt-4.1-mini', { intent: 'model', models: ['gpt-4.1-mini'], tier: 'developer' }],
    ['gpt-4o developer in Sweden Central', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: 'developer' }],
    ['can I do data zone training with gpt-4o in East US?', { intent: 'check', models: ['gpt-4o'], regions: ['eastus'], tier: 'datazone' }],
    ['can I fine-tune gpt-4o with images in Japan East?', { intent: 'check', models: ['gpt-4o'], regions: ['japaneast'], modality: 'vision', tier: null }],
    ['gpt-4.1 vision fine-tuning in Sweden Central', { intent: 'check', models: ['gpt-4.1'], regions: ['swedencentral'], modality: 'vision' }],
    ['o4-mini in japan east with image input', { intent: 'check', models: ['o4-mini'], regions: ['japaneast'], modality: 'vision' }],
    ['which vision models can I fine-tune in Japan East?', { intent: 'region', regions: ['japaneast'], modality: 'vision' }],
    ['what can I fine-tune in West Europe with global training?', { intent: 'region', regions: ['westeurope'], tier: 'global' }],
  ]);
});

describe('model, region and list questions', () => {
  table([
    ['tell me about o4-mini', { intent: 'model', models: ['o4-mini'] }],
    ['where can I fine-tune gpt-4o?', { intent: 'model', models: ['gpt-4o'] }],
    ['which regions support fine-tuning for o4-mini?', { intent: 'model', models: ['o4-mini'] }],
    ['limits of gpt-4.1', { intent: 'model', models: ['gpt-4.1'] }],
    ['what is the training context length of gpt-4.1-nano?', { intent: 'model', models: ['gpt-4.1-nano'] }],
    ['is Qwen-32B in preview?', { intent: 'model', models: ['Qwen-32B'] }],
    ['gpt-4o and gpt-4.1', { intent: 'model', models: ['gpt-4o', 'gpt-4.1'] }],
    ['what can I fine-tune in Sweden Central?', { intent: 'region', regions: ['swedencentral'] }],
    ['what models are available in West Europe', { intent: 'region', regions: ['westeurope'] }],
    ['Sweden Central', { intent: 'region', regions: ['swedencentral'] }],
    ['swedencentral', { intent: 'region', regions: ['swedencentral'] }],
    ['what models can I fine-tune?', { intent: 'list-models' }],
    ['which models support fine-tuning?', { intent: 'list-models' }],
    ['what can I fine-tune?', { intent: 'list-models' }],
    ['list the fine-tunable models', { intent: 'list-models' }],
    ['which regions support fine-tuning?', { intent: 'list-regions' }],
    ['list fine-tuning regions', { intent: 'list-regions' }],
    ['can I fine-tune o4-mini in West Europe without data residency?', { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], tier: 'global' }],
    ['gpt-4o in Japan East without images?', { intent: 'check', models: ['gpt-4o'], regions: ['japaneast'], modality: 'text' }],
    ['gpt-4o in Japan East, no vision', { intent: 'check', models: ['gpt-4o'], regions: ['japaneast'], modality: 'text' }],
    ['show me every model', { intent: 'list-models' }],
    ['where can I fine-tune?', { intent: 'list-regions' }],
    ['in which regions is fine-tuning available?', { intent: 'list-regions' }],
    ['Which regions can I fine-tune gpt-4.1-mini in?', { intent: 'model', models: ['gpt-4.1-mini'] }],
    ['o4-mini regions', { intent: 'model', models: ['o4-mini'] }],
    ['Qwen-32B limits?', { intent: 'model', models: ['Qwen-32B'] }],
    ['standard regions for gpt-4o', { intent: 'model', models: ['gpt-4o'], tier: 'standard' }],
    ['can I fine-tune o3-mini?', { intent: 'model', models: ['other:o3-mini'] }],
    ['show me all models', { intent: 'list-models' }],
    ['list regions', { intent: 'list-regions' }],
    ['global regions', { intent: 'list-regions', tier: 'global' }],
  ]);
});

describe('filters: which models have a property', () => {
  table([
    ['which models support vision?', { intent: 'filter', filter: 'vision', modality: 'vision' }],
    ['which models can I fine-tune with images?', { intent: 'filter', filter: 'vision' }],
    ['which models have a Developer tier?', { intent: 'filter', filter: 'developer', tier: 'developer' }],
    ['which models are in preview?', { intent: 'filter', filter: 'preview' }],
    ['which models support global training?', { intent: 'filter', filter: 'global', tier: 'global' }],
    ['models with data residency', { intent: 'filter', filter: 'standard', tier: 'standard' }],
    ['which regions support global training?', { intent: 'list-regions', tier: 'global', filter: null }],
  ]);
});

describe('comparisons', () => {
  table([
    ['compare gpt-4o and gpt-4.1', { intent: 'compare', models: ['gpt-4o', 'gpt-4.1'] }],
    ['gpt-4o vs gpt-4.1', { intent: 'compare', models: ['gpt-4o', 'gpt-4.1'] }],
    ['gpt-4o versus gpt-4o-mini', { intent: 'compare', models: ['gpt-4o', 'gpt-4o-mini'] }],
    ['difference between gpt-4o and gpt-4o-mini', { intent: 'compare', models: ['gpt-4o', 'gpt-4o-mini'] }],
    ['what is the difference between gpt-4.1 and gpt-4.1-mini?', { intent: 'compare', models: ['gpt-4.1', 'gpt-4.1-mini'] }],
    ['gpt-4o-mini vs o4-mini vs gpt-4.1-mini', { intent: 'compare', models: ['gpt-4o-mini', 'o4-mini', 'gpt-4.1-mini'] }],
    ['gpt-4o vs gpt-4 in Sweden Central', { intent: 'compare', models: ['gpt-4o', 'other:gpt-4'], regions: ['swedencentral'] }],
  ]);
});

describe('clarify: a name that fits several models', () => {
  table([
    ['mini', { intent: 'clarify', clarify: ['gpt-4o-mini', 'gpt-4.1-mini', 'o4-mini'] }],
    ['gpt mini', { intent: 'clarify', clarify: ['gpt-4o-mini', 'gpt-4.1-mini', 'o4-mini'] }],
    ['can I fine-tune mini in Sweden Central?', { intent: 'clarify', regions: ['swedencentral'], clarify: ['gpt-4o-mini', 'gpt-4.1-mini', 'o4-mini'] }],
    ['4.1', { intent: 'model', models: ['gpt-4.1'], clarify: null }],
    ['nano', { intent: 'model', models: ['gpt-4.1-nano'], clarify: null }],
    ['eastus3', { intent: 'clarify', clarify: ['eastus', 'eastus2'] }],
  ]);
});

describe('help', () => {
  table([
    ['help', { intent: 'help' }],
    ['Help', { intent: 'help' }],
    ['hi', { intent: 'help' }],
    ['hello there', { intent: 'help' }],
    ['what can you do?', { intent: 'help' }],
    ['how does this work?', { intent: 'help' }],
    ['', { intent: 'help' }],
  ]);
});

describe('outside the document: unknown, with the topic, and still the names', () => {
  table([
    ['how much does it cost to fine-tune gpt-4o?', { intent: 'unknown', models: ['gpt-4o'], offTopic: 'pricing' }],
    [
      'what is the price of fine-tuning o4-mini in Sweden Central?',
      { intent: 'unknown', models: ['o4-mini'], regions: ['swedencentral'], offTopic: 'pricing' },
    ],
    ['is global training cheaper?', { intent: 'unknown', offTopic: 'pricing' }],
    ['what is the quota for fine-tuning jobs?', { intent: 'unknown', offTopic: 'quota' }],
    ['rate limits for gpt-4.1 in East US 2', { intent: 'unknown', models: ['gpt-4.1'], regions: ['eastus2'], offTopic: 'quota' }],
    ['what hyperparameters can I set for gpt-4.1?', { intent: 'unknown', models: ['gpt-4.1'], offTopic: 'methods' }],
    ['does o4-mini support DPO?', { intent: 'unknown', models: ['o4-mini'], offTopic: 'methods' }],
    ['what learning rate should I use?', { intent: 'unknown', offTopic: 'methods' }],
    ['how do I deploy a fine-tuned model?', { intent: 'unknown', offTopic: 'how-to' }],
    ['how do I start a fine-tuning job in Sweden Central?', { intent: 'unknown', regions: ['swedencentral'], offTopic: 'how-to' }],
    ['how do I upload my JSONL training file?', { intent: 'unknown', offTopic: 'how-to' }],
    ["what's the weather?", { intent: 'unknown', offTopic: null }],
    ['tell me a joke', { intent: 'unknown', offTopic: null }],
  ]);
});
