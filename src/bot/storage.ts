// Bot state storage: in memory by default; Azure Blob Storage when several instances share one Azure Bot
// registration (STATE_STORAGE=blob).
import { MemoryStorage, type Storage } from 'botbuilder';
import { BlobsStorage } from 'botbuilder-azure-blobs';
import type { Config } from '../config';

export function createStorage(config: Pick<Config, 'STATE_STORAGE' | 'BLOB_CONNECTION_STRING' | 'BLOB_CONTAINER'>): Storage {
  if (config.STATE_STORAGE === 'blob') return new BlobsStorage(config.BLOB_CONNECTION_STRING, config.BLOB_CONTAINER);
  return new MemoryStorage();
}
