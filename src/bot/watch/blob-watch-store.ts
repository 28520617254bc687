// Watches and notices in Azure Blob Storage (STATE_STORAGE=blob), in the bot state's container under
// `scout-watch/`: one blob per conversation's watches, one per conversation and catalog change for its notice.
// The notifier's exactly-once posting rests on the store's own primitives: a notice is created with
// If-None-Match: * (only one instance can decide it), posted under a 15-second lease that the poster
// renews (a crashed poster's lease lapses, and another instance takes the notice over), and marked sent.
// @azure/storage-blob is the SDK botbuilder's BlobsStorage itself uses; BlobsStorage offers no conditional
// create and no lease, so it is used directly here.
import { createHash } from 'node:crypto';
import { BlobServiceClient, RestError, type ContainerClient } from '@azure/storage-blob';
import type { Logger } from '../../log';
import { createTimedBlobHttpClient } from '../state/blob-http-client';
import type { NoticeLease, Versioned, WatchStore } from './watch-store';
import type { ConversationWatches, Notice } from './types';

const PREFIX = 'scout-watch/';
const CONVERSATIONS = `${PREFIX}conversations/`;
const NOTICES = `${PREFIX}notices/`;
/** The shortest lease Azure grants; renewed every third of it while a notice is being posted. */
const LEASE_SECONDS = 15;
const RENEW_EVERY_MS = 5_000;

export interface BlobWatchStoreOptions {
  connectionString: string;
  container: string;
  /** Longest wait for one attempt of a blob operation. */
  timeoutMs: number;
  log?: Logger;
}

/** Blob names carry a hash of the conversation key: ids hold characters (`:`, `;`, `@`) best kept out of paths. */
const nameOf = (key: string) => createHash('sha256').update(key).digest('hex').slice(0, 40);

function statusOf(e: unknown): number | undefined {
  return e instanceof RestError ? e.statusCode : (e as { statusCode?: number })?.statusCode;
}

async function readJson<T>(container: ContainerClient, name: string, options: { leaseId?: string } = {}): Promise<Versioned<T> | null> {
  try {
    const res = await container.getBlobClient(name).download(0, undefined, { conditions: options.leaseId ? { leaseId: options.leaseId } : undefined });
    const chunks: Buffer[] = [];
    for await (const chunk of res.readableStreamBody ?? []) chunks.push(Buffer.isBuffer(chunk) ? chunk : Buffer.from(chunk as string));
    return { value: JSON.parse(Buffer.concat(chunks).toString('utf8')) as T, etag: res.etag ?? '' };
  } catch (e) {
    if (statusOf(e) === 404) return null;
    throw e;
  }
}

/** Metadata values are HTTP header values: the conversation key goes in base64url. */
const keyMeta = (key: string) => Buffer.from(key, 'utf8').toString('base64url');
const keyFromMeta = (meta: string) => Buffer.from(meta, 'base64url').toString('utf8');

export function createBlobWatchStore(o: BlobWatchStoreOptions): WatchStore {
  const service = BlobServiceClient.fromConnectionString(o.connectionString, {
    retryOptions: { maxTries: 2, tryTimeoutInMs: o.timeoutMs, retryDelayInMs: 200, maxRetryDelayInMs: 1_000 },
    httpClient: createTimedBlobHttpClient(o.timeoutMs) as never,
  });
  const container = service.getContainerClient(o.container);
  let ready: Promise<unknown> | null = null;
  const ensure = async () => {
    ready ??= container.createIfNotExists().catch((e: unknown) => {
      ready = null;
      throw e;
    });
    await ready;
  };

  const upload = async (
    name: string,
    value: unknown,
    conditions: { ifMatch?: string; ifNoneMatch?: string; leaseId?: string },
    metadata?: Record<string, string>,
  ) => {
    const body = JSON.stringify(value);
    return container.getBlockBlobClient(name).upload(body, Buffer.byteLength(body), {
      conditions,
      metadata,
      blobHTTPHeaders: { blobContentType: 'application/json' },
    });
  };
  const conditional = async (write: () => Promise<unknown>): Promise<boolean> => {
    try {
      await write();
      return true;
    } catch (e) {
      const status = statusOf(e);
      if (status === 409 || status === 412) return false; // exists already, or changed since it was read
      throw e;
    }
  };

  const get = async (key: string): Promise<Versioned<ConversationWatches> | null> => {
    await ensure();
    return readJson<ConversationWatches>(container, `${CONVERSATIONS}${nameOf(key)}.json`);
  };

  return {
    kind: 'blob',
    get,
    put: async (value, etag) => {
      await ensure();
      return conditional(() =>
        upload(`${CONVERSATIONS}${nameOf(value.key)}.json`, value, etag === null ? { ifNoneMatch: '*' } : { ifMatch: etag }, {
          key: keyMeta(value.key),
        }),
      );
    },
    delete: async (key) => {
      await ensure();
      await container.getBlobClient(`${CONVERSATIONS}${nameOf(key)}.json`).deleteIfExists();
    },
    keys: async () => {
      await ensure();
      const keys: string[] = [];
      for await (const b of container.listBlobsFlat({ prefix: CONVERSATIONS, includeMetadata: true })) {
        if (b.metadata?.key) keys.push(keyFromMeta(b.metadata.key));
      }
      return keys;
    },
    createNotice: async (notice) => {
      await ensure();
      return conditional(() => upload(`${NOTICES}${notice.hash}/${nameOf(notice.key)}.json`, notice, { ifNoneMatch: '*' }, { status: notice.status }));
    },
    leaseNotice: async (hash, key): Promise<NoticeLease | null> => {
      await ensure();
      const name = `${NOTICES}${hash}/${nameOf(key)}.json`;
      const lease = container.getBlobClient(name).getBlobLeaseClient();
      try {
        await lease.acquireLease(LEASE_SECONDS);
      } catch (e) {
        const status = statusOf(e);
        if (status === 409 || status === 404) return null; // held by another instance, or gone
        throw e;
      }
      const leaseId = lease.leaseId;
      const renewal = setInterval(() => {
        lease.renewLease().catch((e: unknown) => o.log?.warn({ err: e, hash }, 'could not renew the lease on a watch notice'));
      }, RENEW_EVERY_MS);
      renewal.unref();
      const letGo = async () => {
        clearInterval(renewal);
        await lease.releaseLease().catch((e: unknown) => o.log?.warn({ err: e, hash }, 'could not release the lease on a watch notice (it lapses by itself)'));
      };
      // Read under the lease: whoever held it before may have posted it meanwhile.
      let current: Versioned<Notice> | null;
      try {
        current = await readJson<Notice>(container, name, { leaseId });
      } catch (e) {
        await letGo();
        throw e;
      }
      if (!current || current.value.status !== 'pending') {
        await letGo();
        return null;
      }
      const notice = current.value;
      return {
        notice,
        complete: async (status) => {
          try {
            await upload(name, { ...notice, status, sentAt: new Date().toISOString() }, { leaseId }, { status });
          } finally {
            await letGo();
          }
        },
        release: letGo,
      };
    },
    pendingNotices: async () => {
      await ensure();
      const pending: { hash: string; key: string }[] = [];
      for await (const b of container.listBlobsFlat({ prefix: NOTICES, includeMetadata: true })) {
        if (b.metadata?.status !== 'pending') continue;
        const v = await readJson<Notice>(container, b.name);
        if (v && v.value.status === 'pending') pending.push({ hash: v.value.hash, key: v.value.key });
      }
      return pending;
    },
  };
}
