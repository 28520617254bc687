// Wires the bot together: knowledge, cards, state, adapter and HTTP server. Used by src/index.ts and by
// tests, which start the same server on a free port.
import type { Storage } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Server } from 'restify';
import { createCardRenderer, type CardRenderer } from '../presentation/card-render';
import { startCatalogRefresher, type CatalogRefresher } from '../knowledge/refresher';
import type { Config } from '../config';
import { loadKnowledge, type Knowledge } from '../knowledge/load';
import { CARDS_DIR, ROOT } from '../paths';
import type { Logger } from '../log';
import { createPipeline, type Pipeline } from '../pipeline/pipeline';
import { createAdapter, type ExtraAuthSettings } from './http/adapter';
import { createKnowledgeHolder, type KnowledgeHolder } from '../knowledge/holder';
import { ScoutBot } from './scout-bot';
import { createServer } from './http/server';
import { httpLimitsOf } from './http/limits';
import { BotState } from './state/bot-state';
import { createStorage } from './state/storage';
import { dependencyHealth } from './dependency-health';
import { createWatchStore, startNotifier, type Notifier, type WatchStore, type WatchTuning } from './watch/watching';

export interface App {
  server: Server;
  holder: KnowledgeHolder;
  /** Present when CATALOG_SOURCE_URL or CATALOG_SOURCE_URLS is set. */
  refresher: CatalogRefresher | null;
  /** e.g. http://127.0.0.1:3978 */
  url: string;
  /** Posts watch notices when a swap changes watched answers. */
  notifier: Notifier;
  /**
   * Stops accepting requests and lets turns in flight finish, for at most `graceMs`; resolves true when
   * everything finished in time, false when connections had to be cut.
   */
  close(graceMs?: number): Promise<boolean>;
}

export interface AppOptions {
  knowledge?: Knowledge;
  authSettings?: ExtraAuthSettings;
  now?: () => number;
  /** Watch notifier timings (tests). */
  watch?: WatchTuning;
}

/** The bot and what it reads, as the server runs it (also used by the bench to time its turn logic alone). */
export function createScoutBot(
  config: Config,
  log: Logger,
  options: Pick<AppOptions, 'knowledge' | 'now'> = {},
): { bot: ScoutBot; holder: KnowledgeHolder; cards: CardRenderer; pipeline: Pipeline; storage: Storage; watches: WatchStore } {
  const holder = createKnowledgeHolder(options.knowledge ?? loadKnowledge({ maxAgeDays: config.CATALOG_MAX_AGE_DAYS }), {
    onListenerError: (err) => log.error({ err }, 'a catalog swap listener failed'),
  });
  const cards = createCardRenderer(CARDS_DIR);
  const pipeline = createPipeline({ knowledge: holder.current, cards, cacheEntries: config.ANSWER_CACHE_ENTRIES, memoryMs: config.MEMORY_MINUTES * 60_000 });
  const storage = createStorage(config, options.now, log);
  const state = new BotState(storage);
  const watches = createWatchStore(config, log);
  const bot = new ScoutBot({ pipeline, state, log, now: options.now, watches });
  return { bot, holder, cards, pipeline, storage, watches };
}

export async function startApp(config: Config, log: Logger, options: AppOptions = {}): Promise<App> {
  const { bot, holder, cards, storage, watches } = createScoutBot(config, log, options);
  const adapter = createAdapter(config, cards, log, options.authSettings);
  const notifier = startNotifier({
    store: watches,
    adapter,
    appId: config.MicrosoftAppId,
    cards,
    holder,
    log,
    maxRetryAfterMs: config.OUTBOUND_MAX_RETRY_AFTER_MS,
    tuning: options.watch,
  });
  const { version } = JSON.parse(readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { version: string };
  const urls = config.CATALOG_SOURCE_URL ? [config.CATALOG_SOURCE_URL] : config.CATALOG_SOURCE_URLS;
  const refresher =
    urls.length > 0
      ? startCatalogRefresher({
          urls,
          mode: config.CATALOG_SOURCE_URL ? 'alone' : 'set',
          intervalMs: config.CATALOG_REFRESH_MINUTES * 60_000,
          timeoutMs: config.OUTBOUND_TIMEOUT_MS,
          regions: holder.current().catalog.regions,
          current: holder.current,
          swap: holder.swap,
          log,
        })
      : null;
  const health = () => ({ refresh: refresher ? refresher.status() : { enabled: false }, ...dependencyHealth(adapter, storage) });
  let draining = false;
  const server = createServer({ adapter, bot, holder, log, version, limits: httpLimitsOf(config), health, draining: () => draining });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const address = server.address() as AddressInfo;
  const url = `http://${config.HOST.includes(':') ? `[${config.HOST}]` : config.HOST}:${address.port}`;
  if (!config.MicrosoftAppId) log.info({ url }, 'local mode: no MicrosoftAppId, so requests are not authenticated');
  return {
    server,
    holder,
    refresher,
    url,
    notifier,
    close: (graceMs = 10_000) =>
      new Promise<boolean>((resolve) => {
        draining = true;
        refresher?.stop();
        notifier.stop();
        const cut = setTimeout(() => {
          log.warn({ graceMs }, 'turns still in flight at the end of the grace period: closing their connections');
          server.server.closeAllConnections();
          resolve(false);
        }, graceMs);
        cut.unref();
        server.close(() => {
          clearTimeout(cut);
          resolve(true);
        });
        // Idle keep-alive connections would hold close() open; busy ones close when their turn ends.
        server.server.closeIdleConnections();
      }),
  };
}
