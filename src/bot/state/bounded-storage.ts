// Bot state from a store that may fail (Azure Blob Storage): every read and write ends within `timeoutMs`,
// and a failure never costs the person their answer. A read that fails or times out is answered as "no
// state" (the question is answered without memory of the last one); a write that fails is logged and the
// turn goes on (its reply was already sent, or is the invoke's answer). Both are logged, and counted for
// /healthz. BlobsStorage remembers a failed first "create the container" for good, so after any failure the
// next operation uses a fresh one (`make`), which tries again.
import type { Storage, StoreItems } from 'botbuilder';
import type { Logger } from '../../log';

export interface StateStoreStatus {
  kind: 'blob';
  /** unknown: not used yet; ok: the last operation succeeded; failing: it failed. */
  state: 'unknown' | 'ok' | 'failing';
  /** Failed operations since the last that succeeded. */
  failures: number;
  lastError: string | null;
  lastFailureAt: string | null;
}

export interface BoundedStorageOptions {
  timeoutMs: number;
  log?: Logger;
  now?: () => number;
}

class DeadlinePassed extends Error {}

/** A failure in a few generic words: fit for /healthz. */
function describe(error: unknown): string {
  if (error instanceof DeadlinePassed) return error.message;
  const e = error as { statusCode?: number; code?: string; name?: string };
  if (typeof e?.statusCode === 'number' && e.statusCode > 0) return `HTTP ${e.statusCode}`;
  if (typeof e?.code === 'string' && /^E[A-Z]+$/.test(e.code)) return `connection failed (${e.code})`;
  if (e?.name === 'AbortError') return 'attempt timed out';
  return 'request failed';
}

export class BoundedStorage implements Storage {
  private inner: Storage;
  private state: StateStoreStatus['state'] = 'unknown';
  private failures = 0;
  private lastError: string | null = null;
  private lastFailureAt = 0;
  private readonly now: () => number;

  constructor(
    private readonly make: () => Storage,
    private readonly options: BoundedStorageOptions,
  ) {
    this.inner = make();
    this.now = options.now ?? Date.now;
  }

  async read(keys: string[]): Promise<StoreItems> {
    try {
      return await this.within((s) => s.read(keys));
    } catch (error) {
      this.failed('read', error, keys.length, 'state read failed: answering without memory');
      return {};
    }
  }

  async write(changes: StoreItems): Promise<void> {
    try {
      await this.within((s) => s.write(changes));
    } catch (error) {
      this.failed('write', error, Object.keys(changes).length, 'state write failed: this turn is not remembered');
    }
  }

  async delete(keys: string[]): Promise<void> {
    try {
      await this.within((s) => s.delete(keys));
    } catch (error) {
      this.failed('delete', error, keys.length, 'state delete failed');
    }
  }

  status(): StateStoreStatus {
    return {
      kind: 'blob',
      state: this.state,
      failures: this.failures,
      lastError: this.lastError,
      lastFailureAt: this.lastFailureAt ? new Date(this.lastFailureAt).toISOString() : null,
    };
  }

  private async within<T>(run: (s: Storage) => Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    const expired = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new DeadlinePassed(`no answer within ${this.options.timeoutMs} ms`)), this.options.timeoutMs);
    });
    try {
      const result = await Promise.race([run(this.inner), expired]);
      this.state = 'ok';
      this.failures = 0;
      return result;
    } finally {
      clearTimeout(timer);
    }
  }

  private failed(operation: string, error: unknown, items: number, message: string): void {
    this.state = 'failing';
    this.failures += 1;
    this.lastError = describe(error);
    this.lastFailureAt = this.now();
    this.inner = this.make();
    // The SDK's error carries the signed request: only its message is logged.
    const detail = error instanceof Error ? error.message.slice(0, 300) : String(error);
    this.options.log?.warn({ operation, items, error: this.lastError, detail, failures: this.failures }, message);
  }
}
