// Checks a card the way Teams' renderer will read it: the adaptivecards SDK (loaded from its dist build,
// since the package's main entry fails on Node 20) parsing at version 1.5.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const AC = require('adaptivecards/dist/adaptivecards.js');

/** Teams' budget for a post; bot messages may be larger, but a card that fits this fits everywhere. */
export const CARD_BUDGET_BYTES = 28 * 1024;

function walk(node: unknown, visit: (n: Record<string, any>) => void): void {
  if (Array.isArray(node)) node.forEach((n) => walk(n, visit));
  else if (node && typeof node === 'object') {
    visit(node as Record<string, any>);
    Object.values(node).forEach((v) => walk(v, visit));
  }
}

/** Every problem found with the card; an empty list means it is fine. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(card);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > CARD_BUDGET_BYTES) problems.push(`card is ${bytes} bytes, over ${CARD_BUDGET_BYTES}`);
  if ((card as any)?.version !== '1.5') problems.push(`card version is ${(card as any)?.version}, not 1.5`);
  if (json.includes('${')) problems.push('card still holds an unexpanded template expression');
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  const validation = parsed.validateProperties();
  for (const e of validation.validationEvents ?? []) problems.push(`validate: ${e.message}`);
  walk((card as any)?.body, (n) => {
    if (typeof n.type === 'string' && n.type.startsWith('Input.') && !n.label) problems.push(`input ${n.id} has no label`);
    if (n.type === 'Image' && !n.altText) problems.push(`image ${n.url} has no alt text`);
  });
  return problems;
}
