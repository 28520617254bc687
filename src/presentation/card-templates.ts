// The card templates, put together: cards/frame.json holds what every card shares (the AdaptiveCard
// envelope, the "Asked by" line, the header, the reason, the notes, the source line and the source link),
// and cards/<kind>.json only what that kind adds. They are composed once, when templates are loaded, into
// one plain Adaptive Card template per kind, so the template engine sees what it always saw.
//
// Written here rather than taken from a library: adaptivecards-templating has no includes, and the rule
// is ten lines.
//
// How a kind's file fills the frame (cards/README.md says the same for whoever edits the templates):
// - a Container in the frame's body whose id is `slot:NAME` is a slot: it is replaced by the elements of
//   the kind's `NAME` list (`body`, `header`), or by its own items when the kind gives none;
// - the kind's `actions` come before the frame's;
// - any other key the kind gives (`fallbackText`, `speak`, ...) replaces the frame's.
// A key that is none of these is a typo, and loading fails with the file's name.
import { readFileSync } from 'node:fs';
import path from 'node:path';

export const FRAME_FILE = 'frame.json';

type Json = Record<string, unknown>;

const SLOT = /^slot:(.+)$/;
/** The frame's own keys, which a kind composes in (body, actions) or may not change at all. */
const FIXED_KEYS = new Set(['type', '$schema', 'version', 'body', 'actions']);

function isObject(x: unknown): x is Json {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

/** The slot a frame element is, if it is one: its name and its default elements. */
function slotOf(el: unknown): { name: string; items: unknown[] } | null {
  if (!isObject(el) || el.type !== 'Container' || typeof el.id !== 'string') return null;
  const name = SLOT.exec(el.id)?.[1];
  return name ? { name, items: Array.isArray(el.items) ? el.items : [] } : null;
}

/** The names of the frame's slots, in the order they appear. */
export function frameSlots(frame: Json): string[] {
  return (Array.isArray(frame.body) ? frame.body : []).map(slotOf).flatMap((s) => (s ? [s.name] : []));
}

/**
 * The full template of one kind: the frame with the kind's parts put in. `kindName` only names the kind in
 * errors. Neither input is changed; the result shares nothing with them.
 */
export function composeCardTemplate(frame: Json, kindTemplate: unknown, kindName: string): Json {
  const where = `card template ${kindName}.json`;
  if (!isObject(kindTemplate)) throw new Error(`${where}: not a JSON object`);
  if (frame.type !== 'AdaptiveCard' || !Array.isArray(frame.body)) throw new Error(`card frame ${FRAME_FILE}: not an AdaptiveCard with a body`);
  const slots = new Set(frameSlots(frame));
  const overridable = Object.keys(frame).filter((k) => !FIXED_KEYS.has(k));
  for (const [key, value] of Object.entries(kindTemplate)) {
    if (slots.has(key) || key === 'actions') {
      if (!Array.isArray(value)) throw new Error(`${where}: '${key}' must be a list`);
    } else if (!overridable.includes(key)) {
      throw new Error(`${where}: unknown key '${key}' (a kind's template holds ${[...slots, 'actions', ...overridable].join(', ')})`);
    }
  }
  const card: Json = { ...frame };
  for (const key of overridable) if (key in kindTemplate) card[key] = kindTemplate[key];
  card.body = frame.body.flatMap((el) => {
    const slot = slotOf(el);
    if (!slot) return [el];
    const fill = kindTemplate[slot.name];
    return Array.isArray(fill) ? fill : slot.items;
  });
  const frameActions = Array.isArray(frame.actions) ? frame.actions : [];
  const kindActions = Array.isArray(kindTemplate.actions) ? kindTemplate.actions : [];
  if (frameActions.length || kindActions.length) card.actions = [...kindActions, ...frameActions];
  return structuredClone(card);
}

function readJson(file: string): unknown {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch (e) {
    throw new Error(`card template ${file}: ${(e as Error).message}`, { cause: e });
  }
}

/** Every kind's full template, from `<cardsDir>/frame.json` and `<cardsDir>/<kind>.json`. */
export function loadCardTemplates<K extends string>(cardsDir: string, kinds: readonly K[]): Map<K, object> {
  const frame = readJson(path.join(cardsDir, FRAME_FILE));
  if (!isObject(frame)) throw new Error(`card frame ${FRAME_FILE}: not a JSON object`);
  return new Map(kinds.map((kind) => [kind, composeCardTemplate(frame, readJson(path.join(cardsDir, `${kind}.json`)), kind)]));
}
