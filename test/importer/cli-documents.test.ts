// catalog:import with several documents (a version 2 catalog), in process through main(argv, io).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Catalog, CatalogV2 } from '../../src/core/catalog/schema';
import { CURRENT, currentFactFiles, historyFile, ROOT, runImporter as run } from './support';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-import-docs-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const currentArgs = currentFactFiles.map((f) => path.relative(ROOT, path.join(CURRENT, f)));
const shipped = [
  ...fs.readdirSync(path.join(ROOT, 'data/source/current')).map((f) => `data/source/current/${f}`),
  'data/source/22b_2026-03-05_467c504_foundry-supported-models.md',
];

describe('catalog:import with several documents', () => {
  it('writes a version 2 catalog and says what it rests on, then "no changes" on a second run', () => {
    const out = path.join(dir, 'c.json');
    const r = run([...currentArgs, path.relative(ROOT, historyFile('22b')), '--out', out]);
    expect(r).toMatchObject({ code: 0, stderr: [] });
    expect(r.stdout[0]).toBe(
      `imported 18 models from 6 documents (newest ms.date 10/07/2026 = 2026-10-07); tiers: standard, datazone, global, developer; Global regions: 27 listed; wrote ${out}`,
    );
    expect(r.stdout).toContain('  2026-03-05 model-table: test/fixtures/seed-history/22b_2026-03-05_467c504_foundry-supported-models.md');
    expect(r.stdout).toContain(
      'no longer stated, kept from test/fixtures/seed-history/22b_2026-03-05_467c504_foundry-supported-models.md (ms.date 03/05/2026): dataZone of 11 models, modality of 11 models, standardRegions of 7 models',
    );
    expect(r.stdout).toContain('new catalog: 18 models');
    expect(CatalogV2.parse(JSON.parse(fs.readFileSync(out, 'utf8'))).sources).toHaveLength(6);
    expect(run([...currentArgs, path.relative(ROOT, historyFile('22b')), '--out', out]).stdout.at(-1)).toBe('no changes');
  });

  it('writes the same bytes whatever the order of the documents', () => {
    const a = path.join(dir, 'a.json');
    const b = path.join(dir, 'b.json');
    expect(run([...shipped, '--out', a]).code).toBe(0);
    expect(run(['--out', b, ...[...shipped].reverse()]).code).toBe(0);
    expect(fs.readFileSync(a).equals(fs.readFileSync(b))).toBe(true);
  });

  it('cites each shipped document at the URL data/source/source.json gives it', () => {
    const out = path.join(dir, 'c.json');
    run([...shipped, '--out', out]);
    const c = CatalogV2.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(c.sources.find((s) => s.kind === 'global-training-regions')?.url).toBe(
      'https://github.com/MicrosoftDocs/azure-ai-docs/blob/main/articles/foundry/openai/includes/fine-tune-global-training-regions.md',
    );
    expect(c.sources.every((s) => s.url !== null)).toBe(true);
    // The fixtures are not listed: their URL is unknown, not guessed.
    const f = path.join(dir, 'f.json');
    run([...currentArgs, '--out', f]);
    expect(CatalogV2.parse(JSON.parse(fs.readFileSync(f, 'utf8'))).sources.every((s) => s.url === null)).toBe(true);
  });

  it('makes a version 2 catalog from one 2026 document alone', () => {
    const out = path.join(dir, 'c.json');
    const r = run([currentArgs.find((f) => f.endsWith('fine-tune-supported-models.md')) as string, '--out', out]);
    expect(r.code).toBe(0);
    expect(Catalog.parse(JSON.parse(fs.readFileSync(out, 'utf8'))).schemaVersion).toBe(2);
  });

  it('warns about the how-to page and leaves it out', () => {
    const out = path.join(dir, 'c.json');
    const r = run([...currentArgs, 'test/fixtures/seed-current/deploy-fine-tuned-models.md', '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stderr).toEqual([expect.stringMatching(/^warning: test\/fixtures\/seed-current\/deploy-fine-tuned-models\.md: left out: /)]);
  });

  const h = (prefix: string): string => path.relative(ROOT, historyFile(prefix));
  it.each([
    [
      'a document it cannot read among them',
      [...currentArgs, 'test/fixtures/seed-current/README.md'],
      'cannot import test/fixtures/seed-current/README.md: the document has no YAML front matter',
    ],
    ['two same-date tables that disagree', [h('22'), h('22b')], 'cannot import the documents: '],
    [
      '--global-regions with several documents',
      [...currentArgs, '--global-regions', 'data/source/fine-tune-models.md'],
      '--global-regions goes with one document',
    ],
    ['the same document twice', [h('22b'), h('22b')], 'is given twice'],
    ['only the how-to page', ['test/fixtures/seed-current/deploy-fine-tuned-models.md'], 'none of the documents states a fact the catalog keeps'],
  ])('refuses %s with exit 2, one stderr line and nothing written', (_what, argv, message) => {
    const out = path.join(dir, 'c.json');
    const r = run([...argv, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toEqual([]);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toContain(message);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses to run without the renamed-models sheet when importing several documents', () => {
    const r = run([...currentArgs, '--renames', path.join(dir, 'nowhere.md'), '--out', path.join(dir, 'c.json')]);
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toContain('cannot read the renamed-models sheet');
  });

  it('prints version 2 changes between two version 2 catalogs: documents and provenance', () => {
    const out = path.join(dir, 'c.json');
    expect(run([...currentArgs, '--out', out]).code).toBe(0);
    const r = run([...currentArgs, path.relative(ROOT, historyFile('22b')), '--out', out]);
    expect(r.stdout).toContain('+ document test/fixtures/seed-history/22b_2026-03-05_467c504_foundry-supported-models.md (2026-03-05)');
    expect(r.stdout).toContain('~ gpt-4o (2024-08-06): standardRegions stated: unstated -> no-longer-stated (2026-03-05)');
    expect(r.stdout).toContain('~ gpt-4o (2024-08-06): standardRegions +eastus2 +northcentralus +swedencentral');
  });
});
