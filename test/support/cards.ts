// Reading what a card says, the way a person would: its headline, its text, its buttons.
export type Card = Record<string, any>;

export function cardOf(activity: Record<string, any>): Card {
  const att = (activity.attachments ?? []).find((x: any) => x.contentType === 'application/vnd.microsoft.card.adaptive');
  if (!att) throw new Error(`no Adaptive Card in ${JSON.stringify(activity).slice(0, 200)}`);
  return att.content as Card;
}

function walk(node: unknown, visit: (n: Record<string, any>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, any>);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

/** The card's headline: its first large bold text (the verdict icon beside it is not bold). */
export function headlineOf(card: Card): string {
  let found: string | null = null;
  walk(card.body, (n) => {
    if (found !== null) return;
    if (n.type === 'TextBlock' && n.size === 'Large' && n.weight === 'Bolder') found = n.text;
    if (n.type === 'RichTextBlock' && n.inlines?.[0]?.size === 'Large') found = n.inlines.map((i: any) => i.text).join('');
  });
  if (found === null) throw new Error('card has no headline');
  return found;
}

/** Every piece of text on the card, in order: text blocks, text runs, facts, button titles. */
export function textOf(card: Card): string {
  const parts: string[] = [];
  walk(card, (n) => {
    if ((n.type === 'TextBlock' || n.type === 'TextRun') && typeof n.text === 'string') parts.push(n.text);
    if (typeof n.title === 'string' && typeof n.value === 'string') parts.push(`${n.title}: ${n.value}`);
    if (typeof n.type === 'string' && n.type.startsWith('Action.') && typeof n.title === 'string') parts.push(`[${n.title}]`);
  });
  return parts.join('\n');
}

export function actionsOf(card: Card): Record<string, any>[] {
  const out: Record<string, any>[] = [];
  walk(card, (n) => {
    if (typeof n.type === 'string' && n.type.startsWith('Action.')) out.push(n);
  });
  return out;
}
