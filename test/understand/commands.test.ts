// Commands, with or without the leading slash (Teams' command menu inserts the bare word), in any case.
import { expectQuestion, understand, type Expected } from './support';

const commands: [string, Expected][] = [
  ['check o4-mini westeurope', { intent: 'check', models: ['o4-mini'], regions: ['westeurope'] }],
  ['check gpt-4o Sweden Central', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'] }],
  ['model gpt-4.1', { intent: 'model', models: ['gpt-4.1'] }],
  ['model mini', { intent: 'clarify', clarify: ['gpt-4o-mini', 'gpt-4.1-mini', 'o4-mini'] }],
  ['region westeurope', { intent: 'region', regions: ['westeurope'] }],
  ['region Central US', { intent: 'region', regions: ['centralus'] }],
  ['models', { intent: 'list-models' }],
  ['regions', { intent: 'list-regions' }],
  ['compare gpt-4o gpt-4.1', { intent: 'compare', models: ['gpt-4o', 'gpt-4.1'] }],
  ['compare gpt-4o-mini o4-mini', { intent: 'compare', models: ['gpt-4o-mini', 'o4-mini'] }],
  ['help', { intent: 'help' }],
];

describe.each([
  ['bare', (c: string) => c],
  ['with a slash', (c: string) => `/${c}`],
  ['upper case with a slash', (c: string) => `/${c.toUpperCase()}`],
  ['capitalised', (c: string) => c[0]!.toUpperCase() + c.slice(1)],
])('commands, %s', (_how, form) => {
  test.each(commands)('%j', (command, expected) => {
    expectQuestion(understand(form(command)), expected);
  });
});

describe('commands missing what they need fall back to something useful', () => {
  test.each([
    ['/check', { intent: 'help' }],
    ['check', { intent: 'help' }],
    ['/check gpt-4o', { intent: 'model', models: ['gpt-4o'] }],
    ['/check westeurope', { intent: 'region', regions: ['westeurope'] }],
    ['/model', { intent: 'list-models' }],
    ['/region', { intent: 'list-regions' }],
    ['/compare', { intent: 'list-models' }],
    ['/compare gpt-4o', { intent: 'model', models: ['gpt-4o'] }],
    ['/models with vision', { intent: 'filter', filter: 'vision' }],
    ['/regions for gpt-4o', { intent: 'model', models: ['gpt-4o'] }],
    ['/regions global', { intent: 'list-regions', tier: 'global' }],
    ['/help me please', { intent: 'help' }],
    ['/nonsense', { intent: 'unknown' }],
    ['help me check gpt-4o in Sweden Central', { intent: 'check', models: ['gpt-4o'], regions: ['swedencentral'] }],
  ] as [string, Expected][])('%j', (text, expected) => {
    expectQuestion(understand(text), expected);
  });
});
