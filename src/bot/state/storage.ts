// Bot state storage: in this process by default (expiring, bounded); Azure Blob Storage when several
// instances share one Azure Bot registration (STATE_STORAGE=blob).
import type { Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from '../../config';
import { ExpiringMemoryStorage } from './expiring-memory-storage';

/** Most state items kept in memory: two per active conversation; far above one instance's load. */
export const MAX_MEMORY_ITEMS = 100_000;

export function createStorage(
  config: Pick<Config, 'STATE_STORAGE' | 'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER' | 'MEMORY_MINUTES'>,
  now?: () => number,
): Storage {
  if (config.STATE_STORAGE === 'blob') return new BlobsStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER);
  // Kept a little longer than the memory window, so a remembered question never vanishes early.
  return new ExpiringMemoryStorage(2 * config.MEMORY_MINUTES * 60_000, MAX_MEMORY_ITEMS, now);
}
