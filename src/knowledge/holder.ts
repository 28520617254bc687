// Hands each turn one immutable Knowledge snapshot (catalog + understander). A refresher may swap in a
// new snapshot at any time; a turn that already holds one keeps answering from it.
import type { Knowledge } from './load';

export interface KnowledgeHolder {
  current(): Knowledge;
  swap(next: Knowledge): void;
}

export function createKnowledgeHolder(initial: Knowledge): KnowledgeHolder {
  let snapshot = initial;
  return {
    current: () => snapshot,
    swap: (next: Knowledge) => {
      snapshot = next;
    },
  };
}
