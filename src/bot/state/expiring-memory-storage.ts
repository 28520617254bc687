// In-process bot state that forgets: botbuilder's MemoryStorage keeps every conversation forever, so a
// long-running bot serving a whole tenant would grow without bound. Here every item expires `ttlMs`
// after its last write (nothing the bot keeps matters longer: remembered questions last 30 minutes), and
// at most `maxItems` are kept, the least recently written going first. lru-cache holds the items; this
// class adds MemoryStorage's eTag semantics and JSON copies on top.
import type { Storage, StoreItems } from 'botbuilder';
import { LRUCache } from 'lru-cache';

export class ExpiringMemoryStorage implements Storage {
  /** Each item as JSON with its eTag: what is read back is a copy, never the object the bot holds. */
  private readonly items: LRUCache<string, string>;
  private etag = 1;
  private lastSweep: number;

  constructor(
    private readonly ttlMs: number,
    maxItems: number,
    private readonly now: () => number = Date.now,
  ) {
    this.items = new LRUCache<string, string>({
      max: maxItems,
      // lru-cache takes whole milliseconds; with a clock that counts them, floor keeps "expired after ttlMs".
      ttl: Math.max(1, Math.floor(ttlMs)),
      // Age counts from the last write only: reading state does not keep it alive.
      updateAgeOnGet: false,
      // Look at the clock on every check (the default caches it for a millisecond behind a timer), so an
      // injected clock is obeyed at once.
      ttlResolution: 0,
      // lru-cache reads a start time of 0 as "no TTL"; a real clock never says 0, an injected one may.
      perf: { now: () => this.now() + 1 },
    });
    this.lastSweep = now();
  }

  /** Items held, including expired ones not yet swept (reads never return those). */
  get size(): number {
    return this.items.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const out: StoreItems = {};
    for (const key of keys) {
      // peek, not get: a read must not count as use, or the cap would evict by reads instead of writes.
      const json = this.items.peek(key);
      if (json !== undefined) out[key] = JSON.parse(json);
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    for (const [key, item] of Object.entries(changes)) {
      const old = this.items.peek(key);
      if (old !== undefined && item.eTag && item.eTag !== '*') {
        const oldTag = (JSON.parse(old) as { eTag?: string }).eTag;
        if (oldTag !== item.eTag) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      this.items.set(key, JSON.stringify({ ...item, eTag: String(this.etag++) }));
    }
    this.sweep();
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  /**
   * Expired items are invisible but still held until the cap pushes them out; sweeping them costs a pass
   * over every item, so it is done at most once a window: nothing is held longer than two windows.
   */
  private sweep(): void {
    const now = this.now();
    if (now - this.lastSweep < this.ttlMs) return;
    this.lastSweep = now;
    this.items.purgeStale();
  }
}
