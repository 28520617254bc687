// Configuration from the environment, validated once at start-up: a bad value stops the process with a
// message that names the variable. .env.example documents every variable read here.
import { z } from 'zod';
import { DEFAULT_MAX_AGE_DAYS } from './knowledge/catalog-age';

const Port = z.coerce.number().int().min(0).max(65535);

const LOOPBACK_HOST = /^(127\.\d+\.\d+\.\d+|\[::1\]|localhost)$/;

/**
 * CATALOG_SOURCE_URLS: comma-separated URLs, each https (http only on 127.0.0.1, for tests: the documents
 * are the bot's facts, and plain HTTP would let anyone on the path change them), none twice, at most 20.
 */
function sourceUrls(text: string, ctx: z.RefinementCtx): string[] {
  if (text.trim() === '') return [];
  const urls = text.split(',').map((u) => u.trim());
  const bad = (message: string) => ctx.addIssue({ code: 'custom', message });
  if (urls.length > 20) bad(`lists ${urls.length} URLs, more than 20`);
  urls.forEach((u, i) => {
    const which = `entry ${i + 1}${u ? ` (${u})` : ''}`;
    let parsed: URL;
    try {
      parsed = new URL(u);
    } catch {
      return bad(`${which} is not a URL`);
    }
    if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && LOOPBACK_HOST.test(parsed.hostname))) {
      return bad(`${which} must be https (http only on 127.0.0.1, for tests)`);
    }
    if (urls.indexOf(u) !== i) bad(`${which} is listed twice`);
  });
  return urls;
}

const Env = z
  .object({
    PORT: Port.default(3978),
    HOST: z.string().min(1).default('127.0.0.1'),
    MicrosoftAppId: z.string().trim().default(''),
    MicrosoftAppPassword: z.string().default(''),
    /** SingleTenant by default: Azure stopped creating MultiTenant bots after 2025-07-31 (existing ones still work). */
    MicrosoftAppType: z.enum(['MultiTenant', 'SingleTenant', 'UserAssignedMSI']).default('SingleTenant'),
    MicrosoftAppTenantId: z.string().trim().default(''),
    LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
    STATE_STORAGE: z.enum(['memory', 'blob']).default('memory'),
    BLOB_CONNECTION_STRING: z.string().default(''),
    BLOB_CONTAINER: z.string().default(''),
    /** Longest wait for one attempt of an outbound call (a reply to Teams) before it is abandoned. */
    OUTBOUND_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /** Longest Retry-After the bot obeys from Teams before retrying a reply (429/503). */
    OUTBOUND_MAX_RETRY_AFTER_MS: z.coerce.number().int().min(0).max(120_000).default(5_000),
    /** From a request's arrival, how long its turn may wait on Teams (replies, their retries and the token
     *  for them) in all; then the turn's outbound calls are abandoned. Well under Teams' 15 s. */
    TURN_DEADLINE_MS: z.coerce.number().int().min(500).max(60_000).default(8_000),
    /** The OpenID metadata that channel tokens are checked against; empty = Bot Framework public cloud. */
    OPENID_METADATA_URL: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
    /** The issuer channel tokens must carry; empty = the public cloud's (https://api.botframework.com). */
    OPENID_TOKEN_ISSUER: z.string().trim().default(''),
    /** Longest wait for the OpenID metadata and signing keys (one fetch, shared by every waiting request). */
    OPENID_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000),
    /** Longest wait for one Blob state operation (a read or a write) before the turn goes on without it. */
    BLOB_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(2_000),
    /** Optional: the raw markdown of the source document, re-read and re-imported on an interval. */
    CATALOG_SOURCE_URL: z.union([z.literal(''), z.url({ protocol: /^https?$/ })]).default(''),
    /** Optional: several source documents (comma-separated), fetched together and merged into one catalog. */
    CATALOG_SOURCE_URLS: z.string().default('').transform(sourceUrls),
    /** A catalog whose newest document is older than this many days says so on every card. */
    CATALOG_MAX_AGE_DAYS: z.coerce.number().int().min(1).max(3650).default(DEFAULT_MAX_AGE_DAYS),
    CATALOG_REFRESH_MINUTES: z.coerce
      .number()
      .min(0.01)
      .max(7 * 24 * 60)
      .default(360),
    /** A client must have sent its request headers within this time (slow clients hold connections). */
    HTTP_HEADERS_TIMEOUT_MS: z.coerce.number().int().min(100).max(120_000).default(10_000),
    /** ... and its whole request, body included, within this time (the bot's answer is not limited). */
    HTTP_REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).max(600_000).default(30_000),
    /** How long an idle keep-alive connection may be reused, as told to clients; the server keeps it 5 s longer. */
    HTTP_KEEP_ALIVE_TIMEOUT_MS: z.coerce.number().int().min(1_000).max(600_000).default(5_000),
    /** Connections held at once; more are closed as soon as they are accepted. */
    HTTP_MAX_CONNECTIONS: z.coerce.number().int().min(1).max(100_000).default(512),
    /** On SIGTERM, how long turns in flight may take to finish before their connections are cut. */
    SHUTDOWN_GRACE_MS: z.coerce.number().int().min(0).max(120_000).default(10_000),
    /** How long a remembered question continues a conversation, in minutes. */
    MEMORY_MINUTES: z.coerce
      .number()
      .positive()
      .max(24 * 60)
      .default(30),
    /** How many answers (with their cards) to remember for questions asked again; 0 = none. */
    ANSWER_CACHE_ENTRIES: z.coerce.number().int().min(0).max(100_000).default(256),
  })
  .superRefine((env, ctx) => {
    const need = (key: keyof typeof env, why: string) => {
      if (!env[key]) ctx.addIssue({ code: 'custom', path: [key], message: `is required ${why}` });
    };
    if (env.MicrosoftAppId && !/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(env.MicrosoftAppId)) {
      ctx.addIssue({ code: 'custom', path: ['MicrosoftAppId'], message: 'must be a GUID (the Azure Bot registration’s app id)' });
    }
    // Local mode answers anyone and replies to any serviceUrl it is sent: never on a network interface.
    if (!env.MicrosoftAppId && !/^(127\.\d+\.\d+\.\d+|::1|localhost)$/.test(env.HOST)) {
      ctx.addIssue({
        code: 'custom',
        path: ['HOST'],
        message: `is ${env.HOST}, but without MicrosoftAppId the bot is unauthenticated: set MicrosoftAppId, or listen on 127.0.0.1`,
      });
    }
    if (env.HTTP_HEADERS_TIMEOUT_MS > env.HTTP_REQUEST_TIMEOUT_MS) {
      ctx.addIssue({
        code: 'custom',
        path: ['HTTP_HEADERS_TIMEOUT_MS'],
        message: `must not be longer than HTTP_REQUEST_TIMEOUT_MS (${env.HTTP_REQUEST_TIMEOUT_MS}): the headers are part of the request`,
      });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'UserAssignedMSI') need('MicrosoftAppPassword', 'when MicrosoftAppId is set');
    if (env.MicrosoftAppType === 'UserAssignedMSI' && env.MicrosoftAppPassword) {
      ctx.addIssue({
        code: 'custom',
        path: ['MicrosoftAppPassword'],
        message: 'must be empty when MicrosoftAppType is UserAssignedMSI (a managed identity has no secret)',
      });
    }
    if (env.MicrosoftAppId && env.MicrosoftAppType !== 'MultiTenant')
      need('MicrosoftAppTenantId', `when MicrosoftAppType is ${env.MicrosoftAppType}${env.MicrosoftAppType === 'SingleTenant' ? ' (the default)' : ''}`);
    // The keys that decide who may talk to the bot must not come over plain HTTP, except from this machine.
    if (env.OPENID_METADATA_URL) {
      const { protocol, hostname } = new URL(env.OPENID_METADATA_URL);
      if (protocol === 'http:' && !LOOPBACK_HOST.test(hostname)) {
        ctx.addIssue({ code: 'custom', path: ['OPENID_METADATA_URL'], message: 'must be https (http only on 127.0.0.1, for tests)' });
      }
    }
    if (env.CATALOG_SOURCE_URL && env.CATALOG_SOURCE_URLS.length > 0) {
      ctx.addIssue({
        code: 'custom',
        path: ['CATALOG_SOURCE_URLS'],
        message: 'and CATALOG_SOURCE_URL are both set: set one (CATALOG_SOURCE_URL for one document alone, CATALOG_SOURCE_URLS for a set)',
      });
    }
    if (env.STATE_STORAGE === 'blob') {
      need('BLOB_CONNECTION_STRING', 'when STATE_STORAGE=blob');
      need('BLOB_CONTAINER', 'when STATE_STORAGE=blob');
      if (env.BLOB_CONTAINER && !/^[a-z0-9](?!.*--)[a-z0-9-]{1,61}[a-z0-9]$/.test(env.BLOB_CONTAINER)) {
        ctx.addIssue({ code: 'custom', path: ['BLOB_CONTAINER'], message: 'must be a valid Azure container name (3-63 lower-case letters, digits, hyphens)' });
      }
    }
  });

export type Config = z.infer<typeof Env>;

export class ConfigError extends Error {}

/** Reads the configuration; throws ConfigError naming each bad variable (never printing secret values). */
export function readConfig(env: NodeJS.ProcessEnv): Config {
  const picked = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const result = Env.safeParse(picked);
  if (!result.success) {
    const lines = result.error.issues.map((i) => `${i.path.join('.') || '(environment)'} ${i.message}`);
    throw new ConfigError(`bad configuration: ${lines.join('; ')}`);
  }
  return result.data;
}
