// The tiers fact sheet (data/source/training-tiers.md): what each training tier means, with its sources, so
// answers can explain a tier without inventing facts. Its table has the columns tier / what it means /
// sources; rows are mapped onto the catalog's tier ids by their label ("Standard (regional)" is standard).
//
// The sheet's "Other terms" bullets are not kept: the schema has no place for them (TierFact needs a tier id).
import type { TierFact, TierId } from '../core';
import { ImportError } from './errors';
import { plainText } from './markdown-text';
import { readPipeTables } from './markdown-table';

/** "Standard (regional)" -> standard, "Data zone (newer documents only)" -> datazone: parentheses and spaces do not count. */
export function tierIdOfLabel(label: string): TierId | null {
  const key = plainText(label)
    .replace(/\([^)]*\)/g, '')
    .toLowerCase()
    .replace(/[^a-z]/g, '');
  const ids: Record<string, TierId> = { standard: 'standard', global: 'global', developer: 'developer', datazone: 'datazone' };
  return ids[key] ?? null;
}

function column(header: string[], name: string): number {
  return header.findIndex((h) => plainText(h).toLowerCase() === name);
}

export function readTierFacts(text: string, source: string): { source: string; facts: TierFact[] } {
  for (const table of readPipeTables(text)) {
    const tier = column(table.header, 'tier');
    const meaning = column(table.header, 'what it means');
    const sources = column(table.header, 'sources');
    if (tier < 0 || meaning < 0 || sources < 0) continue;
    const facts = table.rows
      .filter((row) => row.some((c) => c !== ''))
      .map((row): TierFact => {
        const label = plainText(row[tier] ?? '');
        const id = tierIdOfLabel(label);
        if (!id) throw new ImportError('bad-tier-facts', `unknown tier "${label}" in the tiers fact sheet ${source}`);
        return { tier: id, label, meaning: plainText(row[meaning] ?? ''), sources: plainText(row[sources] ?? '') };
      });
    if (facts.length === 0) break;
    return { source, facts };
  }
  throw new ImportError('bad-tier-facts', `the tiers fact sheet ${source} has no table with the columns tier / what it means / sources`);
}
