import { classifyException, findGlobalList } from '../../src/importer/global-regions';
import { doc, importError, importText, TABLE_HEAD } from './support';

const ids = ['gpt-4o', 'gpt-4.1', 'gpt-4.1-mini', 'gpt-4.1-nano'];

describe('Global training region list', () => {
  it('classifies "no vision support" and "no 4.1-nano support"', () => {
    expect(classifyException('no vision support', ids, 'Japan East')).toEqual({ kind: 'no-vision', text: 'no vision support' });
    expect(classifyException('no 4.1-nano support', ids, 'Poland Central')).toEqual({
      kind: 'no-model',
      model: 'gpt-4.1-nano',
      text: 'no 4.1-nano support',
    });
    expect(classifyException('gpt-4.1-nano is not supported', ids, 'X')).toMatchObject({ kind: 'no-model', model: 'gpt-4.1-nano' });
  });

  it('refuses an exception that matches several models, naming them', () => {
    const e = importError(() => classifyException('no 4.1 support', ['gpt-4.1', 'ft-4.1'], 'X'));
    expect(e.message).toContain('2 models in the table (gpt-4.1, ft-4.1)');
  });

  it('finds bullets that follow a paragraph mentioning Global, outside a NOTE too', () => {
    const list = findGlobalList('Global training is available in these regions:\n\n- East US2\n- Japan East _(no vision support)_\n\nMore text.');
    expect(list?.entries).toEqual([
      { name: 'East US2', exceptions: [] },
      { name: 'Japan East', exceptions: ['no vision support'] },
    ]);
    expect(findGlobalList('Regions:\n\n- East US2')).toBeNull();
  });

  it('reads exceptions written as footnote marks', () => {
    const body = [
      'Global training is available to resources in these regions:',
      '',
      '- Japan East<sup>1</sup>',
      '- Poland Central<sup>2</sup>',
      '- West US3',
      '',
      '<sup>1</sup> Vision fine-tuning is not supported.',
      '<sup>2</sup> gpt-4.1-nano is not supported.',
    ].join('\n');
    const c = importText(doc(`${TABLE_HEAD}\n| \`gpt-4.1-nano\` (2025-04-14) | North Central US | ✅ |`), {
      globalRegionsText: doc(body),
      globalRegionsFile: 'global.md',
    });
    expect(c.globalRegions).toEqual({
      stated: true,
      source: 'global.md',
      regions: [
        { region: 'japaneast', name: 'Japan East', exceptions: [{ kind: 'no-vision', text: 'Vision fine-tuning is not supported.' }] },
        {
          region: 'polandcentral',
          name: 'Poland Central',
          exceptions: [{ kind: 'no-model', model: 'gpt-4.1-nano', text: 'gpt-4.1-nano is not supported.' }],
        },
        { region: 'westus3', name: 'West US3', exceptions: [] },
      ],
    });
  });

  it('names global in tiers when only a note lists Global regions, and stated:false without either', () => {
    const note = '> [!NOTE]\n> Global training is available in:\n>- East US\n';
    const withNote = importText(doc(`| Model ID | Standard regions |\n| --- | --- |\n| \`gpt-4o\` | East US |\n\n${note}`));
    expect(withNote.tiers).toEqual(['standard', 'global']);
    expect(withNote.globalRegions.regions.map((r) => r.region)).toEqual(['eastus']);
    const without = importText(doc('| Model ID | Standard regions |\n| --- | --- |\n| `gpt-4o` | East US |'));
    expect(without.tiers).toEqual(['standard']);
    expect(without.globalRegions).toEqual({ stated: false, regions: [] });
  });
});
