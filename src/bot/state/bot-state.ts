// What the bot keeps between turns: each person's last question (for follow-ups) and whether a conversation
// has been welcomed. Read and written through here only, so the handlers never see the stored shapes.
//
// The last question is read and written on the storage directly, not through botbuilder's
// PrivateConversationState: that one hashes the whole state with a replacer-based stringify when it loads
// it, again when saving to see whether it changed, and again after writing, and it reads state even when a
// turn only writes. Here a turn reads the item once, and only when it asks for the memory; writes it once,
// at the end, and only when what it keeps differs from what was read. The storage key and the item's shape
// are PrivateConversationState's own (`<channel>/conversations/<conversation>/users/<user>/`, property
// `lastQuestion`), so state written by earlier versions still reads, and theirs reads ours.
// The welcome flag is rare (one read per install event) and stays on botbuilder's ConversationState.
import { ConversationState, type StatePropertyAccessor, type Storage, type StoreItem, type TurnContext } from 'botbuilder';
import type { Memory } from '../../core';
import { memoryFromState, storedMemory, type StoredMemory } from './stored-memory';

/** The property PrivateConversationState kept the last question under. */
const LAST_QUESTION = 'lastQuestion';

/** This turn's view of the person's item: what was read (if it was) and what the turn keeps (if anything). */
interface TurnMemory {
  key: string;
  /** The item as read; undefined when it was not read, or there was none. */
  read: StoreItem | undefined;
  wasRead: boolean;
  /** What to write at the end of the turn; undefined when nothing changed. */
  pending: StoredMemory | undefined;
}

const TURN_KEY = Symbol('scout.memory');

/** PrivateConversationState's key: per conversation AND user, so two people in one channel never continue each other's questions. */
export function memoryKey(context: TurnContext): string {
  const a = context.activity;
  const conversation = a?.conversation?.id;
  const user = a?.from?.id;
  if (!a?.channelId) throw new Error('missing activity.channelId');
  if (!conversation) throw new Error('missing activity.conversation.id');
  if (!user) throw new Error('missing activity.from.id');
  return `${a.channelId}/conversations/${conversation}/users/${user}/`;
}

const sameStored = (a: unknown, b: StoredMemory): boolean =>
  a !== null && typeof a === 'object' && (a as StoredMemory).question === b.question && (a as StoredMemory).at === b.at;

export class BotState {
  private readonly conversation: ConversationState;
  private readonly welcomedFlag: StatePropertyAccessor<boolean>;

  constructor(private readonly storage: Storage) {
    this.conversation = new ConversationState(storage);
    this.welcomedFlag = this.conversation.createProperty<boolean>('welcomed');
  }

  private turn(context: TurnContext): TurnMemory {
    let t = context.turnState.get(TURN_KEY) as TurnMemory | undefined;
    if (t === undefined) {
      t = { key: memoryKey(context), read: undefined, wasRead: false, pending: undefined };
      context.turnState.set(TURN_KEY, t);
    }
    return t;
  }

  /** This person's last question in this conversation, if state holds a readable one (fresh or not). */
  async memory(context: TurnContext): Promise<Memory | undefined> {
    const t = this.turn(context);
    if (t.pending !== undefined) return memoryFromState(t.pending);
    if (!t.wasRead) {
      const items = await this.storage.read([t.key]);
      t.read = items[t.key];
      t.wasRead = true;
    }
    return memoryFromState(t.read?.[LAST_QUESTION]);
  }

  /** Keeps `memory` for the next question; null keeps what was kept. */
  async keep(context: TurnContext, memory: Memory | null): Promise<void> {
    if (memory === null) return;
    const t = this.turn(context);
    const stored = storedMemory(memory);
    // Unchanged from what was read: nothing to write.
    t.pending = t.wasRead && sameStored(t.read?.[LAST_QUESTION], stored) ? undefined : stored;
  }

  async welcomed(context: TurnContext): Promise<boolean> {
    return this.welcomedFlag.get(context, false);
  }

  async markWelcomed(context: TurnContext): Promise<void> {
    await this.welcomedFlag.set(context, true);
  }

  /** Writes what this turn changed (nothing, when it changed nothing). */
  async save(context: TurnContext): Promise<void> {
    const t = context.turnState.get(TURN_KEY) as TurnMemory | undefined;
    const writes: Promise<void>[] = [this.conversation.saveChanges(context, false)];
    if (t?.pending !== undefined) {
      // Last writer wins, as PrivateConversationState wrote ('*'); other properties of the item are kept.
      const item: StoreItem = { ...(t.read ?? {}), [LAST_QUESTION]: t.pending, eTag: '*' };
      t.read = item;
      t.pending = undefined;
      writes.push(this.storage.write({ [t.key]: item }));
    }
    await Promise.all(writes);
  }
}
