// Where watches and notices live: this process's memory, or Azure Blob Storage (STATE_STORAGE=blob) shared by
// every instance. Both offer the same few primitives the notifier's exactly-once rests on: a write that
// succeeds only if nothing changed since the read (ETag), a create that succeeds only once (If-None-Match: *),
// and a short lease on a notice while it is being posted.
import { randomUUID } from 'node:crypto';
import type { ConversationWatches, Notice } from './types';

export interface Versioned<T> {
  value: T;
  etag: string;
}

/** A notice held by this instance while it posts it; others cannot take it until it is released or lapses. */
export interface NoticeLease {
  notice: Notice;
  /** Marks the notice sent (or dropped) and lets go of it. */
  complete(status: 'sent' | 'dropped'): Promise<void>;
  /** Lets go of it, still pending (to be tried again). */
  release(): Promise<void>;
}

export interface WatchStore {
  readonly kind: 'memory' | 'blob';
  get(key: string): Promise<Versioned<ConversationWatches> | null>;
  /** Writes if the stored version is still `etag` (null: only if there is none); false when it is not. */
  put(value: ConversationWatches, etag: string | null): Promise<boolean>;
  delete(key: string): Promise<void>;
  /** Every conversation with watches. */
  keys(): Promise<string[]>;
  /** Writes the notice if none exists for its catalog hash and conversation; false when one does (decided already). */
  createNotice(notice: Notice): Promise<boolean>;
  /** Takes a pending notice for posting; null when it is sent, gone, or held by another instance. */
  leaseNotice(hash: string, key: string): Promise<NoticeLease | null>;
  /** Notices decided but not yet posted. */
  pendingNotices(): Promise<{ hash: string; key: string }[]>;
}

/** Reads, changes and writes one conversation's watches, again if another write came in between. */
export async function updateWatches(
  store: WatchStore,
  key: string,
  change: (current: ConversationWatches | null) => ConversationWatches | null,
): Promise<ConversationWatches | null> {
  for (let attempt = 0; ; attempt++) {
    const current = await store.get(key);
    const next = change(current ? structuredClone(current.value) : null);
    if (next === null || next.watches.length === 0) {
      if (current) await store.delete(key);
      return next;
    }
    if (await store.put(next, current?.etag ?? null)) return next;
    if (attempt >= 10) throw new Error('the watches kept changing under this write');
  }
}

/** One process's watches (lost when it stops, like the rest of its memory state). */
export function createMemoryWatchStore(now: () => number = Date.now): WatchStore {
  const conversations = new Map<string, Versioned<ConversationWatches>>();
  // A lease in memory never lapses: the process that holds it is the only one, and a crash loses the notice with it.
  const notices = new Map<string, { notice: Notice; leaseId: string | null }>();
  const noticeKey = (hash: string, key: string) => `${hash}\n${key}`;
  return {
    kind: 'memory',
    get: async (key) => {
      const v = conversations.get(key);
      return v ? { value: structuredClone(v.value), etag: v.etag } : null;
    },
    put: async (value, etag) => {
      const current = conversations.get(value.key);
      if ((current?.etag ?? null) !== etag) return false;
      conversations.set(value.key, { value: structuredClone(value), etag: randomUUID() });
      return true;
    },
    delete: async (key) => {
      conversations.delete(key);
    },
    keys: async () => [...conversations.keys()],
    createNotice: async (notice) => {
      const k = noticeKey(notice.hash, notice.key);
      if (notices.has(k)) return false;
      notices.set(k, { notice: structuredClone(notice), leaseId: null });
      return true;
    },
    leaseNotice: async (hash, key) => {
      const entry = notices.get(noticeKey(hash, key));
      if (!entry || entry.notice.status !== 'pending' || entry.leaseId !== null) return null;
      const leaseId = randomUUID();
      entry.leaseId = leaseId;
      const mine = () => entry.leaseId === leaseId;
      return {
        notice: structuredClone(entry.notice),
        complete: async (status) => {
          if (!mine()) return;
          entry.notice = { ...entry.notice, status, sentAt: new Date(now()).toISOString() };
          entry.leaseId = null;
        },
        release: async () => {
          if (!mine()) return;
          entry.leaseId = null;
        },
      };
    },
    pendingNotices: async () => [...notices.values()].filter((e) => e.notice.status === 'pending').map((e) => ({ hash: e.notice.hash, key: e.notice.key })),
  };
}
