// Each person's last question in a conversation, so that "what about Sweden Central?" continues it. Kept
// in PrivateConversationState (keyed by conversation AND user), so two people in one channel never continue
// each other's questions, and their concurrent turns never overwrite each other's memory.
import type { Question } from '../core/question';

export interface Remembered {
  question: Question;
  /** Epoch ms when it was asked. */
  at: number;
}

/** The remembered question if it is still fresh (asked at most `windowMs` ago, and not in the future). */
export function recall(remembered: Remembered | undefined, now: number, windowMs: number): Remembered | undefined {
  return remembered && now - remembered.at <= windowMs && now >= remembered.at ? remembered : undefined;
}
