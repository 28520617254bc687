// What a watch keeps, and what a notice about a catalog change keeps until it is posted.
import type { Question, Verdict } from '../../core';

/** Where the bot posts later: a conversation reference without the message it came from (a channel gets a new thread). */
export interface StoredReference {
  channelId: string;
  serviceUrl: string;
  conversation: { id: string; conversationType?: string; tenantId?: string; isGroup?: boolean };
  bot: { id: string; name?: string };
  locale?: string;
}

/** What an answer says, as far as a watch cares: the same summary means the same answer. */
export interface AnswerSummary {
  verdict: Verdict | null;
  headline: string;
  matches: string[];
  /** The one-line reason (shown; not compared: it carries the document's date). */
  reason: string;
  subject: string;
  source: { title: string; date: string; url: string };
  /** A digest of the facts the answer shows, dates left out (compared, never shown). */
  facts: string;
}

export interface Watch {
  /** Short and random: what the card's unwatch button names (numbers shift as watches are removed). */
  id: string;
  /** The Question as the answer reads it, without the words typed (core answerInputs). */
  question: Question;
  /** The answer when the watch was set (listed by `watches`). */
  summary: AnswerSummary;
  /** Who set it. */
  by: { aadObjectId: string | null; name: string | null };
  /** ISO time it was set. */
  at: string;
}

export interface ConversationWatches {
  /** channelId + conversation id, a channel's without its thread (`;messageid=`). */
  key: string;
  kind: 'personal' | 'groupChat' | 'channel';
  reference: StoredReference;
  watches: Watch[];
}

export interface NoticeItem {
  watchId: string;
  before: AnswerSummary;
  after: AnswerSummary;
}

/** One conversation's notice for one catalog change: written before it is posted, marked once it is. */
export interface Notice {
  /** Content hash of the catalog that changed the answers. */
  hash: string;
  key: string;
  reference: StoredReference;
  items: NoticeItem[];
  status: 'pending' | 'sent' | 'dropped';
  createdAt: string;
  sentAt: string | null;
}

/** The most watches one conversation keeps. */
export const MAX_WATCHES = 20;
