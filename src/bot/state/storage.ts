// Bot state storage: in this process by default (expiring, bounded); Azure Blob Storage when several
// instances share one Azure Bot registration (STATE_STORAGE=blob), with every operation bounded in time.
import type { Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from '../../config';
import type { Logger } from '../../log';
import { createTimedBlobHttpClient } from './blob-http-client';
import { BoundedStorage, type StateStoreStatus } from './bounded-storage';
import { ExpiringMemoryStorage } from './expiring-memory-storage';

/** Most state items kept in memory: two per active conversation; far above one instance's load. */
export const MAX_MEMORY_ITEMS = 100_000;

/** Pause before the Blob SDK's one retry of a refused, reset or 5xx attempt (it retries at once the first time). */
const BLOB_RETRY_DELAY_MS = 200;

export function createStorage(
  config: Pick<Config, 'STATE_STORAGE' | 'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER' | 'BLOB_TIMEOUT_MS' | 'MEMORY_MINUTES'>,
  now?: () => number,
  log?: Logger,
): Storage {
  if (config.STATE_STORAGE === 'blob') {
    // Two tries (one quick retry of a fast failure), each aborted at the timeout; BoundedStorage bounds the
    // whole operation by the same timeout, and answers a failure without state.
    const storagePipelineOptions = {
      retryOptions: { maxTries: 2, tryTimeoutInMs: config.BLOB_TIMEOUT_MS, retryDelayInMs: BLOB_RETRY_DELAY_MS, maxRetryDelayInMs: 1_000 },
      httpClient: createTimedBlobHttpClient(config.BLOB_TIMEOUT_MS) as never,
    };
    return new BoundedStorage(() => new BlobsStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER, { storagePipelineOptions }), {
      timeoutMs: config.BLOB_TIMEOUT_MS,
      log,
      now,
    });
  }
  // Kept a little longer than the memory window, so a remembered question never vanishes early.
  return new ExpiringMemoryStorage(2 * config.MEMORY_MINUTES * 60_000, MAX_MEMORY_ITEMS, now);
}

/** What /healthz shows of the state store. */
export function stateStoreStatus(storage: Storage): StateStoreStatus | { kind: 'memory' } {
  return storage instanceof BoundedStorage ? storage.status() : { kind: 'memory' };
}
