// Checks a card the way Teams' renderer will read it: the adaptivecards SDK (loaded from its dist build,
// since the package's main entry fails on Node 20) parsing at version 1.5.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';

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

const V1_5 = AC.Versions.v1_5;

/** Keys the SDK reads itself rather than through a declared property (collections, fallback). */
const STRUCTURAL: Record<string, string[]> = {
  AdaptiveCard: ['body', 'actions', 'msteams'],
  Container: ['items', 'fallback'],
  Column: ['items', 'fallback'],
  ColumnSet: ['columns', 'fallback'],
  RichTextBlock: ['inlines', 'fallback'],
  ActionSet: ['actions', 'fallback'],
  'Action.ShowCard': ['card', 'fallback'],
  Table: ['columns', 'rows', 'fallback'],
};

function propertiesOf(instance: any): Map<string, { version: string; newer: boolean }> {
  const out = new Map<string, { version: string; newer: boolean }>();
  const schema = instance.getSchema();
  for (let i = 0; i < schema.getCount(); i++) {
    const p = schema.getItemAt(i);
    out.set(p.name, { version: p.targetVersion.toString(), newer: p.targetVersion.compareTo(V1_5) > 0 });
  }
  return out;
}

const schemaCache = new Map<string, Map<string, { version: string; newer: boolean }>>();
function schemaFor(kind: string, make: () => any): Map<string, { version: string; newer: boolean }> {
  let s = schemaCache.get(kind);
  if (!s) schemaCache.set(kind, (s = propertiesOf(make())));
  return s;
}

/**
 * What the SDK's 1.5 context does not report by itself: element and action types registered for a later
 * version or unknown to it, and properties it does not know (newer than the SDK, or misspelt) or that
 * belong to a later version. `data` (an action's payload) and `msteams` (Teams' extension) are free-form.
 */
export function versionProblems(card: unknown): string[] {
  const problems: string[] = [];
  const checkKeys = (node: Record<string, any>, kind: string, props: Map<string, { version: string; newer: boolean }>, extra: string[] = []) => {
    for (const key of Object.keys(node)) {
      if (key === 'type' || extra.includes(key)) continue;
      const p = props.get(key);
      if (!p) problems.push(`${kind} has a property the SDK does not know at 1.5: "${key}"`);
      else if (p.newer) problems.push(`${kind}.${key} is a ${p.version} property, newer than 1.5`);
    }
  };
  const visitObject = (node: unknown, where: 'element' | 'action' | 'inline') => {
    if (!node || typeof node !== 'object' || Array.isArray(node)) return;
    const n = node as Record<string, any>;
    const type = typeof n.type === 'string' ? n.type : '';
    const registry = where === 'action' ? AC.GlobalRegistry.actions : AC.GlobalRegistry.elements;
    // Columns are made by their ColumnSet, not looked up in the registry.
    const reg = type === 'Column' ? { objectType: AC.Column, schemaVersion: AC.Versions.v1_0 } : registry.findByName(type);
    if (!reg) {
      problems.push(`unknown ${where} type "${type}"`);
      return;
    }
    if (reg.schemaVersion.compareTo(V1_5) > 0) problems.push(`${type} is a ${reg.schemaVersion.toString()} ${where}, newer than 1.5`);
    checkKeys(
      n,
      type,
      schemaFor(`${where}:${type}`, () => new reg.objectType()),
      STRUCTURAL[type] ?? ['fallback'],
    );
    visitChildren(n, type);
  };
  const visitChildren = (n: Record<string, any>, type: string) => {
    for (const key of ['body', 'items']) if (Array.isArray(n[key])) n[key].forEach((x: unknown) => visitObject(x, 'element'));
    if (Array.isArray(n.columns) && type === 'ColumnSet') n.columns.forEach((c: any) => visitObject({ type: 'Column', ...c }, 'element'));
    if (Array.isArray(n.inlines)) n.inlines.forEach((x: unknown) => visitObject(typeof x === 'string' ? { type: 'TextRun', text: x } : x, 'element'));
    if (Array.isArray(n.actions)) n.actions.forEach((x: unknown) => visitObject(x, 'action'));
    if (n.selectAction) visitObject(n.selectAction, 'action');
    if (n.card) visitObject({ ...n.card, type: 'AdaptiveCard' }, 'element');
    if (n.fallback && typeof n.fallback === 'object') visitObject(n.fallback, type.startsWith('Action.') ? 'action' : 'element');
    if (Array.isArray(n.facts))
      for (const f of n.facts)
        checkKeys(
          f,
          'Fact',
          schemaFor('Fact', () => new AC.Fact()),
        );
    if (Array.isArray(n.choices))
      for (const c of n.choices)
        checkKeys(
          c,
          'Choice',
          schemaFor('Choice', () => new AC.Choice()),
        );
  };
  const c = card as Record<string, any>;
  if (!c || typeof c !== 'object') return ['card is not an object'];
  checkKeys(
    c,
    'AdaptiveCard',
    schemaFor('AdaptiveCard', () => new AC.AdaptiveCard()),
    STRUCTURAL.AdaptiveCard,
  );
  visitChildren(c, 'AdaptiveCard');
  return problems;
}

function strings(node: unknown, out: string[] = []): string[] {
  if (typeof node === 'string') out.push(node);
  else if (Array.isArray(node)) node.forEach((n) => strings(n, out));
  else if (node && typeof node === 'object') Object.values(node).forEach((v) => strings(v, out));
  return out;
}

/**
 * The binding expressions the card templates hold (`${headline}`, `${$root.origin}`, ...). One of them left in a
 * card means a template was not expanded; other `${` text is what someone typed, kept as plain data on purpose.
 */
const TEMPLATE_EXPRESSIONS: string[] = (() => {
  const dir = path.join(__dirname, '..', '..', 'cards');
  const found = new Set<string>();
  for (const f of readdirSync(dir).filter((x) => x.endsWith('.json'))) {
    for (const s of strings(JSON.parse(readFileSync(path.join(dir, f), 'utf8')))) for (const m of s.match(/\$\{[^}]*\}/g) ?? []) found.add(m);
  }
  return [...found];
})();

/** Every problem found with the card; an empty list means it is fine. */
export function cardProblems(card: unknown): string[] {
  const problems: string[] = [];
  const json = JSON.stringify(card);
  const bytes = Buffer.byteLength(json, 'utf8');
  if (bytes > CARD_BUDGET_BYTES) problems.push(`card is ${bytes} bytes, over ${CARD_BUDGET_BYTES}`);
  if ((card as any)?.version !== '1.5') problems.push(`card version is ${(card as any)?.version}, not 1.5`);
  const texts = strings(card);
  for (const expr of TEMPLATE_EXPRESSIONS) {
    if (texts.some((t) => t.includes(expr))) problems.push(`card still holds an unexpanded template expression: ${expr}`);
  }
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  const parsed = new AC.AdaptiveCard();
  parsed.parse(card, context);
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  const validation = parsed.validateProperties();
  for (const e of validation.validationEvents ?? []) problems.push(`validate: ${e.message}`);
  problems.push(...versionProblems(card));
  walk((card as any)?.body, (n) => {
    if (typeof n.type === 'string' && n.type.startsWith('Input.') && !n.label) problems.push(`input ${n.id} has no label`);
    if (n.type === 'Image' && !n.altText) problems.push(`image ${n.url} has no alt text`);
  });
  return problems;
}
