// What the person typed, from a Teams message activity: the bot's own @mention removed (matched by id,
// never by name: people mention "Fine-Tune Scout" while the registration is named otherwise), other
// mentions kept as plain names. How much of it is read is the core's one bound (MAX_TEXT_LENGTH).
import { MAX_TEXT_LENGTH } from '../../core';

interface MentionLike {
  type?: string;
  text?: string;
  mentioned?: { id?: string };
}

interface ActivityLike {
  text?: string;
  entities?: MentionLike[];
  recipient?: { id?: string };
}

/**
 * Teams allows ~28 KB posts. Markup (`<at>…</at>`, `&nbsp;`, runs of spaces) is removed before the core
 * reads its MAX_TEXT_LENGTH characters, so a few times that much raw text is looked at, and no more: the
 * work here stays bounded however long the post.
 */
const RAW_TEXT_READ = 8 * MAX_TEXT_LENGTH;

export function questionText(activity: ActivityLike): string {
  let text = typeof activity.text === 'string' ? activity.text.slice(0, RAW_TEXT_READ) : '';
  const botId = activity.recipient?.id;
  for (const e of Array.isArray(activity.entities) ? activity.entities : []) {
    if (e?.type === 'mention' && botId && e.mentioned?.id === botId && typeof e.text === 'string' && e.text) {
      text = text.split(e.text).join(' ');
    }
  }
  text = text
    .replace(/<at>(.*?)<\/at>/gi, '$1')
    .replace(/&nbsp;/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  return text.slice(0, MAX_TEXT_LENGTH);
}
