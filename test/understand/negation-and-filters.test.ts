// Negation and scope, filters and their complements, misspelt cue words and the words of topics the
// document does not cover: what each question of test/support/negation-cases.ts must be understood as,
// and the properties behind them.
import fc from 'fast-check';
import { editDistance } from '../../src/core/understand/fuzzy';
import { cueKindOf, cueWordOf, isCueWord, isEnglishNearCue, typoBudget, typoTargets } from '../../src/core/understand/cue-words';
import { isBreakWord } from '../../src/core/understand/words';
import { ALL_CASES, CASES } from '../support/negation-cases';
import { expectQuestion, filtersOf, understand } from './support';

test('the table holds at least 120 questions of its own', () => {
  expect(new Set(ALL_CASES.map((x) => x.text)).size).toBe(ALL_CASES.length);
  expect(ALL_CASES.length).toBeGreaterThanOrEqual(120);
});

describe.each(Object.entries(CASES))('%s', (_category, cases) => {
  test.each(cases.map((x) => [x.text, x] as const))('%j', (text, x) => {
    expectQuestion(understand(text), x.q);
  });
});

describe('negation reaches only the cue it governs', () => {
  test.each([
    ['which models have a developer tier but are not in preview', ['developer', '!preview']],
    ['which models are not in preview but have a developer tier', ['!preview', 'developer']],
    ['which models lack vision, and which have a developer tier?', ['!vision', 'developer']],
    ['no images. which models have data residency?', ['standard']],
    ['which models are in preview? not the ones with data residency', ['preview', '!standard']],
    ['which models support vision and not data residency', ['vision', '!standard']],
    ['models without a developer tier or vision', ['!developer', '!vision']],
  ])('%j', (text, filters) => {
    expect(filtersOf(understand(text))).toEqual(filters);
  });

  test('a negation several words before a cue does not reach it', () => {
    expect(filtersOf(understand('which models are not really listed as being usable with data residency'))).toEqual(['standard']);
  });

  test('"not" ends at a comma: "gpt-4o in Sweden Central, not sure, with data residency"', () => {
    expect(understand('gpt-4o in Sweden Central, not sure, with data residency')).toMatchObject({ tier: 'standard', excludeTiers: [] });
  });
});

describe('misspelt cue words', () => {
  const targets = typoTargets();
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  /** One edit: delete, insert, substitute or swap two neighbours. */
  const oneEdit = (w: string, op: number, at: number, letter: number): string => {
    const i = at % (w.length + 1);
    const ch = letters[letter % 26]!;
    switch (op % 4) {
      case 0:
        return w.slice(0, Math.min(i, w.length - 1)) + w.slice(Math.min(i, w.length - 1) + 1);
      case 1:
        return w.slice(0, i) + ch + w.slice(i);
      case 2:
        return w.slice(0, Math.min(i, w.length - 1)) + ch + w.slice(Math.min(i, w.length - 1) + 1);
      default: {
        const j = Math.min(i, w.length - 2);
        return w.slice(0, j) + w[j + 1] + w[j] + w.slice(j + 2);
      }
    }
  };
  /** A typo the reader must leave alone: a word it knows, or one as near a cue of another kind. */
  const reserved = (typo: string, kind: number): boolean => {
    if (isCueWord(typo) || isBreakWord(typo) || isEnglishNearCue(typo)) return true;
    const d = editDistance(typo, targets.find((x) => x.kind === kind && editDistance(typo, x.word, 3) <= 3)?.word ?? '', 3);
    return targets.some((x) => x.kind !== kind && editDistance(typo, x.word, typoBudget(typo.length)) <= d);
  };

  test('property: one edit of any cue word of 6 letters or more reads as that cue', () => {
    fc.assert(
      fc.property(fc.constantFrom(...targets), fc.nat(), fc.nat(), fc.nat(), (target, op, at, letter) => {
        const typo = oneEdit(target.word, op, at, letter);
        fc.pre(typo !== target.word && typo.length >= 5 && !reserved(typo, target.kind));
        const read = cueWordOf(typo);
        expect([typo, read === null ? null : cueKindOf(read)]).toEqual([typo, target.kind]);
      }),
      { numRuns: 3000 },
    );
  });

  test('ordinary words one letter from a cue word are not read as it', () => {
    for (const w of [
      'review',
      'reviews',
      'developed',
      'develops',
      'modes',
      'legions',
      'president',
      'extensive',
      'mostly',
      'content',
      'turning',
      'trainer',
      'division',
    ]) {
      expect([w, cueWordOf(w)]).toEqual([w, null]);
    }
    // Nor are words that are two edits away, or short words.
    for (const w of ['reason', 'develop', 'visit', 'global'.slice(0, 4), 'data', 'zone']) expect([w, cueWordOf(w)]).toEqual([w, null]);
    // Nor is a word far from every cue word, whatever it is nearest to.
    for (const w of ['azurex', 'customer', 'question', 'something', 'whatever', 'zzzzzzzz']) expect([w, cueWordOf(w)]).toEqual([w, null]);
  });

  test.each([
    ['which models have a devloper tier', ['developer']],
    ['which modesl are in previw?', ['preview']],
    ['which models support visoin', ['vision']],
    ['which models have data residncy', ['standard']],
    ['which models support globl training', ['global']],
    ['which models have data zoen training', ['datazone']],
    ['which models have datazoen training', ['datazone']],
  ])('in a sentence: %j', (text, filters) => {
    expect(filtersOf(understand(text))).toEqual(filters);
  });
});
