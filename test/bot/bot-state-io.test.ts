// What a turn reads and writes of the bot's state (src/bot/state/bot-state.ts), counted on the real
// in-process storage: a turn reads the person's item once and only when it asks for the memory, writes it
// once and only when what it keeps changed; and the item is where and as botbuilder's
// PrivateConversationState keeps it, so state from earlier versions continues a conversation.
import { PrivateConversationState, TestAdapter, TurnContext, type Activity, type StoreItems } from 'botbuilder';
import { BotState } from '../../src/bot/state/bot-state';
import { ExpiringMemoryStorage } from '../../src/bot/state/expiring-memory-storage';
import { remember } from '../../src/core/understand';
import { loadKnowledge } from '../../src/knowledge/load';
import { fixture } from '../support/fixtures';

const k = loadKnowledge();
const T0 = Date.UTC(2026, 10, 28, 9, 0, 0);

/** The real storage, with its reads and writes counted. */
class CountingStorage extends ExpiringMemoryStorage {
  reads = 0;
  writes = 0;
  constructor() {
    super(60 * 60_000, 1000);
  }
  override async read(keys: string[]): Promise<StoreItems> {
    this.reads++;
    return super.read(keys);
  }
  override async write(changes: StoreItems): Promise<void> {
    this.writes++;
    return super.write(changes);
  }
}

const activity = fixture('message-personal', 'http://127.0.0.1:9/') as Partial<Activity>;
const turn = () => new TurnContext(new TestAdapter(), { ...activity });
const memoryOf = (text: string, at: number) => ({ question: remember(k.understand(text)), at });

test('a first question reads once, finds nothing, and writes what it keeps once at the end of the turn', async () => {
  const storage = new CountingStorage();
  const state = new BotState(storage);
  const context = turn();
  expect(await state.memory(context)).toBeUndefined();
  expect(await state.memory(context)).toBeUndefined();
  await state.keep(context, memoryOf('can I fine-tune o4-mini in West Europe?', T0));
  expect([storage.reads, storage.writes]).toEqual([1, 0]);
  await state.save(context);
  expect([storage.reads, storage.writes]).toEqual([1, 1]);
});

test('the next turn reads what the last one kept: a follow-up continues it', async () => {
  const state = new BotState(new CountingStorage());
  const first = turn();
  const kept = memoryOf('can I fine-tune o4-mini in West Europe?', T0);
  await state.memory(first);
  await state.keep(first, kept);
  await state.save(first);
  const next = turn();
  const memory = await state.memory(next);
  expect(memory).toEqual(kept);
  expect(k.understand('what about Sweden Central?', memory, { now: T0 + 60_000 })).toMatchObject({
    intent: 'check',
    models: [{ id: 'o4-mini' }],
    regions: ['swedencentral'],
    followUp: true,
  });
});

test('a turn that keeps nothing new (help, junk, or the very value it read) writes nothing', async () => {
  const storage = new CountingStorage();
  const state = new BotState(storage);
  const kept = memoryOf('can I fine-tune o4-mini in West Europe?', T0);
  const first = turn();
  await state.keep(first, kept);
  await state.save(first);
  const writes = storage.writes;
  for (const memory of [null, kept]) {
    const context = turn();
    await state.memory(context);
    await state.keep(context, memory);
    await state.save(context);
  }
  expect(storage.writes).toBe(writes);
});

test('a turn that never asks for the memory does not read state, and one that keeps nothing saves without any storage call', async () => {
  const storage = new CountingStorage();
  const state = new BotState(storage);
  const quiet = turn();
  await state.save(quiet);
  expect([storage.reads, storage.writes]).toEqual([0, 0]);
  const writeOnly = turn();
  await state.keep(writeOnly, memoryOf('model gpt-4o', T0));
  await state.save(writeOnly);
  expect([storage.reads, storage.writes]).toEqual([0, 1]);
});

test('state kept by botbuilder’s PrivateConversationState (earlier versions) is read, and what is written reads back there', async () => {
  const storage = new CountingStorage();
  const older = new PrivateConversationState(storage);
  const lastQuestion = older.createProperty<unknown>('lastQuestion');
  const kept = memoryOf('can I fine-tune o4-mini in West Europe?', T0);
  const before = turn();
  await lastQuestion.set(before, { question: JSON.stringify(kept.question), at: kept.at });
  await older.saveChanges(before);

  const state = new BotState(storage);
  const context = turn();
  expect(await state.memory(context)).toEqual(kept);
  const newer = memoryOf('model gpt-4o', T0 + 1000);
  await state.keep(context, newer);
  await state.save(context);

  const after = turn();
  expect(await lastQuestion.get(after)).toEqual({ question: JSON.stringify(newer.question), at: newer.at });
});
