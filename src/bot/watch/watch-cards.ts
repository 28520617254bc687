// The cards a watch sends: the notice that watched answers changed (verdict first, before → after, the
// documents and their dates, an unwatch button per watch), and the list of a conversation's watches. Built
// here rather than from cards/ templates: they are the bot's own messages about watching, not answers, and
// every text in them is data put into TextBlocks (never template text). Buttons are Action.Submit: the press
// comes back as a message, routed like a typed "unwatch".
import type { Verdict } from '../../core';
import type { AnswerSummary, Notice, Watch } from './types';

export type Card = Record<string, unknown>;

/** What an unwatch button sends back (as a message's `value`). */
export interface UnwatchValue {
  scoutWatch: 'unwatch';
  /** A watch id, or 'all'. */
  id: string;
}

export const CARD_CONTENT_TYPE = 'application/vnd.microsoft.card.adaptive';

const MARK: Record<Verdict, string> = { yes: '✅', no: '❌', unknown: '❔' };
const mark = (v: Verdict | null) => (v ? `${MARK[v]} ` : '');
const said = (s: AnswerSummary) => `${mark(s.verdict)}${s.headline}`;

function card(body: Card[]): Card {
  return { type: 'AdaptiveCard', $schema: 'http://adaptivecards.io/schemas/adaptive-card.json', version: '1.5', msteams: { width: 'Full' }, body };
}
const text = (t: string, extra: Card = {}): Card => ({ type: 'TextBlock', text: t, wrap: true, ...extra });
const unwatchButton = (id: string, title: string): Card => ({
  type: 'ActionSet',
  actions: [{ type: 'Action.Submit', title, data: { scoutWatch: 'unwatch', id } satisfies UnwatchValue }],
});
const sourceLine = (s: AnswerSummary['source']) => `[${s.title}](${s.url}), ${s.date}`;

export function noticeCard(n: Notice): Card {
  const dates = [...new Set(n.items.map((i) => `${sourceLine(i.after.source)} (before: ${i.before.source.title}, ${i.before.source.date})`))];
  const body: Card[] = [
    text(n.items.length === 1 ? 'A watched answer changed' : `${n.items.length} watched answers changed`, { weight: 'Bolder', size: 'Medium' }),
    text(`Microsoft's fine-tuning documents changed. Source: ${dates.join('; ')}.`, { isSubtle: true, size: 'Small', spacing: 'None' }),
  ];
  for (const item of n.items) {
    body.push({
      type: 'Container',
      separator: true,
      spacing: 'Medium',
      items: [
        text(said(item.after), { weight: 'Bolder' }),
        text(item.after.subject, { isSubtle: true, spacing: 'None' }),
        text(`Now: ${item.after.reason}`, { spacing: 'Small' }),
        text(`Before: ${said(item.before)}. ${item.before.reason}`, { isSubtle: true, spacing: 'Small' }),
        text(`Source: ${sourceLine(item.after.source)} (before: ${sourceLine(item.before.source)})`, { size: 'Small', isSubtle: true, spacing: 'Small' }),
        unwatchButton(item.watchId, 'Unwatch'),
      ],
    });
  }
  return card(body);
}

/** One line for the notification and screen readers: the first change, verdict first. */
export function noticeSummary(n: Notice): string {
  const first = n.items[0]!;
  const more = n.items.length > 1 ? ` (and ${n.items.length - 1} more)` : '';
  return `${said(first.after)} — ${first.after.subject}${more}`;
}

export function listCard(watches: { watch: Watch; now: AnswerSummary }[], max: number, where: string): Card {
  const body: Card[] = [text(`Watching ${watches.length} of at most ${max} in ${where}`, { weight: 'Bolder', size: 'Medium' })];
  watches.forEach(({ watch, now }, i) => {
    body.push({
      type: 'Container',
      separator: true,
      items: [
        text(`${i + 1}. ${now.subject}`, { weight: 'Bolder' }),
        text(`Now: ${said(now)}`, { spacing: 'None' }),
        text(`Set by ${watch.by.name ?? 'someone'} on ${watch.at.slice(0, 10)}. Source: ${sourceLine(now.source)}`, {
          isSubtle: true,
          size: 'Small',
          spacing: 'None',
        }),
        unwatchButton(watch.id, `Unwatch ${i + 1}`),
      ],
    });
  });
  body.push(text('“unwatch N” stops one, “unwatch all” stops every watch here.', { isSubtle: true, size: 'Small', spacing: 'Medium' }));
  body.push(unwatchButton('all', 'Unwatch all'));
  return card(body);
}
