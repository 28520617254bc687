// In-process bot state that forgets: botbuilder's MemoryStorage keeps every conversation forever, so a
// long-running bot serving a whole tenant would grow without bound. Here every item expires `ttlMs`
// after its last write (nothing the bot keeps matters longer: remembered questions last 30 minutes), and
// at most `maxItems` are kept. Items are held in a Map ordered by last write, so the expired ones are
// always at the front and pruning costs only what it removes. eTag semantics follow MemoryStorage.
import type { Storage, StoreItems } from 'botbuilder';

interface Held {
  json: string;
  at: number;
}

export class ExpiringMemoryStorage implements Storage {
  private readonly items = new Map<string, Held>();
  private etag = 1;

  constructor(
    private readonly ttlMs: number,
    private readonly maxItems: number,
    private readonly now: () => number = Date.now,
  ) {}

  get size(): number {
    return this.items.size;
  }

  async read(keys: string[]): Promise<StoreItems> {
    const now = this.now();
    const out: StoreItems = {};
    for (const key of keys) {
      const held = this.items.get(key);
      if (held && now - held.at <= this.ttlMs) out[key] = JSON.parse(held.json);
    }
    return out;
  }

  async write(changes: StoreItems): Promise<void> {
    const now = this.now();
    for (const [key, item] of Object.entries(changes)) {
      const old = this.items.get(key);
      if (old && item.eTag && item.eTag !== '*' && now - old.at <= this.ttlMs) {
        const oldTag = (JSON.parse(old.json) as { eTag?: string }).eTag;
        if (oldTag !== item.eTag) throw new Error(`Storage: error writing "${key}" due to eTag conflict.`);
      }
      this.items.delete(key);
      this.items.set(key, { json: JSON.stringify({ ...item, eTag: String(this.etag++) }), at: now });
    }
    this.prune(now);
  }

  async delete(keys: string[]): Promise<void> {
    for (const key of keys) this.items.delete(key);
  }

  private prune(now: number): void {
    for (const [key, held] of this.items) {
      if (now - held.at <= this.ttlMs && this.items.size <= this.maxItems) break;
      this.items.delete(key);
    }
  }
}
