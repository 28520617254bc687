// The catalogs checked in are what the importer makes from the documents checked in: data/catalog.json, the
// shipped default, from Microsoft's current documents plus the last one that lists Standard training regions
// (`npm run catalog:current`), and data/catalog-seed.json from the seed alone (version 1, byte for byte as
// the seed catalog always was; `npm run catalog:seed`).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createCatalog, createRegionDirectory } from '../../src/core';
import { main } from '../../src/importer/cli';
import { loadKnowledge } from '../../src/knowledge/load';
import { ROOT } from './support';

const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };

/** The documents and --out of `npm run catalog:current`, globs expanded as the shell does. */
function currentScriptArgs(): string[] {
  const script = pkg.scripts['catalog:current'] as string;
  const args = script.slice(script.indexOf(' -- ') + 4).split(/\s+/);
  return args.flatMap((a) => {
    if (!a.includes('*')) return [a];
    const dir = path.dirname(a);
    const ext = path.extname(a);
    return fs
      .readdirSync(path.join(ROOT, dir))
      .filter((f) => f.endsWith(ext))
      .sort()
      .map((f) => `${dir}/${f}`);
  });
}

function importTo(argv: string[]): Buffer {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shipped-catalog-'));
  try {
    const out = path.join(dir, 'catalog.json');
    const errors: string[] = [];
    const code = main([...argv, '--out', out], { cwd: ROOT, stdout: () => undefined, stderr: (l) => errors.push(l) });
    expect({ code, errors }).toEqual({ code: 0, errors: [] });
    return fs.readFileSync(out);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

test('data/catalog-seed.json is the seed imported alone, byte for byte', () => {
  expect(importTo(['data/source/fine-tune-models.md']).equals(fs.readFileSync(path.join(ROOT, 'data/catalog-seed.json')))).toBe(true);
});

test('data/catalog.json is what `npm run catalog:current` makes from data/source', () => {
  const argv = currentScriptArgs();
  expect(argv.slice(argv.indexOf('--out'))).toEqual(['--out', 'data/catalog.json']);
  const docs = argv.slice(0, argv.indexOf('--out'));
  expect(docs).toHaveLength(6);
  expect(importTo(docs).equals(fs.readFileSync(path.join(ROOT, 'data/catalog.json')))).toBe(true);
});

test('data/catalog.json loads as the bot loads a catalog, and its version 1 fields answer', () => {
  const knowledge = loadKnowledge({ catalogFile: path.join(ROOT, 'data/catalog.json') });
  expect(knowledge.catalog.data.schemaVersion).toBe(2);
  expect(knowledge.catalog.modelIds).toHaveLength(18);
  expect(knowledge.catalog.trainableIn('uaenorth').global).toEqual(['Muse-Glimmer-30B', 'Qwen3.6-35B-A3B', 'Qwen3.8-27B', 'gpt-oss-120b']);
  const regions = createRegionDirectory(JSON.parse(fs.readFileSync(path.join(ROOT, 'data/regions.json'), 'utf8')));
  expect(() => createCatalog(JSON.parse(fs.readFileSync(path.join(ROOT, 'data/catalog-seed.json'), 'utf8')), regions)).not.toThrow();
});
