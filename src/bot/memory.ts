// Per-conversation, per-user memory of the last question, so that "what about Sweden Central?" continues
// it. Kept in ConversationState (MemoryStorage or Azure Blob), keyed inside the conversation by user, so
// two people in one channel never continue each other's questions. Old entries are pruned on every write.
import type { Question } from '../core/question';

export interface Remembered {
  question: Question;
  /** Epoch ms when it was asked. */
  at: number;
}

/** What a conversation's state holds: the last question of each user who asked one. */
export type ConversationMemory = Record<string, Remembered>;

export function recall(memory: ConversationMemory | undefined, user: string, now: number, windowMs: number): Remembered | undefined {
  const m = memory?.[user];
  return m && now - m.at <= windowMs && now >= m.at ? m : undefined;
}

/** Returns a new memory with this user's question and without anything older than the window. */
export function remember(memory: ConversationMemory | undefined, user: string, question: Question, now: number, windowMs: number): ConversationMemory {
  const next: ConversationMemory = {};
  for (const [k, v] of Object.entries(memory ?? {})) if (now - v.at <= windowMs) next[k] = v;
  next[user] = { question, at: now };
  return next;
}
