// Wires watching into the bot: the store (memory, or Blob Storage with STATE_STORAGE=blob, beside the bot's
// state) and the notifier, subscribed to the knowledge holder's swaps and resuming unsent notices at start.
import type { Config } from '../../config';
import type { KnowledgeHolder } from '../../knowledge/holder';
import type { Logger } from '../../log';
import { createBlobWatchStore } from './blob-watch-store';
import { createNotifier, type Notifier, type NotifierOptions } from './notifier';
import { createMemoryWatchStore, type WatchStore } from './watch-store';

export type { Notifier, NotifierOptions, WatchStore };

export function createWatchStore(
  config: Pick<Config, 'STATE_STORAGE' | 'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER' | 'BLOB_TIMEOUT_MS'>,
  log: Logger,
): WatchStore {
  if (config.STATE_STORAGE === 'blob') {
    return createBlobWatchStore({ connectionString: config.BLOB_CONNECTION_STRING, container: config.BLOB_CONTAINER, timeoutMs: config.BLOB_TIMEOUT_MS, log });
  }
  return createMemoryWatchStore();
}

/** Tuning for tests: how soon retries and looks at another instance's notice come. */
export type WatchTuning = Partial<Pick<NotifierOptions, 'backoffMs' | 'maxBackoffMs' | 'heldRetryMs' | 'sweepMs' | 'concurrency'>>;

export function startNotifier(
  o: Omit<NotifierOptions, 'log'> & { holder: KnowledgeHolder; log: Logger; tuning?: WatchTuning },
): Notifier & { unsubscribe: () => void } {
  const notifier = createNotifier({ ...o, ...o.tuning });
  const unsubscribe = o.holder.onSwap((before, after) =>
    notifier.onSwap(before, after).catch((e: unknown) => o.log.error({ err: e }, 'watch notices for a catalog swap failed')),
  );
  // Notices a previous run decided but did not post (it stopped or crashed in between).
  void notifier.resume();
  return {
    ...notifier,
    unsubscribe,
    stop: () => {
      unsubscribe();
      notifier.stop();
    },
  };
}
