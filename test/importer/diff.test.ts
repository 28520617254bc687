import { diffCatalogs, formatDiff, isEmptyDiff } from '../../src/importer/diff';
import { historyFile, importText, read, SEED } from './support';

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
