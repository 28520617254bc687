// Tells watching conversations when a catalog swap changed their answers: one card per conversation,
// whatever number of its watches changed; nothing when none did.
//
// Exactly once across instances, at least once across crashes:
// 1. decide: every instance that swaps in catalog H answers each conversation's watches from the catalog
//    before and H, and writes the conversation's notice for H if none exists (If-None-Match: *); only the
//    instance whose write succeeded goes on, so two instances never both post it;
// 2. post under the notice's lease, then mark it sent. An instance that dies between deciding and marking
//    leaves the notice pending; the next start-up, swap or sweep (of any instance) takes it over once the
//    lease lapses and posts it. A post that reached Teams just before the crash may then be posted again:
//    at least once, never twice from live instances.
// Teams answering 403/404 means the bot was removed from the conversation: its watches are dropped. A 429
// (after the connector client's own retries, with Retry-After capped) or a failure is tried again later,
// with a growing pause, while the other conversations' notices go on.
import type { CloudAdapter } from 'botbuilder';
import { CardFactory, MessageFactory, TurnContext, type ConversationReference } from 'botbuilder';
import type { ConnectorClient } from 'botframework-connector';
import type { Knowledge } from '../../knowledge/load';
import type { Logger } from '../../log';
import { createPipeline, type Scout } from '../../pipeline/pipeline';
import type { CardRenderer } from '../../presentation/card-render';
import { retryAfterMs } from '../http/outbound-client';
import { noticeCard, noticeSummary } from './watch-cards';
import type { WatchStore } from './watch-store';
import { catalogHash, sameAnswer, summaryFrom } from './watched-answer';
import type { Notice, NoticeItem } from './types';

export interface NotifierOptions {
  store: WatchStore;
  adapter: Pick<CloudAdapter, 'continueConversationAsync'>;
  /** The bot's app id ('' in local mode). */
  appId: string;
  cards: CardRenderer;
  log: Logger;
  /** The longest Retry-After obeyed (OUTBOUND_MAX_RETRY_AFTER_MS). */
  maxRetryAfterMs: number;
  /** Conversations posted to at once. */
  concurrency?: number;
  /** Pause before the first retry of a failed post; doubled each time, up to maxBackoffMs. */
  backoffMs?: number;
  maxBackoffMs?: number;
  /** How often pending notices (another instance's, left by a crash) are looked for. */
  sweepMs?: number;
  /** How long to wait before looking again at a notice another instance holds (its lease is 15 s). */
  heldRetryMs?: number;
}

export interface Notifier {
  /** Decides and posts the notices for a swap from `before` to `after`. */
  onSwap(before: Knowledge, after: Knowledge): Promise<void>;
  /** Posts every pending notice this instance can take. */
  resume(): Promise<void>;
  /** Resolves when nothing is being posted or waiting to be retried (for tests). */
  idle(): Promise<void>;
  stop(): void;
}

function statusOf(e: unknown): number | undefined {
  const x = e as { statusCode?: unknown; status?: unknown; response?: { status?: unknown } };
  for (const v of [x?.statusCode, x?.status, x?.response?.status]) if (typeof v === 'number') return v;
  return undefined;
}

/** The Retry-After of a 429 error, in ms, capped (the outbound client's reading of it); null when it has none. */
function retryAfterOf(e: unknown, maxMs: number): number | null {
  const headers = (e as { response?: { headers?: { get?: (n: string) => string | undefined } } })?.response?.headers;
  const value = typeof headers?.get === 'function' ? headers.get('retry-after') : undefined;
  return value === undefined || value === null ? null : retryAfterMs(String(value), Date.now(), maxMs);
}

export function createNotifier(o: NotifierOptions): Notifier {
  const concurrency = o.concurrency ?? 4;
  const backoffMs = o.backoffMs ?? 1_000;
  const maxBackoffMs = o.maxBackoffMs ?? 5 * 60_000;
  const heldRetryMs = o.heldRetryMs ?? 16_000;
  const log = o.log;
  const queue: { hash: string; key: string }[] = [];
  const queued = new Set<string>();
  const failures = new Map<string, number>();
  const timers = new Set<NodeJS.Timeout>();
  let running = 0;
  let busy = 0; // swaps and resumes being worked out
  let stopped = false;
  let waiters: (() => void)[] = [];
  const id = (hash: string, key: string) => `${hash}\n${key}`;

  const settle = () => {
    if (running === 0 && queue.length === 0 && timers.size === 0 && busy === 0) {
      const w = waiters;
      waiters = [];
      for (const f of w) f();
    }
  };
  const later = (ms: number, f: () => void) => {
    if (stopped) return;
    const t = setTimeout(() => {
      timers.delete(t);
      f();
      settle();
    }, ms);
    t.unref();
    timers.add(t);
  };

  const enqueue = (hash: string, key: string) => {
    if (stopped || queued.has(id(hash, key))) return;
    queued.add(id(hash, key));
    queue.push({ hash, key });
    pump();
  };
  const pump = () => {
    while (running < concurrency && queue.length > 0) {
      const job = queue.shift()!;
      running++;
      void deliver(job.hash, job.key)
        .catch((e: unknown) => log.error({ err: e, conversation: job.key }, 'watch notice failed'))
        .finally(() => {
          queued.delete(id(job.hash, job.key));
          running--;
          pump();
          settle();
        });
    }
  };

  async function deliver(hash: string, key: string): Promise<void> {
    const lease = await o.store.leaseNotice(hash, key);
    if (lease === null) {
      // Sent already, or another instance is posting it: if that one dies, its lease lapses; look again then.
      const stillPending = (await o.store.pendingNotices()).some((p) => p.hash === hash && p.key === key);
      if (stillPending) later(heldRetryMs, () => enqueue(hash, key));
      return;
    }
    const notice = lease.notice;
    try {
      await post(notice);
    } catch (e) {
      const status = statusOf(e);
      if (status === 403 || status === 404) {
        await o.store.delete(key);
        await lease.complete('dropped');
        log.warn({ conversation: key, status }, 'the bot is no longer in this conversation (Teams answered %d): its watches are dropped', status);
        return;
      }
      if (status !== undefined && status >= 400 && status < 500 && status !== 408 && status !== 429) {
        // Teams refused the card itself: posting it again would be refused again.
        await lease.complete('dropped');
        log.error({ conversation: key, status, err: e }, 'Teams refused the watch notice; not retried');
        return;
      }
      await lease.release();
      const n = (failures.get(id(hash, key)) ?? 0) + 1;
      failures.set(id(hash, key), n);
      const wait = Math.max(retryAfterOf(e, o.maxRetryAfterMs) ?? 0, Math.min(backoffMs * 2 ** (n - 1), maxBackoffMs));
      log.warn({ conversation: key, status: status ?? null, attempt: n, retryInMs: wait }, 'watch notice not delivered; retrying later');
      later(wait, () => enqueue(hash, key));
      return;
    }
    await lease.complete('sent');
    failures.delete(id(hash, key));
    log.info({ conversation: key, hash, changed: notice.items.length }, 'watch notice sent');
  }

  async function post(notice: Notice): Promise<void> {
    const message = MessageFactory.attachment(CardFactory.adaptiveCard(noticeCard(notice)));
    message.summary = noticeSummary(notice);
    const reference = notice.reference as Partial<ConversationReference>;
    // A failure inside the logic would go to the adapter's onTurnError and be lost: it is kept and rethrown.
    let failure: { error: unknown } | null = null;
    await o.adapter.continueConversationAsync(o.appId, reference, async (context) => {
      // Not context.sendActivity: it would reply to the continuation's made-up activity id. Sent to the
      // conversation itself, the notice is a new message in a chat and a new thread in a channel.
      const client = context.turnState.get<ConnectorClient>(context.adapter.ConnectorClientKey);
      try {
        await client.conversations.sendToConversation(notice.reference.conversation.id, TurnContext.applyConversationReference({ ...message }, reference));
      } catch (error) {
        failure = { error };
      }
    });
    if (failure) throw (failure as { error: unknown }).error;
  }

  async function resume(): Promise<void> {
    busy++;
    try {
      for (const p of await o.store.pendingNotices()) enqueue(p.hash, p.key);
    } catch (e) {
      log.error({ err: e }, 'could not read the pending watch notices');
    } finally {
      busy--;
      settle();
    }
  }

  async function onSwap(before: Knowledge, after: Knowledge): Promise<void> {
    busy++;
    try {
      const hash = catalogHash(after);
      const scoutOf = (k: Knowledge): Scout => createPipeline({ knowledge: k, cards: o.cards, cacheEntries: 256 }).current();
      const was = scoutOf(before);
      const now = scoutOf(after);
      let decided = 0;
      for (const key of await o.store.keys()) {
        const current = await o.store.get(key);
        if (!current) continue;
        const items: NoticeItem[] = [];
        for (const w of current.value.watches) {
          try {
            const b = summaryFrom(was, w.question);
            const a = summaryFrom(now, w.question);
            if (!sameAnswer(b, a)) items.push({ watchId: w.id, before: b, after: a });
          } catch (e) {
            log.error({ err: e, conversation: key, watch: w.id }, 'a watched question could not be answered');
          }
        }
        if (items.length === 0) continue;
        const notice: Notice = {
          hash,
          key,
          reference: current.value.reference,
          items,
          status: 'pending',
          createdAt: new Date().toISOString(),
          sentAt: null,
        };
        if (await o.store.createNotice(notice)) {
          decided++;
          enqueue(hash, key);
        }
      }
      log.info({ hash, notices: decided }, 'catalog swap: watch notices decided');
    } finally {
      busy--;
      settle();
    }
    await resume();
  }

  const sweep = setInterval(() => void resume(), o.sweepMs ?? 5 * 60_000);
  sweep.unref();
  return {
    onSwap,
    resume,
    idle: () =>
      new Promise<void>((resolve) => {
        waiters.push(resolve);
        settle();
      }),
    stop: () => {
      stopped = true;
      clearInterval(sweep);
      for (const t of timers) clearTimeout(t);
      timers.clear();
      settle();
    },
  };
}
