// Every file of the project's copies of shared/seed/current and shared/seed/history, alone and together, in
// shuffled order: a correct catalog or a clear error, and the same catalog whatever the order.
import fs from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { isImportError } from '../../src/importer/errors';
import { CURRENT, HISTORY, historyFiles, importAll, importError, importText, input, read } from './support';

const currentAll = fs.readdirSync(CURRENT).sort();
const historyAll = fs.readdirSync(HISTORY).sort();
const fixture = (dir: string, name: string) =>
  input(`${path.basename(dir) === 'seed-current' ? 'test/fixtures/seed-current' : 'test/fixtures/seed-history'}/${name}`, read(path.join(dir, name)));
const prefixes = historyFiles.map((f) => f.slice(0, f.indexOf('_')));

describe('every current file alone', () => {
  const outcome: Record<string, string> = {
    'README.md': 'bad-front-matter',
    'deploy-fine-tuned-models.md': 'no-facts',
    'fine-tune-global-training-regions.md': 'no-model-table',
    'fine-tune-provisioned-throughput-deployment-regions.md': 'no-model-table',
    'fine-tune-standard-deployment-regions.md': 'no-model-table',
    'fine-tuning-overview.md': 'no-model-table',
    'fine-tune-supported-models.md': '18 models',
  };

  it('knows what to expect of each file', () => {
    expect(currentAll).toEqual(Object.keys(outcome).sort());
  });

  it.each(currentAll)('%s', (name) => {
    try {
      expect(`${importAll([fixture(CURRENT, name)]).models.length} models`).toBe(outcome[name]);
    } catch (e) {
      if (!isImportError(e)) throw e;
      expect(e.code).toBe(outcome[name]);
      expect(e.message).not.toContain('\n');
    }
  });
});

describe('every history file alone', () => {
  it.each(historyAll)('%s: the same models as the one-document import, or its refusal', (name) => {
    if (name === 'README.md') {
      expect(importError(() => importAll([fixture(HISTORY, name)])).code).toBe('bad-front-matter');
      return;
    }
    const one = importText(read(path.join(HISTORY, name)), { file: `test/fixtures/seed-history/${name}` });
    const several = importAll([fixture(HISTORY, name)]);
    expect(several.models.map((m) => [m.id, m.version])).toEqual(one.models.map((m) => [m.id, m.version]));
    expect(several.models.map((m) => [m.standardRegions, m.global, m.developer])).toEqual(one.models.map((m) => [m.standardRegions, m.global, m.developer]));
    expect(several.globalRegions).toEqual(one.globalRegions);
  });
});

describe('together, in shuffled order', () => {
  const facts = [...currentAll.filter((f) => f !== 'README.md').map((f) => fixture(CURRENT, f)), ...prefixes.map((p) => input(p))];

  it('every current and history document makes one catalog, the same whatever the order', () => {
    let expected: string | null = null;
    fc.assert(
      fc.property(fc.shuffledSubarray(facts, { minLength: facts.length, maxLength: facts.length }), (shuffled) => {
        const warnings: string[] = [];
        const json = JSON.stringify(importAll(shuffled, { onWarning: (w) => warnings.push(w) }));
        expected ??= json;
        expect(json).toBe(expected);
        // The how-to page is left out, and two same-date older tables disagree on limits no newer one states.
        expect(warnings).toHaveLength(3);
      }),
      { numRuns: 4 },
    );
  });

  it('with a README among them, the import is refused, naming it', () => {
    const e = importError(() => importAll([...facts, fixture(CURRENT, 'README.md')]));
    expect(e).toMatchObject({ code: 'bad-front-matter', file: 'test/fixtures/seed-current/README.md' });
  });

  it('the history alone is refused: its two newest tables share a date and disagree', () => {
    expect(importError(() => importAll(prefixes.map((p) => input(p)))).code).toBe('conflict');
  });

  it('the history without one of them imports, to the 03/05/2026 models', () => {
    const c = importAll(prefixes.filter((p) => p !== '22').map((p) => input(p)));
    expect(c.source.date).toBe('2026-03-05');
    expect(c.models.map((m) => m.id)).toContain('Qwen-32B');
    expect(c.formerlyListed.map((f) => f.id)).toEqual(expect.arrayContaining(['gpt-35-turbo', 'babbage-002', 'gpt-4']));
  });
});
