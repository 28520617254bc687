// How each person's last question is kept in bot state (src/bot/stored-memory.ts): one JSON string, which
// reads back to exactly what was remembered; state kept the older way (an object) still continues a
// conversation, and state nobody can read is ignored rather than failing the turn.
import { memoryFromState, storedMemory } from '../../src/bot/state/stored-memory';
import { remember } from '../../src/core/understand';
import { loadKnowledge } from '../../src/knowledge/load';
import { corpusQuestions } from '../support/knowledge';

const k = loadKnowledge();
const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);
const now = T0 + 60_000;

/** What botbuilder's storage does to state between turns: it is written as JSON and read back. */
const throughStorage = <T>(value: T): unknown => JSON.parse(JSON.stringify(value));

test('every corpus question is remembered as one string and reads back to the same memory', () => {
  let kept = 0;
  for (const text of corpusQuestions()) {
    const q = k.understand(text);
    if (q.intent === 'help' || q.intent === 'unknown') continue;
    const memory = { question: remember(q), at: T0 };
    const stored = storedMemory(memory);
    expect(typeof stored.question).toBe('string');
    expect([text, memoryFromState(throughStorage(stored))]).toEqual([text, memory]);
    kept++;
  }
  expect(kept).toBeGreaterThan(150);
});

test('a follow-up continues from the stored string exactly as from the remembered question', () => {
  const q = k.understand('can I fine-tune o4-mini in West Europe?');
  const memory = { question: remember(q), at: T0 };
  const fromState = memoryFromState(throughStorage(storedMemory(memory)));
  const followUp = k.understand('what about Sweden Central?', fromState, { now });
  expect(followUp).toEqual(k.understand('what about Sweden Central?', memory, { now }));
  expect(followUp).toMatchObject({ intent: 'check', models: [{ id: 'o4-mini' }], regions: ['swedencentral'], followUp: true });
});

test('state kept as an object by earlier versions still continues the conversation', () => {
  // Earlier versions stored the whole Question, typed words included, or the remembered one as an object.
  const whole = k.understand('can I fine-tune o4-mini in West Europe?');
  for (const question of [whole, remember(whole)]) {
    const old = throughStorage({ question, at: T0 });
    const followUp = k.understand('what about Sweden Central?', memoryFromState(old), { now });
    expect(followUp).toMatchObject({ intent: 'check', models: [{ id: 'o4-mini' }], regions: ['swedencentral'] });
  }
});

test('stored memory that cannot be read is ignored: the question is answered as if asked alone', () => {
  const alone = k.understand('what about Sweden Central?', undefined, { now });
  const unreadable: unknown[] = [
    undefined,
    null,
    42,
    'o4-mini',
    [],
    { question: '{"intent":"check","models":[', at: T0 },
    { question: 'not json at all', at: T0 },
    { question: '[1,2,3]', at: T0 },
    { question: 'null', at: T0 },
    { question: '{"intent":"check","models":"o4-mini","regions":[]}', at: T0 },
    { question: JSON.stringify(remember(k.understand('o4-mini west europe'))), at: 'yesterday' },
  ];
  for (const value of unreadable) {
    expect([value, k.understand('what about Sweden Central?', memoryFromState(value), { now })]).toEqual([value, alone]);
  }
});
