// The keys Teams' tokens are signed with, from the identity provider's OpenID metadata and JWKS, fetched
// within bounds. Botbuilder's own fetcher (botframework-connector OpenIdMetadata) has no timeout, lets every
// request that finds no keys start its own fetch, retries on every request during an outage, and answers a
// failure as a 500 carrying the provider's URL. This one:
// - makes one fetch at a time, shared by every request waiting for keys, abandoned after `timeoutMs`;
// - after a failed fetch waits 1 s, 2 s, 4 s ... up to 60 s before the next, and meanwhile answers at once;
// - keeps using the last good keys while a due refresh fails (up to MAX_KEY_AGE_MS), so an outage of the
//   provider does not lock out tokens signed by keys it published before;
// - reports its state for /healthz, with errors named generically (no URLs).
// No library does this for botbuilder (jose's remote key set has neither OpenID discovery, endorsements nor
// backoff after failures), so it is written here; node's crypto turns each JWK into the PEM botbuilder wants.
import { createPublicKey } from 'node:crypto';
import type { Logger } from '../../log';

/** What botbuilder's JwtTokenExtractor needs of a key (botframework-connector IOpenIdMetadataKey). */
export interface SigningKey {
  key: string;
  endorsements?: string[];
}

/** Keys are re-fetched this long after the last fetch (botbuilder's own interval). */
export const REFRESH_MS = 24 * 60 * 60_000;
/** The last good keys stay in use this long while refreshes fail; then requests get 503 until one succeeds. */
export const MAX_KEY_AGE_MS = 5 * 24 * 60 * 60_000;
/** A token naming a key not in keys at least this old makes the bot look again (keys roll over). */
export const UNKNOWN_KEY_REFRESH_MS = 5 * 60_000;
export const BACKOFF_MIN_MS = 1_000;
export const BACKOFF_MAX_MS = 60_000;
/** Longest metadata or JWKS document read (real ones are a few KB). */
const MAX_DOCUMENT_CHARS = 1_000_000;

const UNAVAILABLE_MESSAGE = /^identity provider unavailable; retry in (\d+) s$/;

/** Thrown to botbuilder when no key can be had now; auth-failure.ts turns it into 503 with Retry-After. */
export class IdentityProviderUnavailable extends Error {
  constructor(readonly retryAfterSeconds: number) {
    super(`identity provider unavailable; retry in ${retryAfterSeconds} s`);
  }
}

/** The Retry-After seconds of an IdentityProviderUnavailable, from the message botbuilder answered with. */
export function unavailableRetryAfter(body: unknown): number | null {
  const m = typeof body === 'string' ? UNAVAILABLE_MESSAGE.exec(body) : null;
  return m ? Number(m[1]) : null;
}

export interface IdentityProviderStatus {
  /** starting: no keys yet; ok: keys fresh; stale: refresh failing, older keys in use; unavailable: no keys. */
  state: 'starting' | 'ok' | 'stale' | 'unavailable';
  keys: number;
  fetchedAt: string | null;
  /** Failed fetches since the last good one. */
  failures: number;
  lastError: string | null;
  /** While backing off: when the next fetch may start. */
  retryAt: string | null;
}

export interface OpenIdKeysOptions {
  /** The OpenID configuration document (its jwks_uri names the keys). */
  url: string;
  timeoutMs: number;
  log: Logger;
  now?: () => number;
}

class FetchFailure extends Error {}

function isLoopback(hostname: string): boolean {
  return /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/.test(hostname);
}

/** A failure in a few generic words: fit for /healthz, which anyone can read. */
function describe(error: unknown, timeoutMs: number): string {
  if (error instanceof FetchFailure) return error.message;
  const e = error as { name?: string; cause?: { code?: string } };
  if (e?.name === 'TimeoutError' || e?.name === 'AbortError') return `no answer within ${timeoutMs} ms`;
  if (e?.cause?.code) return `connection failed (${e.cause.code})`;
  if (error instanceof SyntaxError) return 'not JSON';
  return 'request failed';
}

async function getJson(url: string, signal: AbortSignal): Promise<Record<string, unknown>> {
  const res = await fetch(url, { signal, headers: { accept: 'application/json' } });
  const text = await res.text();
  if (!res.ok) throw new FetchFailure(`HTTP ${res.status}`);
  if (text.length > MAX_DOCUMENT_CHARS) throw new FetchFailure('document too large');
  const parsed = JSON.parse(text) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) throw new FetchFailure('not a JSON object');
  return parsed as Record<string, unknown>;
}

/** The RSA signing keys of a JWKS, by key id, as PEM. Other keys are left out (botbuilder refuses them). */
export function signingKeys(jwks: Record<string, unknown>): Map<string, SigningKey> {
  const keys = new Map<string, SigningKey>();
  for (const jwk of Array.isArray(jwks.keys) ? (jwks.keys as Record<string, unknown>[]) : []) {
    if (!jwk || typeof jwk.kid !== 'string' || jwk.kty !== 'RSA' || typeof jwk.n !== 'string' || typeof jwk.e !== 'string') continue;
    try {
      const pem = createPublicKey({ key: { kty: 'RSA', n: jwk.n, e: jwk.e }, format: 'jwk' })
        .export({ type: 'spki', format: 'pem' })
        .toString();
      const endorsements = Array.isArray(jwk.endorsements) ? jwk.endorsements.filter((x): x is string => typeof x === 'string') : undefined;
      keys.set(jwk.kid, endorsements ? { key: pem, endorsements } : { key: pem });
    } catch {
      /* not a valid RSA key: left out */
    }
  }
  return keys;
}

export class OpenIdKeys {
  private keys: Map<string, SigningKey> | null = null;
  private fetchedAt = 0;
  private inFlight: Promise<void> | null = null;
  private failures = 0;
  private lastError: string | null = null;
  private retryAt = 0;
  private readonly now: () => number;

  constructor(private readonly options: OpenIdKeysOptions) {
    this.now = options.now ?? Date.now;
  }

  /** botbuilder's OpenIdMetadata.getKey: the key for this id, null if the provider has none by that id. */
  async getKey(keyId: string): Promise<SigningKey | null> {
    const age = this.now() - this.fetchedAt;
    if (this.keys && age < REFRESH_MS) {
      const key = this.keys.get(keyId);
      if (key || age < UNKNOWN_KEY_REFRESH_MS || this.backingOff()) return key ?? null;
      // Keys this old may predate a key just rolled out: look again, and decide on what we have if that fails.
      await this.refresh().catch(() => {});
      return this.keys.get(keyId) ?? null;
    }
    if (this.keys && age < MAX_KEY_AGE_MS) {
      const key = this.keys.get(keyId);
      if (key) {
        // Due for a refresh: made in the background; this request is answered from the keys we have.
        if (!this.backingOff()) this.refresh().catch(() => {});
        return key;
      }
    }
    await this.refresh(); // throws IdentityProviderUnavailable when there is no answer now
    return this.keys?.get(keyId) ?? null;
  }

  /** Starts fetching the keys now (at start-up), so the first request does not wait for them. */
  warm(): void {
    this.refresh().catch(() => {});
  }

  status(): IdentityProviderStatus {
    const age = this.now() - this.fetchedAt;
    const state = this.keys && age < REFRESH_MS ? 'ok' : this.keys && age < MAX_KEY_AGE_MS ? 'stale' : this.failures > 0 ? 'unavailable' : 'starting';
    return {
      state,
      keys: this.keys?.size ?? 0,
      fetchedAt: this.keys ? new Date(this.fetchedAt).toISOString() : null,
      failures: this.failures,
      lastError: this.lastError,
      retryAt: this.backingOff() ? new Date(this.retryAt).toISOString() : null,
    };
  }

  private backingOff(): boolean {
    return this.now() < this.retryAt;
  }

  /** One fetch at a time, shared; none at all while backing off. */
  private refresh(): Promise<void> {
    if (this.inFlight) return this.inFlight;
    if (this.backingOff()) return Promise.reject(new IdentityProviderUnavailable(Math.max(1, Math.ceil((this.retryAt - this.now()) / 1000))));
    this.inFlight = this.fetchKeys()
      .then(
        (keys) => {
          if (this.failures > 0) this.options.log.info({ failures: this.failures, keys: keys.size }, 'identity provider answers again');
          this.keys = keys;
          this.fetchedAt = this.now();
          this.failures = 0;
          this.lastError = null;
          this.retryAt = 0;
        },
        (error: unknown) => {
          this.failures += 1;
          this.lastError = describe(error, this.options.timeoutMs);
          const pause = Math.min(BACKOFF_MAX_MS, BACKOFF_MIN_MS * 2 ** (this.failures - 1));
          this.retryAt = this.now() + pause;
          this.options.log.warn(
            { failures: this.failures, error: this.lastError, retryInMs: pause, haveKeys: this.keys !== null },
            'identity provider keys could not be fetched',
          );
          throw new IdentityProviderUnavailable(Math.ceil(pause / 1000));
        },
      )
      .finally(() => {
        this.inFlight = null;
      });
    return this.inFlight;
  }

  private async fetchKeys(): Promise<Map<string, SigningKey>> {
    // One deadline for both documents.
    const signal = AbortSignal.timeout(this.options.timeoutMs);
    const metadata = await getJson(this.options.url, signal);
    const jwksUri = typeof metadata.jwks_uri === 'string' ? metadata.jwks_uri : '';
    let url: URL;
    try {
      url = new URL(jwksUri);
    } catch {
      throw new FetchFailure('metadata without a jwks_uri');
    }
    if (url.protocol !== 'https:' && !(url.protocol === 'http:' && isLoopback(url.hostname))) throw new FetchFailure('jwks_uri is not https');
    const keys = signingKeys(await getJson(url.href, signal));
    if (keys.size === 0) throw new FetchFailure('no RSA signing keys');
    return keys;
  }
}
