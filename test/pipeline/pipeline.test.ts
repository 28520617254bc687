// The one pipeline (src/pipeline/pipeline.ts) that the bot, the CLI, the gallery and the bench share: it
// gives exactly what the core and the renderers give, remembers what it may, and builds in-card questions
// from data the way their text would read.
import { answer, checkQuestion, helpQuestion } from '../../src/core';
import { loadKnowledge } from '../../src/knowledge/load';
import { CARDS_DIR } from '../../src/paths';
import { createPipeline } from '../../src/pipeline/pipeline';
import { createCardRenderer } from '../../src/presentation/card-render';
import { answerToText } from '../../src/presentation/text-render';
import { headlineOf, textOf } from '../support/cards';
import path from 'node:path';
import { corpusQuestions, ROOT } from '../support/knowledge';

const k = loadKnowledge();
const cards = createCardRenderer(CARDS_DIR);

test('for every corpus question the pipeline gives the core’s answer, the card renderer’s card and the text renderer’s text', () => {
  const scout = createPipeline({ knowledge: k, cards, cacheEntries: 256 }).current();
  for (const text of corpusQuestions()) {
    const q = k.understand(text);
    const a = answer(q, k.catalog);
    const got = scout.ask(text);
    expect([text, got.question]).toEqual([text, q]);
    expect([text, got.answer]).toEqual([text, a]);
    expect([text, got.card]).toEqual([text, cards.render(a, k.catalog)]);
    expect([text, got.text]).toEqual([text, answerToText(a)]);
  }
});

test('a question asked again is answered from memory: the same answer and card objects', () => {
  const pipeline = createPipeline({ knowledge: k, cards, cacheEntries: 16 });
  const first = pipeline.current().ask('can I fine-tune o4-mini in West Europe?');
  const again = pipeline.current().ask('o4-mini west europe');
  expect(again.answer).toBe(first.answer);
  expect(again.card).toBe(first.card);
  expect(pipeline.remembered).toBe(1);
});

test('a card that names who asked is made for that person, from the remembered answer', () => {
  const scout = createPipeline({ knowledge: k, cards, cacheEntries: 16 }).current();
  const plain = scout.ask('o4-mini west europe');
  const ada = scout.ask('o4-mini west europe', { origin: 'extension', asker: { name: 'Ada', question: 'o4-mini west europe' } });
  const alan = scout.ask('o4-mini west europe', { origin: 'extension', asker: { name: 'Alan', question: 'o4-mini west europe' } });
  expect(ada.answer).toBe(plain.answer);
  expect(textOf(ada.card)).toContain('Asked by Ada');
  expect(textOf(alan.card)).toContain('Asked by Alan');
  expect(textOf(alan.card)).not.toContain('Ada');
});

test('a swapped knowledge snapshot is answered afresh; a turn that took the old one keeps it', () => {
  let current = k;
  const pipeline = createPipeline({ knowledge: () => current, cards, cacheEntries: 16 });
  const before = pipeline.current();
  const first = before.ask('o4-mini west europe');
  current = loadKnowledge();
  const after = pipeline.current();
  expect(after).not.toBe(before);
  expect(after.knowledge).toBe(current);
  expect(before.knowledge).toBe(k);
  expect(after.ask('o4-mini west europe').answer).not.toBe(first.answer);
});

test('an in-card Check built from its data is answered as its command text would be, for every model and listed region', () => {
  const scout = createPipeline({ knowledge: k, cards, cacheEntries: 0 }).current();
  for (const model of k.catalog.modelIds) {
    for (const region of k.catalog.listedRegions) {
      const built = scout.answer(checkQuestion(model, region));
      const typed = scout.ask(`check ${model} ${region}`);
      expect([model, region, built.answer]).toEqual([model, region, typed.answer]);
      expect(built.question.text).toBe(`check ${model} ${region}`);
    }
  }
});

test('the welcome is the help answer, built without reading the word "help"', () => {
  const scout = createPipeline({ knowledge: k, cards, cacheEntries: 0 }).current();
  expect(scout.answer(helpQuestion()).card).toEqual(scout.ask('help').card);
});

test('what a turn should keep for follow-ups is decided once: every question but help and the not understood', () => {
  const scout = createPipeline({ knowledge: k, cards, cacheEntries: 0 }).current();
  expect(scout.ask('o4-mini west europe', { now: 1000 }).memory).toEqual({
    question: expect.objectContaining({ intent: 'check', regions: ['westeurope'] }),
    at: 1000,
  });
  expect(scout.ask('help').memory).toBeNull();
  expect(scout.ask('what is the weather like?').memory).toBeNull();
});

test('the message-extension search offers the answer first, then up to ten different answers, each naming who asked', () => {
  const scout = createPipeline({ knowledge: k, cards, cacheEntries: 64 }).current();
  const results = scout.search('gpt-4o', 'Grace');
  expect(results[0]!.question.text).toBe('gpt-4o');
  expect(results.length).toBeGreaterThan(1);
  expect(results.length).toBeLessThanOrEqual(10);
  const keys = results.map((r) => `${r.answer.headline}|${r.answer.subject}`);
  expect(new Set(keys).size).toBe(keys.length);
  for (const r of results) expect(textOf(r.card)).toContain('Asked by Grace');
  const empty = scout.search('   ', 'Grace');
  expect(empty.map((r) => headlineOf(r.card))).toHaveLength(5);
});

test('the message-extension search answers a query with an aside, and never says "yes" to a method the document does not state', () => {
  // The seed's document states no methods at all: a method is "not stated" there, never a yes.
  const seed = loadKnowledge({ catalogFile: path.join(ROOT, 'data/catalog-seed.json') });
  const scout = createPipeline({ knowledge: seed, cards, cacheEntries: 64 }).current();
  const aside = scout.search('can I fine-tune gpt-4o in sweden central? we deploy via the portal', 'Grace');
  expect(aside[0]!.answer).toMatchObject({
    kind: 'check',
    verdict: 'yes',
    notes: expect.arrayContaining([expect.stringMatching(/^The document doesn't cover how to deploy/)]),
  });
  const method = scout.search('can I use DPO on gpt-4o', 'Grace');
  expect(method.length).toBeGreaterThan(1);
  for (const r of method) expect([r.question.text, r.answer.verdict]).not.toEqual([r.question.text, 'yes']);
  expect(method.some((r) => r.answer.verdict === 'unknown' && /with DPO/.test(r.answer.headline))).toBe(true);
  const negated = scout.search('which models can NOT be fine-tuned in Central US', 'Grace');
  expect(negated[0]!.answer).toMatchObject({ kind: 'region', headline: "8 models can't be fine-tuned in Central US" });
  // The current documents list gpt-4o's methods (SFT, DPO): RFT is a no, never a yes.
  const current = createPipeline({ knowledge: k, cards, cacheEntries: 64 }).current();
  const rft = current.search('can I use RFT on gpt-4o in Sweden Central', 'Grace');
  expect(rft[0]!.answer).toMatchObject({ kind: 'check', verdict: 'no', headline: expect.stringMatching(/RFT/) });
});
