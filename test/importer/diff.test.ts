import { diffCatalogs, formatDiff, isEmptyDiff } from '../../src/importer/diff';
import { currentFactFiles, historyFile, importAll, importText, input, LAST_STANDARD_REGIONS, read, SEED } from './support';

const load = (prefix: string) => importText(read(historyFile(prefix)));

describe('catalog diff', () => {
  it('says "no changes" for the same catalog', () => {
    const c = importText(read(SEED));
    const d = diffCatalogs(c, importText(read(SEED)));
    expect(isEmptyDiff(d)).toBe(true);
    expect(formatDiff(d)).toEqual(['no changes']);
  });

  it('reports a flag change and Global regions going away (16 -> 13)', () => {
    const d = diffCatalogs(load('16'), load('13'));
    expect(d.added).toEqual([]);
    expect(d.removed).toEqual([]);
    expect(d.changed).toEqual([{ model: 'gpt-4.1-nano (2025-04-14)', field: 'global', before: false, after: true }]);
    expect(d.globalRegions.removed).toEqual(expect.arrayContaining(['eastus', 'eastus2', 'westeurope', 'westus3']));
    expect(formatDiff(d)).toContain('~ gpt-4.1-nano (2025-04-14): global: false -> true');
  });

  it('matches models by id and version: gpt-35-turbo 0613 removed while 1106 stays (05 -> 06)', () => {
    const d = diffCatalogs(load('05'), load('06'));
    expect(d.removed).toEqual(['gpt-35-turbo (0613)', 'gpt-4 (0613)']);
    expect(d.added).toEqual([]);
  });

  it('reports added models, tier changes, region list changes and the new date (seed -> 22)', () => {
    const d = diffCatalogs(importText(read(SEED)), load('22'));
    expect(d.added).toEqual(['gpt-5 (2025-08-07)', 'Llama-3.3-70B-Instruct', 'gpt-oss-20b']);
    expect(d.date).toEqual({ before: '2025-02-06', after: '2026-03-05' });
    expect(d.tiers?.after).toEqual(['standard', 'datazone', 'global', 'developer']);
    expect(d.globalRegions.stated).toEqual({ before: true, after: false });
    const lines = formatDiff(d);
    expect(lines).toContain('+ model gpt-5 (2025-08-07)');
    expect(lines).toContain('~ Ministral-3B (2411): preview: true -> false');
    expect(lines).toContain('~ Ministral-3B (2411): dataZone: none -> US');
    expect(lines).toContain('global regions: no longer listed');
  });

  it('prints Standard region changes as + and - per region', () => {
    const before = importText(read(SEED));
    const after = importText(
      read(SEED).replace('| `o4-mini` <br> (2025-04-16) | East US2 <br> Sweden Central', '| `o4-mini` <br> (2025-04-16) | West US3 <br> Sweden Central'),
    );
    expect(formatDiff(diffCatalogs(before, after))).toEqual(['~ o4-mini (2025-04-16): standardRegions +westus3 -eastus2']);
  });
});

// The refresher swaps a catalog only when this diff finds a change: every fact a version 2 catalog adds must be
// seen, or a change in Microsoft's current documents would never reach the bot.
describe('catalog diff between version 2 catalogs (the current documents and the 2026-03-05 table)', () => {
  const set = () => [...currentFactFiles.map((f) => input(f)), input(LAST_STANDARD_REGIONS)];
  /** The set with one document edited; the edit must apply. */
  const edited = (file: string, from: string, to: string) =>
    set().map((d) => {
      if (!d.file.endsWith(`/${file}`)) return d;
      expect(d.text).toContain(from);
      return { ...d, text: d.text.replace(from, to) };
    });
  const base = importAll(set());
  const linesAfter = (file: string, from: string, to: string) => {
    const d = diffCatalogs(base, importAll(edited(file, from, to)));
    expect(isEmptyDiff(d)).toBe(false);
    return formatDiff(d);
  };

  it('says "no changes" for the same documents given in another order', () => {
    expect(formatDiff(diffCatalogs(base, importAll([...set()].reverse())))).toEqual(['no changes']);
  });

  it('sees a method a model loses (gpt-4.1-mini without DPO)', () => {
    const row = '| `gpt-4.1-mini`<br>(2025-04-14) | Managed: ✅ (SFT, DPO)';
    expect(linesAfter('fine-tune-supported-models.md', row, row.replace('(SFT, DPO)', '(SFT)'))).toEqual(['~ gpt-4.1-mini (2025-04-14): methods -DPO']);
  });

  it('sees invitation-only access going away (gpt-5 RFT)', () => {
    const lines = linesAfter('fine-tune-supported-models.md', '| `gpt-5`<br>(2025-08-07)<sup>3</sup> |', '| `gpt-5`<br>(2025-08-07) |');
    expect(lines).toContain('~ gpt-5 (2025-08-07): access -invitation-only RFT');
  });

  it('sees a deployment region a model loses (Provisioned Throughput, gpt-4o-mini in North Central US)', () => {
    expect(linesAfter('fine-tune-provisioned-throughput-deployment-regions.md', '| `gpt-4o-mini` | ✅ | ✅ |', '| `gpt-4o-mini` | ❌ | ✅ |')).toContain(
      '~ gpt-4o-mini (2024-07-18): deploymentRegions.provisioned-throughput -northcentralus',
    );
  });

  it('sees interactive training leaving a Global training region (East US 2), which the version 1 fields do not hold', () => {
    expect(linesAfter('fine-tune-global-training-regions.md', '| East US 2 | ✅ | ✅ |', '| East US 2 | ✅ | ❌ |')).toContain(
      '~ Global training region eastus2: managed yes; interactive yes -> managed yes; interactive no',
    );
  });

  it('sees a change in what a training type means (the overview)', () => {
    const lines = linesAfter(
      'fine-tuning-overview.md',
      'Only the US data zone is currently supported.',
      'Only the US and EU data zones are currently supported.',
    );
    expect(lines.some((l) => l.startsWith('~ meanings.trainingTypes.datazone description: '))).toBe(true);
  });
});
