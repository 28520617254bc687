// Broken variants of Microsoft's current documents: each gives a clear error, or a correct catalog in which
// what the broken part held is unstated. Never a catalog that says something the documents do not.
import fc from 'fast-check';
import { createCatalog } from '../../src/core/catalog/catalog';
import { ImportError } from '../../src/importer/errors';
import { current, currentFactFiles, importAll, importError, input, regions } from './support';

const SUPPORTED = 'fine-tune-supported-models.md';
const GLOBAL = 'fine-tune-global-training-regions.md';
const STANDARD = 'fine-tune-standard-deployment-regions.md';

/** The current documents with one of them replaced by `text`. */
function withDoc(name: string, text: string) {
  return currentFactFiles.map((f) => (f === name ? input(`broken/${f}`, text) : input(f)));
}
const edit = (name: string, from: string | RegExp, to: string): string => {
  const text = current(name);
  const edited = text.replace(from, to);
  if (edited === text) throw new Error(`the edit of ${name} changed nothing`);
  return edited;
};
/** Removes one column (by header name) from the first table whose header has it. */
function dropColumn(text: string, header: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex(
    (l) =>
      l.startsWith('|') &&
      l
        .split('|')
        .map((c) => c.trim())
        .includes(header),
  );
  const index = (lines[at] as string)
    .split('|')
    .map((c) => c.trim())
    .indexOf(header);
  for (let i = at; i < lines.length && (lines[i] as string).startsWith('|'); i++) {
    const cells = (lines[i] as string).split('|');
    cells.splice(index, 1);
    lines[i] = cells.join('|');
  }
  return lines.join('\n');
}
/** Adds a column after the last one of the first table whose header starts with `firstHeader`. */
function addColumn(text: string, firstHeader: string, header: string, cell: string): string {
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.startsWith(`| ${firstHeader} |`));
  for (let i = at; i < lines.length && (lines[i] as string).startsWith('|'); i++) {
    lines[i] = `${lines[i]} ${i === at ? header : i === at + 1 ? '---' : cell} |`;
  }
  return lines.join('\n');
}

const good = importAll(currentFactFiles.map((f) => input(f)));
const fail = (name: string, text: string) => importError(() => importAll(withDoc(name, text)));

describe('a footnote mark without its legend', () => {
  it('in the supported-models table: refused, naming the line and the mark', () => {
    const e = fail(SUPPORTED, edit(SUPPORTED, /^- <sup>5<\/sup>.*$/m, ''));
    expect(e).toMatchObject({ code: 'unknown-footnote', file: `broken/${SUPPORTED}` });
    expect(e.message).toBe('the "Serverless" line of gpt-4o-mini (2024-07-18) has legend mark 5 but the legend has no 5');
  });

  it('in the Global training regions table: refused, naming the region', () => {
    expect(fail(GLOBAL, edit(GLOBAL, /^- <sup>3<\/sup>.*$/m, '')).message).toBe(
      'Poland Central has footnote mark 3 but there is no footnote 3 below the table',
    );
  });
});

describe('a region footnote naming an unknown model', () => {
  it('is refused, naming the model and the table it is missing from', () => {
    const e = fail(GLOBAL, edit(GLOBAL, '`gpt-4.1-nano` isn', '`gpt-4.1-nono` isn'));
    expect(e).toMatchObject({ code: 'unknown-model', file: `broken/${GLOBAL}` });
    expect(e.message).toBe(
      'a footnote on Poland Central names the model "gpt-4.1-nono", which test/fixtures/seed-current/fine-tune-supported-models.md (ms.date 10/06/2026) does not list',
    );
  });

  it('is refused when the Global table comes with an older model table that does not know the new models', () => {
    expect(importError(() => importAll([input('22b'), input(GLOBAL)])).message).toMatch(/names the model "Qwen3\.6-35B-A3B", which .*22b_.* does not list/);
  });

  it('is refused in a deployment region table too', () => {
    expect(fail(STANDARD, edit(STANDARD, '| `gpt-5` |', '| `gpt-6` |')).message).toContain('the standard deployment region table lists gpt-6, which');
  });

  it('is refused when a footnote marks another region than the one it names', () => {
    const moved = edit(GLOBAL, '| Poland Central | ✅<sup>1,3</sup> | ❌ |', '| Poland Central | ✅<sup>1</sup> | ❌ |').replace(
      '| West Europe | ✅<sup>1</sup> | ❌ |',
      '| West Europe | ✅<sup>1,3</sup> | ❌ |',
    );
    expect(fail(GLOBAL, moved)).toMatchObject({ code: 'bad-footnote', message: expect.stringContaining('names Poland Central but marks West Europe') });
  });
});

describe('a table with a column added', () => {
  it('supported models: refused, naming the column', () => {
    const e = fail(SUPPORTED, addColumn(current(SUPPORTED), 'Model ID', 'Regions', 'East US'));
    expect(e).toMatchObject({ code: 'unknown-column', message: 'the supported-models table has a column the importer does not know: "Regions"' });
  });

  it('Global training regions: refused, naming the column', () => {
    expect(fail(GLOBAL, addColumn(current(GLOBAL), 'Foundry project region', 'Standard training', '✅'))).toMatchObject({ code: 'unknown-column' });
  });

  it('deployment regions: a region the directory does not know is refused; a known one is read', () => {
    expect(fail(STANDARD, addColumn(current(STANDARD), 'Model ID', 'Atlantis Central', '✅'))).toMatchObject({ code: 'unknown-region' });
    const c = importAll(withDoc(STANDARD, addColumn(current(STANDARD), 'Model ID', 'West Europe', '❌')));
    expect(c.models.map((m) => m.facts.deploymentRegions['standard']?.value)).toEqual(good.models.map((m) => m.facts.deploymentRegions['standard']?.value));
  });
});

describe('a table with a column removed', () => {
  it('supported models without "Deployment options": a catalog whose deployment facts are unstated, the rest unchanged', () => {
    const c = importAll(withDoc(SUPPORTED, dropColumn(current(SUPPORTED), 'Deployment options')));
    const catalog = createCatalog(c, regions);
    expect(c.models.every((m) => Object.keys(m.facts.deployment).length === 0)).toBe(true);
    expect(catalog.stated.deploymentTypes('gpt-4o', 'serverless')).toBeNull();
    const values = (m: (typeof c.models)[number]) => Object.values(m.facts.trainingTypes).map((t) => t?.value);
    expect(c.models.map(values)).toEqual(good.models.map(values));
  });

  it('supported models without "Approach": methods and interactive training unstated', () => {
    const c = importAll(withDoc(SUPPORTED, dropColumn(current(SUPPORTED), 'Approach')));
    expect(c.models.every((m) => m.facts.methods === null && m.facts.interactive === null && m.facts.managed === null)).toBe(true);
    expect(createCatalog(c, regions).stated.interactiveTrainingAllowed('gpt-oss-20b', 'eastus').allowed).toBeNull();
  });

  it('supported models without "Training types": every training type unstated, no Global region said yes', () => {
    const c = importAll(withDoc(SUPPORTED, dropColumn(current(SUPPORTED), 'Training types')));
    const catalog = createCatalog(c, regions);
    expect(c.models.every((m) => Object.values(m.facts.trainingTypes).every((t) => t === null))).toBe(true);
    expect(catalog.stated.globalTrainingAllowed('gpt-4o', 'eastus2').allowed).toBeNull();
    expect(catalog.trainableIn('eastus2').global).toEqual([]);
  });

  it('Global training regions without "Interactive training": interactive training per region unstated', () => {
    const c = importAll(withDoc(GLOBAL, dropColumn(current(GLOBAL), 'Interactive training (preview)')));
    expect(c.globalTrainingRegions?.value.every((r) => r.interactive === null)).toBe(true);
    expect(createCatalog(c, regions).stated.interactiveTrainingAllowed('gpt-oss-20b', 'eastus').allowed).toBeNull();
  });

  it('Global training regions without "Managed fine-tuning": no region is a Global region for version 1 readers', () => {
    const text = dropColumn(current(GLOBAL), 'Managed fine-tuning')
      .replace(/^- <sup>[134]<\/sup>.*$/gm, '')
      .replace(/<sup>[^<]*<\/sup>/g, '');
    const c = importAll(withDoc(GLOBAL, text));
    const catalog = createCatalog(c, regions);
    expect(c.globalRegions).toEqual({ stated: false, regions: [] });
    expect(catalog.stated.globalTrainingAllowed('gpt-4o', 'eastus2').allowed).toBeNull();
    expect(catalog.stated.interactiveTrainingAllowed('gpt-oss-20b', 'eastus').allowed).toBe(true);
  });

  it('Global training regions without the region column: not read as that table, and refused', () => {
    const e = fail(GLOBAL, dropColumn(current(GLOBAL), 'Foundry project region'));
    expect(e).toMatchObject({ code: 'no-model-column', file: `broken/${GLOBAL}` });
    expect(e.message).toContain('"Managed fine-tuning", "Interactive training (preview)"');
  });
});

describe('other breakage', () => {
  it.each([
    [
      'a legend it cannot read',
      SUPPORTED,
      '- <sup>5</sup> Developer deployment type is not supported.',
      '- <sup>5</sup> Developer deployments are rationed.',
      'bad-legend',
    ],
    [
      'a cell it cannot read',
      SUPPORTED,
      '| `o4-mini`<br>(2025-04-16) | Managed: ✅ (RFT)<br>Interactive: ❌ | Standard: ✅',
      '| `o4-mini`<br>(2025-04-16) | Managed: ✅ (RFT)<br>Interactive: ❌ | Standard: maybe',
      'bad-cell',
    ],
    [
      'a training type it does not know',
      SUPPORTED,
      'Standard: ❌<br>Data zone: ❌<br>Global: ✅<br>Developer: ✅ | Serverless: ✅<sup>2</sup>',
      'Batch: ❌<br>Data zone: ❌<br>Global: ✅<br>Developer: ✅ | Serverless: ✅<sup>2</sup>',
      'bad-cell',
    ],
    ['a deployment legend on a model cell', SUPPORTED, '`gpt-5`<br>(2025-08-07)<sup>3</sup>', '`gpt-5`<br>(2025-08-07)<sup>4</sup>', 'bad-legend'],
    ['a region listed twice', GLOBAL, '| West US 3 | ✅ | ✅ |', '| West US 3 | ✅ | ✅ |\n| West US 3 | ✅ | ❌ |', 'duplicate-model'],
    ['a model listed twice', SUPPORTED, '| `gpt-4.1`<br>(2025-04-14) |', '| `gpt-4.1-mini`<br>(2025-04-14) |', 'duplicate-model'],
    [
      'a footnote it cannot read',
      GLOBAL,
      "- <sup>2</sup> Vision fine-tuning isn't supported in Japan East.",
      '- <sup>2</sup> Capacity is limited in Japan East.',
      'bad-footnote',
    ],
  ])('%s is refused', (_what, name, from, to, code) => {
    expect(fail(name, edit(name, from, to)).code).toBe(code);
  });

  it('a legend naming a deployment type the overview does not define is refused; without the overview it is kept as written', () => {
    const text = edit(
      SUPPORTED,
      '- <sup>1</sup> Only Provisioned Throughput deployment type is supported.',
      '- <sup>1</sup> Only Batch deployment type is supported.',
    );
    expect(fail(SUPPORTED, text)).toMatchObject({ code: 'unknown-deployment-type', message: expect.stringContaining('"batch"') });
    const without = importAll([input(`broken/${SUPPORTED}`, text)]);
    expect(without.models.find((m) => m.id === 'Muse-Glimmer-30B')?.facts.deployment['fireworks']?.value.only).toEqual(['batch']);
  });

  it('throws nothing but ImportError when a line of any current document is lost or doubled', () => {
    const docs = currentFactFiles.map((f) => ({ name: f, lines: current(f).split('\n') }));
    fc.assert(
      fc.property(fc.integer({ min: 0, max: docs.length - 1 }), fc.nat(), fc.boolean(), (d, at, double) => {
        const { name, lines } = docs[d] as (typeof docs)[number];
        const i = at % lines.length;
        const broken = double ? [...lines.slice(0, i + 1), ...lines.slice(i)] : [...lines.slice(0, i), ...lines.slice(i + 1)];
        try {
          const c = importAll(withDoc(name, broken.join('\n')));
          expect(() => createCatalog(c, regions)).not.toThrow();
        } catch (e) {
          expect(e).toBeInstanceOf(ImportError);
        }
      }),
      { numRuns: 120 },
    );
  });
});
