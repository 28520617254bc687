// Hands each turn one immutable Knowledge snapshot (catalog + understander). A refresher may swap in a
// new snapshot at any time; a turn that already holds one keeps answering from it. Whoever needs to know
// that the facts changed (the watch notifier) subscribes with onSwap and is told the snapshot before and after.
import type { Knowledge } from './load';

/** Told of every swap, after it: `before` is the snapshot replaced, `after` the one now current. */
export type SwapListener = (before: Knowledge, after: Knowledge) => void | Promise<void>;

export interface KnowledgeHolder {
  current(): Knowledge;
  swap(next: Knowledge): void;
  /** Calls `listener` after each swap; returns the function that unsubscribes it. */
  onSwap(listener: SwapListener): () => void;
}

export interface HolderOptions {
  /** Where a listener's failure (thrown, or a rejected promise) is reported; it never undoes the swap. */
  onListenerError?: (error: unknown) => void;
}

export function createKnowledgeHolder(initial: Knowledge, options: HolderOptions = {}): KnowledgeHolder {
  let snapshot = initial;
  const listeners = new Set<SwapListener>();
  const report = options.onListenerError ?? (() => {});
  return {
    current: () => snapshot,
    // The swap is done before any listener runs, so a slow or failing listener never holds up the turns
    // that read the new snapshot; listeners that return a promise are not awaited.
    swap: (next: Knowledge) => {
      const before = snapshot;
      snapshot = next;
      if (before === next) return;
      for (const listener of [...listeners]) {
        try {
          const done = listener(before, next);
          if (done && typeof done.then === 'function') done.then(undefined, report);
        } catch (error) {
          report(error);
        }
      }
    },
    onSwap: (listener: SwapListener) => {
      listeners.add(listener);
      return () => {
        listeners.delete(listener);
      };
    },
  };
}
