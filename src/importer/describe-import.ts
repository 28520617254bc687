// What a version 2 import rests on, as lines for the person running `npm run catalog:import`: the documents
// with their dates, which facts are kept from documents a newer one replaced ("no longer stated"), and what
// no document given states. Pure; the CLI prints the lines.
import type { CatalogV2, StatedModelFacts } from '../core';

type FactKey = Exclude<keyof StatedModelFacts, 'listedIn' | 'renamedFrom' | 'trainingTypes' | 'deployment' | 'deploymentRegions'>;

const KEYS: readonly FactKey[] = [
  'preview',
  'managed',
  'methods',
  'interactive',
  'standardRegions',
  'dataZone',
  'access',
  'limits',
  'trainingData',
  'modality',
  'footnotes',
];

export function describeImport(c: CatalogV2): string[] {
  const lines = c.sources.map((s) => `  ${s.date} ${s.kind}${s.deploymentType ? ` (${s.deploymentType})` : ''}: ${s.file}`);
  const kept = new Map<number, Map<string, number>>();
  for (const m of c.models) {
    for (const k of KEYS) {
      const f = m.facts[k];
      if (f === null || f.from.stated !== 'no-longer-stated') continue;
      const byKey = kept.get(f.from.doc) ?? new Map<string, number>();
      byKey.set(k, (byKey.get(k) ?? 0) + 1);
      kept.set(f.from.doc, byKey);
    }
  }
  for (const [doc, byKey] of [...kept].sort(([a], [b]) => a - b)) {
    const s = c.sources[doc];
    if (!s) continue;
    const what = [...byKey].map(([k, n]) => `${k} of ${n} model${n === 1 ? '' : 's'}`).join(', ');
    lines.push(`no longer stated, kept from ${s.file} (ms.date ${s.dateRaw}): ${what}`);
  }
  const unstated = (test: (f: StatedModelFacts) => boolean): number => c.models.filter((m) => test(m.facts)).length;
  const standardUnknown = unstated((f) => f.trainingTypes.standard?.value === true && f.standardRegions === null);
  const visionUnknown = unstated((f) => f.modality === null);
  lines.push(
    `unstated: Standard training regions of ${standardUnknown} Standard model${standardUnknown === 1 ? '' : 's'}; vision of ${visionUnknown} model${visionUnknown === 1 ? '' : 's'}; ` +
      `Data zone and Developer training regions of every model${c.globalTrainingRegions === null ? '; the Global training regions' : ''}`,
  );
  if (c.formerlyListed.length > 0)
    lines.push(`formerly listed: ${c.formerlyListed.map((f) => (f.version === null ? f.id : `${f.id} (${f.version})`)).join(', ')}`);
  return lines;
}
