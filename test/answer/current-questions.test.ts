// Questions only the current documents answer (deployment, methods, interactive training, changes), asked as
// `ask --json` asks them, and the same questions over the seed's catalog, which states none of it: there they
// stay what they always were (a topic the document does not cover), so a seed catalog's answers do not move.
import path from 'node:path';
import { ask, cliScout } from '../../src/cli';
import { answer, checkQuestion } from '../../src/core';
import { ROOT } from '../support/knowledge';

const current = cliScout();
const seed = cliScout(path.join(ROOT, 'data/catalog-seed.json'));

test.each([
  [
    'serverless or managed compute for gpt-oss-120b?',
    { intent: 'deploy', verdict: 'no' },
    /Managed compute or Fireworks on Foundry \(Provisioned Throughput\); not Serverless/,
  ],
  [
    'can I deploy a fine-tuned Llama-3.3-70B-Instruct with managed compute?',
    { intent: 'deploy', verdict: 'no' },
    /^No, .* can't be deployed with Managed compute/,
  ],
  [
    'where can I deploy fine-tuned models with provisioned throughput?',
    { intent: 'deploy', matches: ['northcentralus', 'swedencentral'] },
    /^Fine-tuned models can be deployed in 2 regions with Provisioned Throughput/,
  ],
  [
    'deploy gpt-5 in West Europe',
    { intent: 'deploy', verdict: 'no', matches: ['northcentralus', 'swedencentral'] },
    /^No, a fine-tuned gpt-5 can't be deployed in West Europe/,
  ],
  [
    'can I deploy fine-tuned gpt-4o with global standard in west europe',
    { intent: 'deploy', verdict: 'unknown' },
    /^Not stated: the documents list no regions for Global Standard/,
  ],
  ['can I deploy fine-tuned gpt-4.1 with data zone standard in west europe', { intent: 'deploy', verdict: 'no' }, /only in the US data zone/],
  ['which region for fine-tuning, not for deployment?', { intent: 'list-regions' }, /^Fine-tuning is available in 27 regions/],
  ["what's new", { intent: 'changes' }, /^Since 2026-03-05: 7 new models/],
  ['models dpo', { intent: 'filter', methods: ['dpo'], matches: ['gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'] }, /^4 models support DPO/],
  ['does o4-mini support anything but RFT?', { intent: 'model', methods: ['rft'] }, /its only managed method/],
  ['can i finetune gpt5 in westeurope', { intent: 'check', verdict: 'yes' }, /^Yes, with Global training \(by invitation only\)/],
  // Not with Standard or Global, but Data zone training (US) is listed by no region: never a confident no.
  [
    'can I fine-tune gpt-4.1 in Central US?',
    { intent: 'check', verdict: 'unknown' },
    /Data zone training \(the US data zone\), but no document lists which regions/,
  ],
  ['does gpt-4o support RFT', { intent: 'model', methods: ['rft'] }, /^No, gpt-4o doesn't support RFT \(only SFT and DPO\)/],
])('today: %j', (text, expected, words) => {
  const j = ask(current, text);
  expect(j).toMatchObject(expected);
  expect(j.text).toMatch(words);
});

test.each([
  ['which models support DPO?', 'unknown', /^I can't answer questions about methods/],
  ['where can I deploy a fine-tuned gpt-4o?', 'unknown', /^I can't answer questions about how-to/],
  ['what changed since March?', 'unknown', /^Sorry, I didn't understand that/],
  ['which regions have interactive training?', 'list-regions', /^Fine-tuning is available in 26 regions/],
  ['Qwen-32B in eastus2', 'check', /^Yes, with Global training\nQwen-32B in East US 2\n(?![\s\S]*is now called)/],
])('the seed catalog, which states none of it, answers %j as it always did', (text, intent, words) => {
  const j = ask(seed, text);
  expect(j.intent).toBe(intent);
  expect(j.text).toMatch(words);
  expect(j.sources).toEqual([expect.objectContaining({ title: 'Fine-Tuning Model Guidance', date: '2025-02-06' })]);
});

test('a question read by another catalog is answered as this catalog lists its models: listed now is the table’s, gone is not in it', () => {
  const catalog = current.knowledge.catalog;
  // Watched while the seed's table did not list gpt-5 (a real model it does not list), answered from today's.
  const gpt5 = answer({ ...checkQuestion('gpt-5', 'swedencentral'), models: [{ id: 'gpt-5', source: 'other', version: null, said: '' }] }, catalog);
  expect(gpt5).toMatchObject({ kind: 'check', verdict: 'yes', models: ['gpt-5'], notInTable: [] });
  // Remembered from the seed's table, whose Qwen-32B today's table no longer lists under that name.
  const qwen = answer(checkQuestion('Qwen-32B', 'eastus2'), catalog);
  expect(qwen).toMatchObject({ verdict: 'no', models: [], notInTable: ['Qwen-32B'] });
});
