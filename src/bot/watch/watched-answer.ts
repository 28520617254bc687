// What a watch compares: the watched Question answered from a snapshot, reduced to what the answer says
// (verdict, headline, what it lists, and a digest of the facts it shows). Two snapshots that give the same
// summary give the same answer, so a changed date alone, or a fact the question does not touch, posts nothing.
import { createHash } from 'node:crypto';
import type { Answer, Question } from '../../core';
import type { Knowledge } from '../../knowledge/load';
import type { Answered, Scout } from '../../pipeline/pipeline';
import type { AnswerSummary } from './types';

// Dates as the documents and answers write them: ISO, and Learn's month/day/year.
const DATES = /\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}\/\d{1,2}\/\d{4}\b/g;

/**
 * A digest of every fact the answer shows, its dates left out. Verdict, headline and list alone miss a
 * change that keeps the headline ("o4-mini: where you can fine-tune it" gaining a Standard region); the
 * answer's full text catches it, and without its dates a document that only got a new date changes nothing.
 */
function factsDigest(text: string): string {
  return createHash('sha256').update(text.replace(DATES, '<date>')).digest('hex').slice(0, 32);
}

export function summarise(answered: Pick<Answered, 'answer' | 'text'>): AnswerSummary {
  const a = answered.answer;
  return {
    verdict: a.verdict,
    headline: a.headline,
    matches: [...a.matches],
    reason: a.reason,
    subject: a.subject,
    source: { title: a.source.title, date: a.source.date, url: a.source.url },
    facts: factsDigest(answered.text),
  };
}

export function sameAnswer(a: AnswerSummary, b: AnswerSummary): boolean {
  return (
    a.verdict === b.verdict &&
    a.headline === b.headline &&
    a.facts === b.facts &&
    a.matches.length === b.matches.length &&
    a.matches.every((m, i) => m === b.matches[i])
  );
}

export function summaryFrom(scout: Scout, q: Question): AnswerSummary {
  return summarise(scout.answer(q));
}

/** Why a question cannot be watched (it names nothing known, or asks what the documents do not cover), or null. */
export function refusal(q: Question, a: Answer): string | null {
  const example = 'Name a model, a region or both, e.g. “watch o4-mini in West Europe”, “watch gpt-4.1” or “watch Sweden Central”.';
  if (q.intent === 'clarify' || q.clarify !== null || a.kind === 'clarify') return `I can't watch that: ${a.headline}. ${example}`;
  if (q.offTopic !== null)
    return `I can't watch that: ${a.headline}; Microsoft's fine-tuning documents don't cover it, so no change of theirs would tell you. ${example}`;
  if (q.outside !== null && a.verdict === null) return `I can't watch that: ${a.reason} ${example}`;
  if (q.intent === 'unknown' || q.intent === 'help' || a.kind === 'unknown' || a.kind === 'help') return `I can't tell what to watch in that. ${example}`;
  return null;
}

/** Sorted-key JSON: the same catalog gives the same text, whatever order its objects were built in. */
function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, v]) => v !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

/** The catalog's content hash: every instance that imports the same documents gets the same one. */
export function catalogHash(k: Knowledge): string {
  return createHash('sha256').update(canonical(k.catalog.data)).digest('hex').slice(0, 32);
}
