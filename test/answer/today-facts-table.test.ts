// Today's facts (issue 14): each row of test/support/today-facts-rows.ts asked through the path `ask --json`
// takes (src/cli.ts: cliScout + ask), over the catalog built from the current documents and the 2026-03-05
// one. The expected values come from Microsoft's documents (see the rows' file), not from the bot. Fields the
// JSON does not carry yet (methods, tiers, sources) make a row fail with what is missing, never the file.
import path from 'node:path';
import { ask, cliScout } from '../../src/cli';
import type { Scout } from '../../src/pipeline/pipeline';
import { ROOT } from '../support/knowledge';
import { TODAY_FACT_ROWS, type FactRow } from '../support/today-facts-rows';

// The shipped default: data/catalog.json, built from the current documents and the 2026-03-05 table.
function currentCatalogFile(): string {
  return path.join(ROOT, 'data', 'catalog.json');
}

let scout: Scout | undefined;
function theScout(): Scout {
  return (scout ??= cliScout(currentCatalogFile()));
}

const sorted = (xs: readonly string[]): string[] => [...xs].sort();

/** A field of the JSON answer, as a list of strings when it is one (absent or malformed: said so). */
function stringList(json: Record<string, unknown>, field: string): string[] | string {
  const v = json[field];
  return Array.isArray(v) && v.every((x) => typeof x === 'string') ? v : `${field} is ${v === undefined ? 'missing' : JSON.stringify(v)}`;
}

/** Everything in which the answer differs from the row; empty when it agrees. */
function differences(row: FactRow, json: Record<string, unknown>): string[] {
  const out: string[] = [];
  const text = typeof json.text === 'string' ? json.text : '';
  const sets: [keyof FactRow & string, readonly string[] | undefined, boolean][] = [
    ['models', row.models, true],
    ['regions', row.regions, true],
    ['matches', row.matches, true],
    ['methods', row.methods, true],
    // Exclusions are "the other tiers, in that order": the order is part of the contract.
    ['tiers', row.tiers, false],
  ];
  if (typeof row.intent === 'string') {
    if (json.intent !== row.intent) out.push(`intent: expected ${row.intent}, got ${JSON.stringify(json.intent)}`);
  } else if (json.intent === row.intent.not) out.push(`intent: expected anything but ${row.intent.not}`);
  if (row.verdict !== undefined && json.verdict !== row.verdict) out.push(`verdict: expected ${row.verdict}, got ${JSON.stringify(json.verdict)}`);
  for (const [field, want, asSet] of sets) {
    if (want === undefined) continue;
    const got = stringList(json, field);
    if (typeof got === 'string') out.push(got);
    else if (JSON.stringify(asSet ? sorted(got) : got) !== JSON.stringify(asSet ? sorted(want) : want))
      out.push(`${field}: expected ${JSON.stringify(asSet ? sorted(want) : want)}, got ${JSON.stringify(asSet ? sorted(got) : got)}`);
  }
  if (row.dates?.length) {
    const sources = json.sources;
    if (!Array.isArray(sources)) out.push(`sources is ${sources === undefined ? 'missing' : JSON.stringify(sources)}`);
    else {
      const bad = sources.filter(
        (s: unknown) =>
          typeof s !== 'object' ||
          s === null ||
          typeof (s as Record<string, unknown>).title !== 'string' ||
          typeof (s as Record<string, unknown>).url !== 'string' ||
          !/^\d{4}-\d{2}-\d{2}$/.test(String((s as Record<string, unknown>).date)),
      );
      if (bad.length) out.push(`sources without { title, date: YYYY-MM-DD, url }: ${JSON.stringify(bad)}`);
      const dates = sources.map((s: unknown) => (s as Record<string, unknown> | null)?.date);
      const missing = row.dates.filter((d) => !dates.includes(d));
      if (missing.length) out.push(`sources lack the document dated ${missing.join(', ')} (have ${JSON.stringify(dates)})`);
    }
  }
  for (const re of row.says ?? []) if (!re.test(text)) out.push(`text should match ${re}: ${JSON.stringify(text)}`);
  for (const re of row.neverSays ?? []) if (re.test(text)) out.push(`text must not match ${re}: ${JSON.stringify(text)}`);
  return out;
}

describe('today’s facts, asked as `ask --json` asks them', () => {
  test('the table has between 60 and 120 rows, no question twice, each with its reason', () => {
    const texts = TODAY_FACT_ROWS.map((r) => r.text.toLowerCase());
    expect(TODAY_FACT_ROWS.length).toBeGreaterThanOrEqual(60);
    expect(TODAY_FACT_ROWS.length).toBeLessThanOrEqual(120);
    expect(texts.filter((t, i) => texts.indexOf(t) !== i)).toEqual([]);
    expect(TODAY_FACT_ROWS.filter((r) => !r.why.trim()).map((r) => r.text)).toEqual([]);
  });

  for (const row of TODAY_FACT_ROWS) {
    test(`${row.proves} — “${row.text}”`, () => {
      const json = ask(theScout(), row.text) as unknown as Record<string, unknown>;
      expect({ why: row.why, differences: differences(row, json) }).toEqual({ why: row.why, differences: [] });
    });
  }
});
