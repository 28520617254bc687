// What the bot keeps between turns, over botbuilder's state: each person's last question (for follow-ups)
// and whether a conversation has been welcomed. Read and written through here only, so the handlers
// never see botbuilder's accessors or the stored shapes.
import { ConversationState, PrivateConversationState, type StatePropertyAccessor, type Storage, type TurnContext } from 'botbuilder';
import type { Memory } from '../../core';
import { memoryFromState, storedMemory, type StoredMemory } from './stored-memory';

export class BotState {
  private readonly conversation: ConversationState;
  /** Per conversation AND user: two people in one channel never continue each other's questions. */
  private readonly private: PrivateConversationState;
  private readonly lastQuestion: StatePropertyAccessor<StoredMemory | Memory | undefined>;
  private readonly welcomedFlag: StatePropertyAccessor<boolean>;

  constructor(storage: Storage) {
    this.conversation = new ConversationState(storage);
    this.private = new PrivateConversationState(storage);
    this.lastQuestion = this.private.createProperty<StoredMemory | Memory | undefined>('lastQuestion');
    this.welcomedFlag = this.conversation.createProperty<boolean>('welcomed');
  }

  /** This person's last question in this conversation, if state holds a readable one (fresh or not). */
  async memory(context: TurnContext): Promise<Memory | undefined> {
    return memoryFromState(await this.lastQuestion.get(context));
  }

  /** Keeps `memory` for the next question; null keeps what was kept. */
  async keep(context: TurnContext, memory: Memory | null): Promise<void> {
    if (memory !== null) await this.lastQuestion.set(context, storedMemory(memory));
  }

  async welcomed(context: TurnContext): Promise<boolean> {
    return this.welcomedFlag.get(context, false);
  }

  async markWelcomed(context: TurnContext): Promise<void> {
    await this.welcomedFlag.set(context, true);
  }

  /** Writes what this turn changed (nothing, when it changed nothing). */
  async save(context: TurnContext): Promise<void> {
    await Promise.all([this.conversation.saveChanges(context, false), this.private.saveChanges(context, false)]);
  }
}
