// Follow-ups: with the last question of the conversation (at most 30 minutes old), a short message fills in
// what it leaves out; older memory, help/unknown memory, full questions and commands do not use it.
import { expectQuestion, memoryOf, MINUTE, T0, understand, type Expected } from './support';

type Chain = [previous: string, text: string, expected: Expected];

function chains(rows: Chain[]): void {
  test.each(rows)('after %j, %j', (previous, text, expected) => {
    expectQuestion(understand(text, memoryOf(previous), { now: T0 + 2 * MINUTE }), expected);
  });
}

describe('after a check', () => {
  const check = 'can I fine-tune gpt-4o in Sweden Central?';
  chains([
    [check, 'what about West Europe?', { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'], followUp: true }],
    [check, 'Sweden Central?', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], followUp: true }],
    [check, 'and East US 2?', { intent: 'check', models: ['gpt-4o'], regions: ['eastus2'], followUp: true }],
    [check, 'Germany?', { intent: 'check', models: ['gpt-4o'], regions: ['germanynorth', 'germanywestcentral'], place: 'Germany', followUp: true }],
    [check, 'and gpt-4.1?', { intent: 'check', models: ['gpt-4.1'], regions: ['swedencentral'], followUp: true }],
    [check, 'how about gpt-4.1', { intent: 'check', models: ['gpt-4.1'], regions: ['swedencentral'], followUp: true }],
    [check, 'gpt-4', { intent: 'check', models: ['other:gpt-4'], regions: ['swedencentral'], followUp: true }],
    [check, 'with data residency?', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: 'standard', filter: null, followUp: true }],
    [check, 'and with global?', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: 'global', followUp: true }],
    [check, 'with images?', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], modality: 'vision', followUp: true }],
    [check, 'and mini?', { intent: 'clarify', regions: ['swedencentral'], clarify: ['gpt-4o-mini', 'gpt-4.1-mini', 'o4-mini'], followUp: true }],
    [check, 'where can I fine-tune gpt-4.1?', { intent: 'model', models: ['gpt-4.1'], followUp: false }],
    [check, 'what can I fine-tune in West Europe?', { intent: 'region', regions: ['westeurope'], followUp: false }],
    [check, 'how much does it cost?', { intent: 'unknown', offTopic: 'pricing', followUp: false }],
  ]);
  chains([
    [
      'can I fine-tune gpt-4o in Sweden Central with data residency?',
      'and with global?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: 'global', followUp: true },
    ],
    [
      'can I fine-tune gpt-4o in Sweden Central with data residency?',
      'what about West Europe?',
      { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'], tier: 'standard', followUp: true },
    ],
    [
      'gpt-4o in Germany',
      'and gpt-4.1?',
      { intent: 'check', models: ['gpt-4.1'], regions: ['germanynorth', 'germanywestcentral'], place: 'Germany', followUp: true },
    ],
  ]);
});

describe('after a model question', () => {
  chains([
    ['tell me about gpt-4o', 'and gpt-4.1?', { intent: 'model', models: ['gpt-4.1'] }],
    ['tell me about gpt-4o', 'in Sweden Central?', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], followUp: true }],
    ['where can I fine-tune o4-mini?', 'West Europe?', { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], followUp: true }],
    [
      'tell me about gpt-4o',
      'can I fine-tune it in the US?',
      {
        intent: 'check',
        models: ['gpt-4o'],
        regions: ['centralus', 'eastus', 'eastus2', 'northcentralus', 'southcentralus', 'westcentralus', 'westus', 'westus2', 'westus3'],
        followUp: true,
      },
    ],
    ['tell me about gpt-4o', 'with global?', { intent: 'model', models: ['gpt-4o'], tier: 'global', followUp: true }],
    ['tell me about gpt-4o', 'where can I fine-tune it?', { intent: 'model', models: ['gpt-4o'], followUp: true }],
    ['tell me about gpt-4o', 'compare with gpt-4.1', { intent: 'compare', models: ['gpt-4o', 'gpt-4.1'], followUp: true }],
    ['tell me about gpt-4o', 'what can I fine-tune in Sweden Central?', { intent: 'region', regions: ['swedencentral'], followUp: false }],
  ]);
});

describe('after a region question', () => {
  chains([
    ['what can I fine-tune in West Europe?', 'and Sweden Central?', { intent: 'region', regions: ['swedencentral'], followUp: false }],
    [
      'what can I fine-tune in West Europe with global?',
      'and Sweden Central?',
      { intent: 'region', regions: ['swedencentral'], tier: 'global', followUp: true },
    ],
    ['what can I fine-tune in West Europe?', 'and gpt-4.1?', { intent: 'check', models: ['gpt-4.1'], regions: ['westeurope'], followUp: true }],
    ['what can I fine-tune in West Europe?', 'with global?', { intent: 'region', regions: ['westeurope'], tier: 'global', followUp: true }],
    ['what can I fine-tune in West Europe?', 'which models can I fine-tune there?', { intent: 'region', regions: ['westeurope'], followUp: true }],
  ]);
});

describe('after other questions', () => {
  chains([
    ['can I fine-tune mini in Sweden Central?', 'gpt-4.1-mini', { intent: 'check', models: ['gpt-4.1-mini'], regions: ['swedencentral'], followUp: true }],
    ['mini', 'o4-mini', { intent: 'model', models: ['o4-mini'], followUp: false }],
    ['compare gpt-4o and gpt-4.1', 'in Sweden Central?', { intent: 'compare', models: ['gpt-4o', 'gpt-4.1'], regions: ['swedencentral'], followUp: true }],
    ['which regions support fine-tuning?', 'with global?', { intent: 'list-regions', tier: 'global', followUp: true }],
    ['what models can I fine-tune?', 'with vision?', { intent: 'filter', filter: 'vision', followUp: false }],
    ['what models can I fine-tune?', 'Sweden Central?', { intent: 'region', regions: ['swedencentral'], followUp: false }],
  ]);
});

describe('what a question ruled out, said or asked in the negative carries on like its tier', () => {
  chains([
    [
      'can I fine-tune o4-mini in West Europe?',
      'excluding global?',
      { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], tier: 'standard', excludeTiers: ['global'], followUp: true },
    ],
    [
      'can I fine-tune o4-mini in West Europe?',
      'without data residency?',
      { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], tier: 'global', excludeTiers: ['standard'], followUp: true },
    ],
    [
      'can I fine-tune o4-mini in West Europe excluding Global',
      'what about Sweden Central?',
      { intent: 'check', models: ['o4-mini'], regions: ['swedencentral'], tier: 'standard', excludeTiers: ['global'], followUp: true },
    ],
    [
      'can I fine-tune o4-mini in West Europe excluding Global',
      'and with global?',
      { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], tier: 'global', excludeTiers: [], followUp: true },
    ],
    ['can I fine-tune gpt-4o in Japan East?', 'no images', { intent: 'check', models: ['gpt-4o'], regions: ['japaneast'], modality: 'text', followUp: true }],
    [
      'can I fine-tune gpt-4o in Japan East, text only',
      'and gpt-4.1?',
      { intent: 'check', models: ['gpt-4.1'], regions: ['japaneast'], modality: 'text', followUp: true },
    ],
    [
      'can I use DPO on gpt-4o in Sweden Central?',
      'what about West Europe?',
      { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'], method: 'DPO', followUp: true },
    ],
    [
      'can I fine-tune gpt-4o in Sweden Central?',
      'and with DPO?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], method: 'DPO', offTopic: null, followUp: true },
    ],
    [
      'can I fine-tune gpt-4o in Sweden Central?',
      'what about West Europe? we deploy via the portal',
      { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'], aside: 'how-to', followUp: true },
    ],
    [
      'what can I fine-tune in West Europe excluding global?',
      'and Sweden Central?',
      { intent: 'region', regions: ['swedencentral'], tier: 'standard', excludeTiers: ['global'], followUp: true },
    ],
    [
      'can gpt-4o NOT be fine-tuned in Sweden Central?',
      'and West Europe?',
      { intent: 'check', models: ['gpt-4o'], regions: ['westeurope'], negated: true, followUp: true },
    ],
    ['which models cannot be fine-tuned in Poland Central', 'and Central US?', { intent: 'region', regions: ['centralus'], negated: true, followUp: true }],
    [
      'can I fine-tune gpt-4o in Sweden Central?',
      'with data residncy?',
      { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'], tier: 'standard', followUp: true },
    ],
  ]);

  test('remembered state that storage mangled carries nothing it should not', () => {
    const question = {
      intent: 'check',
      models: [{ id: 'gpt-4o', source: 'catalog', version: null, said: '' }],
      regions: ['swedencentral'],
      tier: 'premium',
      excludeTiers: ['global', 7, 'x'],
      modality: 'audio',
      method: { x: 1 },
    };
    const q = understand('what about West Europe?', { question: question as never, at: T0 }, { now: T0 + MINUTE });
    expect(q).toMatchObject({ intent: 'check', regions: ['westeurope'], tier: null, excludeTiers: ['global'], modality: null, method: null });
  });
});

describe('memory that adds nothing', () => {
  chains([
    ['help', 'Sweden Central?', { intent: 'region', regions: ['swedencentral'], followUp: false }],
    ['hi', 'gpt-4o', { intent: 'model', models: ['gpt-4o'], followUp: false }],
    ['what is the price?', 'gpt-4o', { intent: 'model', models: ['gpt-4o'], followUp: false }],
    ['tell me a joke', 'with data residency?', { intent: 'filter', filter: 'standard', followUp: false }],
  ]);
});

describe('a full question or a command never uses memory', () => {
  const check = 'can I fine-tune gpt-4o in Sweden Central with data residency?';
  chains([
    [check, 'can I fine-tune o4-mini in West Europe?', { intent: 'check', models: ['o4-mini'], regions: ['westeurope'], tier: null, followUp: false }],
    [check, '/region westeurope', { intent: 'region', regions: ['westeurope'], tier: null, followUp: false }],
    [check, 'region westeurope', { intent: 'region', regions: ['westeurope'], followUp: false }],
    [check, '/model gpt-4.1', { intent: 'model', models: ['gpt-4.1'], followUp: false }],
    [check, 'models', { intent: 'list-models', followUp: false }],
    [check, '/help', { intent: 'help', followUp: false }],
  ]);
});

describe('memory expires after 30 minutes', () => {
  const memory = memoryOf('can I fine-tune gpt-4o in Sweden Central?');

  test('at 29 minutes a bare region still continues the check', () => {
    expectQuestion(understand('what about West Europe?', memory, { now: T0 + 29 * MINUTE }), {
      intent: 'check',
      models: ['gpt-4o'],
      regions: ['westeurope'],
      followUp: true,
    });
  });

  test('at exactly 30 minutes it still counts', () => {
    expectQuestion(understand('and gpt-4.1?', memory, { now: T0 + 30 * MINUTE }), {
      intent: 'check',
      models: ['gpt-4.1'],
      regions: ['swedencentral'],
      followUp: true,
    });
  });

  test.each([
    ['what about West Europe?', { intent: 'region', regions: ['westeurope'], followUp: false }],
    ['and gpt-4.1?', { intent: 'model', models: ['gpt-4.1'], followUp: false }],
    ['with data residency?', { intent: 'filter', filter: 'standard', followUp: false }],
  ] as [string, Expected][])('at 31 minutes %j stands alone', (text, expected) => {
    expectQuestion(understand(text, memory, { now: T0 + 31 * MINUTE }), expected);
  });

  test('memory far in the future (a broken clock) is ignored', () => {
    expectQuestion(understand('Sweden Central?', memory, { now: T0 - 60 * MINUTE }), { intent: 'region', regions: ['swedencentral'], followUp: false });
  });

  test('without options.now, Date.now() decides: memory stamped now is used', () => {
    const fresh = { question: understand('can I fine-tune gpt-4o in Sweden Central?'), at: Date.now() };
    expectQuestion(understand('and gpt-4.1?', fresh), { intent: 'check', models: ['gpt-4.1'], regions: ['swedencentral'], followUp: true });
  });

  test('a follow-up does not change the remembered question', () => {
    const m = memoryOf('can I fine-tune gpt-4o in Sweden Central?');
    const before = JSON.stringify(m);
    understand('what about West Europe?', m, { now: T0 + MINUTE }).regions.push('mutated');
    expect(JSON.stringify(m)).toBe(before);
  });
});
