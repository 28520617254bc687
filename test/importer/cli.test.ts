// The catalog:import command: in-process through main(argv, io) for most cases, and once as the real
// compiled program under `node`, to prove the exit codes and the single stderr line outside jest too.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import ts from 'typescript';
import { Catalog } from '../../src/core/catalog/schema';
import { parseArgs, projectPath } from '../../src/importer/cli';
import { historyFile, ROOT, runImporter as run, SEED } from './support';

let dir: string;
beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-import-'));
});
afterEach(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

const write = (name: string, text: string): string => {
  const file = path.join(dir, name);
  fs.writeFileSync(file, text);
  return file;
};

describe('catalog:import (in process)', () => {
  it('imports the seed with the defaults and says it is a new catalog', () => {
    const out = path.join(dir, 'catalog.json');
    const r = run(['data/source/fine-tune-models.md', '--out', out]);
    expect(r).toMatchObject({ code: 0, stderr: [] });
    expect(r.stdout[0]).toMatch(/^imported 8 models from data\/source\/fine-tune-models\.md \(ms\.date 02\/06\/2025 = 2025-02-06\)/);
    expect(r.stdout).toContain('new catalog: 8 models');
    const catalog = Catalog.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(catalog.source.url).toBe('https://learn.microsoft.com/azure/ai-foundry/openai/concepts/models#fine-tuning-models');
    expect(catalog.source.file).toBe('data/source/fine-tune-models.md');
    expect(catalog.tierFacts.source).toBe('data/source/training-tiers.md');
  });

  it('refuses an unknown region with exit 2 and one line, leaving the previous catalog byte-identical', () => {
    const out = write('catalog.json', '{"previous": true}\n');
    const before = fs.readFileSync(out);
    const bad = write('bad.md', fs.readFileSync(SEED, 'utf8').replace('North Central US <br> Sweden Central', 'Atlantis Central'));
    const r = run([bad, '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stdout).toEqual([]);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toContain('unknown region "Atlantis Central"');
    expect(fs.readFileSync(out).equals(before)).toBe(true);
    expect(fs.readdirSync(dir).sort()).toEqual(['bad.md', 'catalog.json']);
  });

  it.each([
    ['an include wrapper', '---\ntitle: t\nms.date: 01/02/2025\n---\n[!INCLUDE [x](../includes/fine-tune-models.md)]\n', 'only includes another file'],
    ['no table', '---\ntitle: t\nms.date: 01/02/2025\n---\nprose\n', 'has no table'],
    ['bad front matter', '---\ntitle: t\nms.date: 31/12/2025\n---\n', 'not a real date'],
  ])('refuses %s with exit 2', (_what, text, message) => {
    const out = path.join(dir, 'catalog.json');
    const r = run([write('doc.md', text), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.stderr).toHaveLength(1);
    expect(r.stderr[0]).toContain(message);
    expect(fs.existsSync(out)).toBe(false);
  });

  it('refuses a missing document, an unknown option and a missing argument with exit 2', () => {
    expect(run(['nowhere.md', '--out', path.join(dir, 'c.json')]).stderr).toEqual(['catalog:import: cannot read the document nowhere.md: no such file']);
    expect(run([SEED, '--bogus']).code).toBe(2);
    expect(run([]).stderr[0]).toContain('no document given');
    expect(run([SEED, '--out']).stderr[0]).toContain('--out needs a value');
  });

  it('names a bad argument on one stderr line with the usage, exit 2, and writes nothing', () => {
    const out = path.join(dir, 'c.json');
    const cases: Array<[string[], string]> = [
      [[SEED, '--bogus', '--out', out], 'unknown option --bogus'],
      [[SEED, '--out=', out], '--out needs a value'],
      [[SEED, SEED, '--out', out], `${SEED} is given twice`],
    ];
    for (const [argv, message] of cases) {
      const r = run(argv);
      expect(r).toEqual({
        code: 2,
        stdout: [],
        stderr: [
          `catalog:import: ${message}; usage: catalog:import <doc.md>... [--out FILE] [--global-regions FILE] [--tiers FILE] [--regions FILE] [--renames FILE] [--url URL]`,
        ],
      });
    }
    expect(fs.existsSync(out)).toBe(false);
  });

  it('prints what changed against the previous catalog (13 over 16, then 11 over that)', () => {
    const out = path.join(dir, 'catalog.json');
    expect(run([historyFile('16'), '--out', out]).code).toBe(0);
    const r = run([historyFile('13'), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('~ gpt-4.1-nano (2025-04-14): global: false -> true');
    expect(r.stdout.some((l) => l.startsWith('- global regions: ') && l.includes('westeurope'))).toBe(true);
    const again = run([historyFile('11'), '--out', out]);
    expect(again.stdout).toContain('- model o4-mini (2025-04-16)');
  });

  it('takes the Global list from --global-regions for the newer layout', () => {
    const out = path.join(dir, 'catalog.json');
    const r = run([historyFile('22'), '--global-regions', 'data/source/fine-tune-models.md', `--out=${out}`]);
    expect(r.code).toBe(0);
    expect(r.stdout[0]).toContain('Global regions: 26 listed');
    const catalog = Catalog.parse(JSON.parse(fs.readFileSync(out, 'utf8')));
    expect(catalog.globalRegions).toMatchObject({ stated: true, source: 'data/source/fine-tune-models.md' });
    // Inside the project the file is recorded relative to its root.
    expect(catalog.source.file).toBe(path.relative(ROOT, historyFile('22')));
  });

  it('uses --url, and resolves --regions and --tiers against the working directory', () => {
    fs.copyFileSync(path.join(ROOT, 'data/regions.json'), path.join(dir, 'r.json'));
    fs.copyFileSync(path.join(ROOT, 'data/source/training-tiers.md'), path.join(dir, 't.md'));
    fs.copyFileSync(SEED, path.join(dir, 'doc.md'));
    const r = run(['doc.md', '--regions', 'r.json', '--tiers', 't.md', '--url', 'https://example.com/page', '--out', 'out/c.json'], dir);
    expect(r.code).toBe(0);
    const catalog = Catalog.parse(JSON.parse(fs.readFileSync(path.join(dir, 'out/c.json'), 'utf8')));
    expect(catalog.source).toMatchObject({ url: 'https://example.com/page', file: 'doc.md' });
    expect(catalog.tierFacts.source).toBe('t.md');
  });

  it('refuses to run without a source URL when there is no source.json', () => {
    fs.copyFileSync(path.join(ROOT, 'data/regions.json'), path.join(dir, 'r.json'));
    const r = run([SEED, '--regions', 'r.json', '--tiers', path.join(ROOT, 'data/source/training-tiers.md')], dir);
    expect(r.code).toBe(2);
    expect(r.stderr[0]).toContain('data/source/source.json');
  });

  it('replaces a previous catalog that is not valid, saying so', () => {
    const out = write('catalog.json', 'not json');
    const r = run([SEED, '--out', out]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`the previous catalog at ${out} is not a valid catalog; replacing it`);
    expect(r.stdout).toContain('new catalog: 8 models');
  });

  it('fails with exit 1 and no temp file when it cannot write --out', () => {
    fs.mkdirSync(path.join(dir, 'taken'));
    fs.writeFileSync(path.join(dir, 'taken', 'x'), '');
    const r = run([SEED, '--out', path.join(dir, 'taken')]);
    expect(r.code).toBe(1);
    expect(r.stderr[0]).toMatch(/^catalog:import: cannot write /);
    expect(fs.readdirSync(dir)).toEqual(['taken']);
  });

  it('parses arguments and project-relative paths', () => {
    expect(parseArgs(['d.md'])).toMatchObject({
      doc: 'd.md',
      out: 'data/catalog.json',
      regions: 'data/regions.json',
      tiers: 'data/source/training-tiers.md',
      globalRegions: null,
    });
    expect(projectPath('/p/data/x.md', '/p')).toBe('data/x.md');
    expect(projectPath('../shared/x.md', '/p')).toBe('../shared/x.md');
  });
});

describe('catalog:import (compiled, under node)', () => {
  let cli: string;
  let outDir: string;
  beforeAll(() => {
    // Compile the CLI and what it imports, as `tsc -p` would, into a temp dir (not dist/, which others build into).
    outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'catalog-import-build-'));
    const program = ts.createProgram([path.join(ROOT, 'src/importer/cli.ts')], {
      module: ts.ModuleKind.CommonJS,
      target: ts.ScriptTarget.ES2022,
      esModuleInterop: true,
      skipLibCheck: true,
      strict: true,
      rootDir: ROOT,
      outDir,
      types: ['node'],
    });
    const emitted = program.emit();
    expect(emitted.emitSkipped).toBe(false);
    cli = path.join(outDir, 'src/importer/cli.js');
  }, 60_000);
  afterAll(() => fs.rmSync(outDir, { recursive: true, force: true }));

  const node = (args: string[]) =>
    spawnSync(process.execPath, [cli, ...args], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, NODE_PATH: path.join(ROOT, 'node_modules') } });

  it('exits 0 on the seed and 2 with one stderr line (no stack trace) on a bad document', () => {
    const out = path.join(dir, 'catalog.json');
    const good = node(['data/source/fine-tune-models.md', '--out', out]);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(good.stdout).toContain('new catalog: 8 models');
    const before = fs.readFileSync(out);

    const bad = node([write('bad.md', '---\ntitle: t\nms.date: 02/06/2025\n---\n| Model ID | Global |\n| --- | --- |\n| `x` | ✅ |\n'), '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('no region column');
    expect(bad.stderr).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(out).equals(before)).toBe(true);
  });

  it('imports several documents into a version 2 catalog, and exits 2 on a same-date contradiction', () => {
    const out = path.join(dir, 'catalog-current.json');
    const docs = fs.readdirSync(path.join(ROOT, 'data/source/current')).map((f) => `data/source/current/${f}`);
    const good = node([...docs, 'data/source/22b_2026-03-05_467c504_foundry-supported-models.md', '--out', out]);
    expect(good.stderr).toBe('');
    expect(good.status).toBe(0);
    expect(Catalog.parse(JSON.parse(fs.readFileSync(out, 'utf8'))).schemaVersion).toBe(2);
    const bad = node([path.relative(ROOT, historyFile('22')), path.relative(ROOT, historyFile('22b')), '--out', out]);
    expect(bad.status).toBe(2);
    expect(bad.stderr.trim().split('\n')).toHaveLength(1);
    expect(bad.stderr).toContain('have the same date and disagree');
  });
});
