// How each person's last question is kept in bot state. botbuilder hashes the state it loads and saves
// with a replacer-based stringify (three times in a turn that changes it), at a cost that grows with every
// value in the object, and a remembered place lists all its regions: kept as one JSON string, the
// remembered question costs that walk a single string. Older state, which kept it as an object, still reads.
import type { Memory } from '../../core';

export interface StoredMemory {
  /** JSON of the remembered question (core `remember()`). */
  question: string;
  at: number;
}

export function storedMemory(memory: Memory): StoredMemory {
  return { question: JSON.stringify(memory.question), at: memory.at };
}

/**
 * The Memory that state holds, or undefined when there is none or it cannot be read. Whether it is
 * fresh and well formed is understand()'s call (core `usableMemory`).
 */
export function memoryFromState(stored: unknown): Memory | undefined {
  if (stored === null || typeof stored !== 'object') return undefined;
  const { question, at } = stored as { question?: unknown; at?: unknown };
  if (typeof question !== 'string') return stored as Memory;
  try {
    return { question: JSON.parse(question) as Memory['question'], at: at as number };
  } catch {
    return undefined;
  }
}
