// What the person typed, from a Teams message activity: the bot's own @mention removed (matched by id,
// never by name: people mention "Fine-Tune Scout" while the registration is named otherwise), other
// mentions kept as plain names, and the text bounded.

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

/** Longest text the bot reads; Teams allows ~28 KB posts, no question needs more than this. */
export const MAX_TEXT = 2000;

export function questionText(activity: ActivityLike): string {
  let text = typeof activity.text === 'string' ? activity.text.slice(0, MAX_TEXT * 4) : '';
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
  return text.slice(0, MAX_TEXT);
}
