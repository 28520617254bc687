// Documents the importer must refuse, each with a typed ImportError whose message says why.
import fc from 'fast-check';
import { ImportError } from '../../src/importer/errors';
import { doc, importError, importText, read, SEED, TABLE_HEAD } from './support';

const seed = read(SEED);

describe('refusing documents it cannot read', () => {
  it('refuses a document without a table', () => {
    const e = importError(() => importText(doc('Just prose.\n\n- a list')));
    expect(e).toMatchObject({ code: 'no-table', message: 'the document has no table' });
  });

  it('refuses a table without a model column', () => {
    const e = importError(() => importText(doc('| Name | Standard regions |\n| --- | --- |\n| x | East US |')));
    expect(e.code).toBe('no-model-column');
    expect(e.message).toContain('"Name"');
  });

  it('refuses a model table without a region column', () => {
    const e = importError(() => importText(doc('| Model ID | Global |\n| --- | --- |\n| `gpt-4o` | ✅ |')));
    expect(e.code).toBe('no-region-column');
    expect(e.message).toContain('"Model ID", "Global"');
  });

  it('refuses an include wrapper, naming the file it includes', () => {
    const wrapper = doc('[!INCLUDE [fine-tune-models](../includes/fine-tune-models.md)]');
    const e = importError(() => importText(wrapper));
    expect(e.code).toBe('include-wrapper');
    expect(e.message).toContain('../includes/fine-tune-models.md');
  });

  it('refuses an unknown region, naming it', () => {
    const bad = doc(`${TABLE_HEAD}\n| \`gpt-4o\` (2024-08-06) | East US2 <br> Atlantis Central | ✅ |`);
    const e = importError(() => importText(bad));
    expect(e.code).toBe('unknown-region');
    expect(e.message).toBe('unknown region "Atlantis Central" in the Standard regions of gpt-4o (2024-08-06)');
  });

  it('refuses an unknown region in the Global list, naming it', () => {
    const bad = seed.replace('>- Brazil South', '>- Atlantis Central');
    expect(importError(() => importText(bad)).message).toContain('"Atlantis Central" in the Global training region list');
  });

  it('refuses a Global exception it cannot understand, naming it', () => {
    const bad = seed.replace('_(no 4.1-nano support)_', '_(capacity limited on weekdays)_');
    const e = importError(() => importText(bad));
    expect(e.code).toBe('bad-exception');
    expect(e.message).toBe('cannot understand the Global exception "capacity limited on weekdays" on Poland Central');
  });

  it('refuses an exception about a model the table does not list', () => {
    const bad = seed.replace('_(no 4.1-nano support)_', '_(no 9-mega support)_');
    expect(importError(() => importText(bad)).message).toContain('no model in the table match "9-mega"');
  });

  it('refuses a bad ms.date', () => {
    const bad = seed.replace('ms.date: 02/06/2025', 'ms.date: 02/30/2025');
    const e = importError(() => importText(bad));
    expect(e.code).toBe('bad-front-matter');
    expect(e.message).toContain('02/30/2025');
  });

  it('refuses a document without front matter', () => {
    expect(importError(() => importText(seed.replace(/^---[\s\S]*?\n---\n/, ''))).code).toBe('bad-front-matter');
  });

  it('refuses a cell it cannot read, naming the model and column', () => {
    const bad = doc(`${TABLE_HEAD}\n| \`gpt-4o\` (2024-08-06) | East US2 | maybe |`);
    expect(importError(() => importText(bad)).message).toBe('cannot read "maybe" as yes/no in the "Global" cell of gpt-4o (2024-08-06)');
  });

  it('refuses a footnote mark without a footnote', () => {
    const bad = doc(`${TABLE_HEAD}\n| \`gpt-4o\` <sup>2</sup> | East US2 | ✅ |`);
    expect(importError(() => importText(bad))).toMatchObject({ code: 'unknown-footnote' });
  });

  it('refuses the same model and version listed twice', () => {
    const bad = doc(`${TABLE_HEAD}\n| \`gpt-4o\` (1) | East US2 | ✅ |\n| \`gpt-4o\` (1) | East US2 | ✅ |`);
    expect(importError(() => importText(bad)).code).toBe('duplicate-model');
  });

  it('refuses a second Global regions document that has no list', () => {
    const e = importError(() => importText(seed, { globalRegionsText: doc('Nothing here.'), globalRegionsFile: 'other.md' }));
    expect(e).toMatchObject({ code: 'no-global-list' });
    expect(e.message).toContain('other.md');
  });

  it('keeps every message on one line', () => {
    const e = importError(() => importText('---\ntitle: [unclosed\nms.date: 1\n---\n'));
    expect(e.message).not.toContain('\n');
  });

  it('throws nothing but ImportError for arbitrary documents', () => {
    const piece = fc.constantFrom(
      '---\n',
      'title: T\n',
      'ms.date: 02/06/2025\n',
      '| Model ID | Standard regions | Global |\n',
      '|---|---|---|\n',
      '| `gpt-4o` (1) | East US | ✅ |\n',
      '> [!NOTE]\n',
      '> Global training regions:\n',
      '>- Japan East _(no vision support)_\n',
      '<sup>1</sup> preview\n',
      '\n',
      '|',
      'x',
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 40 }), (parts) => {
        try {
          importText(parts.join(''));
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 500 },
    );
  });
});
