// The real data the product ships (data/catalog-seed.json, data/regions.json), loaded once per test file.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createCatalog, type CatalogService } from '../../src/core/catalog/catalog';
import { createRegionDirectory } from '../../src/core/regions';
import type { ModelRef, Question } from '../../src/core/question';
import { blankQuestion } from '../../src/core/build-question';
import { loadQuestions } from '../../bench/core';

export const ROOT = path.join(__dirname, '..', '..');

export function readJson(relative: string): unknown {
  return JSON.parse(readFileSync(path.join(ROOT, relative), 'utf8'));
}

export function seedCatalog(): CatalogService {
  return createCatalog(readJson('data/catalog-seed.json'), createRegionDirectory(readJson('data/regions.json')));
}

/** A Question built by hand, for testing answers without understanding. */
export function question(patch: Partial<Omit<Question, 'models'>> & { models?: (string | Partial<ModelRef>)[] }): Question {
  const { models = [], ...rest } = patch;
  return {
    ...blankQuestion(''),
    intent: 'check',
    ...rest,
    models: models.map((m) =>
      typeof m === 'string' ? { id: m, source: 'catalog', version: null, said: m } : { source: 'catalog', version: null, said: m.id ?? '', id: '', ...m },
    ),
  };
}

/** The benchmark corpus (bench/questions.txt: every intent, typos, follow-ups, junk), blank lines left out. */
export function corpusQuestions(): string[] {
  return loadQuestions()
    .map((l) => l.trim())
    .filter(Boolean);
}
