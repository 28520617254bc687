// The card templates are a frame written once (cards/frame.json) and each kind's own part (cards/<kind>.json),
// composed when they are loaded. These tests keep it so: every composed card has the frame's parts exactly
// once, and no kind's file holds a copy of any part of the frame, so the copied header and footer cannot
// come back unnoticed.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { answer } from '../../src/core';
import { CARD_KINDS, createCardRenderer } from '../../src/presentation/card-render';
import { composeCardTemplate, frameSlots, loadCardTemplates } from '../../src/presentation/card-templates';
import { textOf } from '../support/cards';
import { question, ROOT, seedCatalog } from '../support/knowledge';

type Json = Record<string, any>;
const CARDS = path.join(ROOT, 'cards');
const read = (file: string): Json => JSON.parse(readFileSync(path.join(CARDS, file), 'utf8'));
const frame = read('frame.json');
const kindFiles = new Map(CARD_KINDS.map((kind) => [kind, read(`${kind}.json`)]));
const composed = loadCardTemplates(CARDS, CARD_KINDS) as Map<string, Json>;

function nodes(node: unknown, out: Json[] = []): Json[] {
  if (Array.isArray(node)) node.forEach((n) => nodes(n, out));
  else if (node && typeof node === 'object') {
    out.push(node as Json);
    Object.values(node).forEach((v) => nodes(v, out));
  }
  return out;
}

/** An element as text, without its `$when`: a copy that only adds or drops a condition is still a copy. */
function shape(node: Json): string {
  return JSON.stringify(node, (key, value) => (key === '$when' ? undefined : value));
}

const isSlot = (n: Json) => n.type === 'Container' && typeof n.id === 'string' && n.id.startsWith('slot:');
const frameBodyParts = (frame.body as Json[]).filter((n) => !isSlot(n));
const headerSlot = (frame.body as Json[]).find((n) => n.id === 'slot:header')!;
/** Every element, text run and action of the frame (its slots are places, not parts). */
const frameParts = nodes(frame.body)
  .concat(nodes(frame.actions))
  .filter((n) => typeof n.type === 'string' && !isSlot(n));

test('the frame has a header and a body slot, and parts around them', () => {
  expect(frameSlots(frame)).toEqual(['header', 'body']);
  expect(headerSlot.items.length).toBeGreaterThan(0);
  expect(frameBodyParts.length).toBeGreaterThan(0);
  expect(frame.actions.length).toBeGreaterThan(0);
});

test.each(CARD_KINDS)("the %s card's template has every part of the frame exactly once", (kind) => {
  const card = composed.get(kind)!;
  const own = kindFiles.get(kind)!;
  const all = nodes(card).map((n) => JSON.stringify(n));
  const count = (part: Json) => all.filter((n) => n === JSON.stringify(part)).length;
  for (const part of frameBodyParts) expect([kind, count(part)]).toEqual([kind, 1]);
  for (const action of frame.actions) expect([kind, count(action)]).toEqual([kind, 1]);
  // The frame's header, unless the kind brings its own.
  for (const part of headerSlot.items) expect([kind, count(part)]).toEqual([kind, own.header ? 0 : 1]);
  expect(nodes(card).filter(isSlot)).toEqual([]);
  for (const key of ['type', '$schema', 'version', 'msteams', 'speak', 'fallbackText']) expect(card[key]).toEqual(own[key] ?? frame[key]);
});

/** The parts of the frame a kind's file holds a copy of (there should be none). */
function copiesIn(own: Json): Json[] {
  const copies = new Set(frameParts.map(shape));
  return nodes(own).filter((n) => copies.has(shape(n)));
}

test.each(CARD_KINDS)("the %s card's own file repeats no part of the frame", (kind) => {
  const own = kindFiles.get(kind)!;
  expect(copiesIn(own)).toEqual([]);
  // What it sets instead of the frame's is a difference, not the frame's own value again.
  for (const key of Object.keys(own).filter((k) => k in frame && k !== 'body' && k !== 'actions')) expect([key, own[key]]).not.toEqual([key, frame[key]]);
});

test("a kind's file with the header or footer copied into it is caught, even with a condition added", () => {
  const check = kindFiles.get('check')!;
  const subject = { ...headerSlot.items[1] };
  delete subject.$when;
  expect(copiesIn({ ...check, body: [...headerSlot.items.slice(0, 1), subject, ...check.body] }).length).toBeGreaterThan(0);
  const notes = frameBodyParts.find((n) => n.$when === '${count(notes) > 0}')!;
  expect(copiesIn({ ...check, body: [...check.body, { ...notes, $when: '${true}' }] })).toHaveLength(2);
  expect(copiesIn({ ...check, actions: [...check.actions, { type: 'Action.OpenUrl', title: '${source.linkTitle}', url: '${source.url}' }] })).toHaveLength(1);
});

test("a kind's file with a key the frame does not take fails loading, naming the file and the key", () => {
  expect(() => composeCardTemplate(frame, { bdy: [] }, 'check')).toThrow("card template check.json: unknown key 'bdy'");
  expect(() => composeCardTemplate(frame, { body: { type: 'TextBlock' } }, 'check')).toThrow("card template check.json: 'body' must be a list");
  expect(() => composeCardTemplate(frame, { version: '1.6' }, 'check')).toThrow("unknown key 'version'");
  expect(() => composeCardTemplate(frame, [], 'check')).toThrow('card template check.json: not a JSON object');
});

test("a kind's parts go into the frame's slots, its actions first, and neither file is changed", () => {
  const before = JSON.stringify(frame);
  const own = {
    header: [{ type: 'TextBlock', text: 'H' }],
    body: [{ type: 'TextBlock', text: 'B' }],
    actions: [{ type: 'Action.Submit', title: 'A' }],
    fallbackText: 'F',
  };
  const card = composeCardTemplate(frame, own, 'test');
  const texts = (card.body as Json[]).map((n) => n.text ?? n.type);
  expect(texts.indexOf('H')).toBeLessThan(texts.indexOf('${reason}'));
  expect(texts.indexOf('B')).toBeGreaterThan(texts.indexOf('${reason}'));
  expect(texts.indexOf('B')).toBeLessThan(texts.lastIndexOf('${source.line}'));
  expect((card.actions as Json[]).map((a) => a.title)).toEqual(['A', ...frame.actions.map((a: Json) => a.title)]);
  expect(card.fallbackText).toBe('F');
  expect(JSON.stringify(frame)).toBe(before);
  (card.body as Json[])[0]!.text = 'changed';
  expect(JSON.stringify(frame)).toBe(before);
});

test('the error card, whose data has no subject, notes or source, leaves the frame parts that need them out', () => {
  const card = createCardRenderer(CARDS).error('Pick a region', 'Choose a region from the lists, then press Check again.');
  expect(card.fallbackText).toBe('Pick a region');
  expect(textOf(card)).toBe(['Pick a region', 'Choose a region from the lists, then press Check again.', '[Show help]'].join('\n'));
});

test('a card whose data has a subject and a source shows them, from the frame', () => {
  const catalog = seedCatalog();
  const card = createCardRenderer(CARDS).render(answer(question({ intent: 'list-regions' }), catalog), catalog);
  const text = textOf(card);
  expect(text).toMatch(/document dated \d{4}-\d\d-\d\d\./);
  expect(text).toContain('[Open on Microsoft Learn]');
  expect((card.actions as Json[]).at(-1)!.url).toMatch(/^https:\/\/learn\.microsoft\.com\//);
});
