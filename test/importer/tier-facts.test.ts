import { readTierFacts, tierIdOfLabel } from '../../src/importer/tier-facts';
import { importError, tiersText } from './support';

describe('tiers fact sheet', () => {
  it('maps the labels onto tier ids', () => {
    expect(tierIdOfLabel('Standard (regional)')).toBe('standard');
    expect(tierIdOfLabel('Global')).toBe('global');
    expect(tierIdOfLabel('Developer')).toBe('developer');
    expect(tierIdOfLabel('Data zone (newer documents only)')).toBe('datazone');
    expect(tierIdOfLabel('Provisioned')).toBeNull();
  });

  it('reads tier, label, meaning and sources from training-tiers.md', () => {
    const t = readTierFacts(tiersText, 'data/source/training-tiers.md');
    expect(t.source).toBe('data/source/training-tiers.md');
    expect(t.facts).toHaveLength(4);
    expect(t.facts[1]).toMatchObject({ tier: 'global', label: 'Global' });
    expect(t.facts[1]?.meaning).toContain('no data residency');
    expect(t.facts[1]?.meaning).toContain('API trainingType: GlobalStandard.');
    expect(t.facts[3]).toEqual({
      tier: 'datazone',
      label: 'Data zone (newer documents only)',
      meaning: 'Training stays within a data zone; only the US data zone was listed (2026).',
      sources: 'overview.md @0cfe2de6',
    });
  });

  it('refuses a sheet without the table or with an unknown tier', () => {
    expect(importError(() => readTierFacts('# nothing', 'x.md')).code).toBe('bad-tier-facts');
    const unknown = '| tier | what it means | sources |\n| --- | --- | --- |\n| Provisioned | x | y |';
    expect(importError(() => readTierFacts(unknown, 'x.md')).message).toContain('"Provisioned"');
  });
});
