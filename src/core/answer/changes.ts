// "What changed since March?": what the newest documents state differently from the older model table the
// catalog was also built from, read off each fact's provenance (the catalog keeps, per fact, the document it
// came from). A catalog of one document has nothing to compare, and says so.
import type { CatalogService } from '../catalog/catalog';
import type { Question } from '../question';
import type { MakeBase } from './answer';
import type { Answer, ChangeGroup } from './types';
import { joinAnd, plural } from './words';

/** "--03" (a month without a year) as the latest such month on or before `newest`; a full date as it is. */
export function resolveSince(since: string | null, newest: string): string | null {
  if (since === null) return null;
  const m = /^--(\d\d)$/.exec(since);
  if (!m) return since;
  const year = Number(newest.slice(0, 4));
  const date = `${year}-${m[1]}-01`;
  return date <= newest ? date : `${year - 1}-${m[1]}-01`;
}

export function changesAnswer(q: Question, catalog: CatalogService, makeBase: MakeBase): Answer {
  const data = catalog.data;
  const sources = catalog.stated.sources;
  const tables = sources.map((s, doc) => ({ s, doc })).filter((x) => x.s.kind === 'model-table' || x.s.kind === 'supported-models');
  const newest = tables.reduce((a, x) => (x.s.date > a.s.date ? x : a), tables[0]!);
  const asked = resolveSince(q.since, newest.s.date);
  const older = tables.filter((x) => x.s.date < newest.s.date).sort((a, x) => x.s.date.localeCompare(a.s.date));
  // The older table compared with: the newest one on or before the date asked, else the oldest there is.
  const base = older.find((x) => asked === null || x.s.date <= asked) ?? older[older.length - 1];
  if (data.schemaVersion !== 2 || base === undefined) {
    return {
      kind: 'changes',
      ...makeBase({}),
      verdict: null,
      headline: `Nothing to compare: I have the documents of ${newest.s.date} only`,
      subject: 'What changed',
      reason: 'The catalog was built from documents of one date, so it cannot say what changed.',
      matches: [],
      since: asked ?? newest.s.date,
      changes: [],
    };
  }
  const fromBase = (doc: number | undefined): boolean => doc === base.doc;
  const added: string[] = [];
  const renamed: string[] = [];
  for (const m of data.models) {
    const f = m.facts;
    const old = [
      f.standardRegions?.from.doc,
      f.limits?.from.doc,
      f.trainingData?.from.doc,
      f.modality?.from.doc,
      f.dataZone?.from.doc,
      ...f.renamedFrom.map((r) => r.lastListed?.doc),
    ];
    for (const r of f.renamedFrom) renamed.push(`${r.name} is now ${m.id}`);
    if (!old.some(fromBase) && !added.includes(m.id)) added.push(m.id);
  }
  const gone = data.formerlyListed.filter((x) => fromBase(x.lastListed.doc)).map((x) => x.id);
  const kept: string[] = [];
  if (data.models.some((m) => m.facts.standardRegions?.from.doc === base.doc && m.facts.standardRegions.from.stated === 'no-longer-stated'))
    kept.push(`Standard training regions per model (kept as listed on ${base.s.date})`);
  if (data.models.some((m) => m.facts.limits?.from.doc === base.doc)) kept.push('request limits');
  if (data.models.some((m) => m.facts.trainingData?.from.doc === base.doc)) kept.push('training data cutoffs');
  if (data.models.some((m) => m.facts.modality?.from.doc === base.doc)) kept.push('modality');
  const stated: string[] = [];
  if (data.models.some((m) => m.facts.interactive !== null && !fromBase(m.facts.interactive.from.doc)))
    stated.push('interactive training (preview) per model and region');
  if (data.globalTrainingRegions && !fromBase(data.globalTrainingRegions.from.doc)) stated.push('Global training regions with per-model footnotes');
  const deployTables = sources.filter((s) => s.kind === 'deployment-regions').map((s) => s.title);
  if (deployTables.length) stated.push(`deployment regions (${joinAnd(deployTables)})`);
  if (data.dataZones.training) stated.push(`Data zone training: only the ${joinAnd(data.dataZones.training.value)} data zone`);
  const changes: ChangeGroup[] = [
    ...(added.length ? [{ title: `New models (${added.length})`, items: added }] : []),
    ...(renamed.length ? [{ title: 'Renamed', items: renamed }] : []),
    ...(gone.length ? [{ title: 'No longer listed', items: gone }] : []),
    ...(kept.length ? [{ title: 'No longer stated', items: kept }] : []),
    ...(stated.length ? [{ title: 'Stated now', items: stated }] : []),
  ];
  const before = asked !== null && asked.slice(0, 7) < base.s.date.slice(0, 7) ? ` (the oldest document I have; you asked from ${asked})` : '';
  return {
    kind: 'changes',
    ...makeBase({
      froms: [
        { doc: newest.doc, date: newest.s.date, stated: 'current' },
        { doc: base.doc, date: base.s.date, stated: 'no-longer-stated' },
      ],
    }),
    verdict: null,
    headline: `Since ${base.s.date}: ${[added.length ? plural(added.length, 'new model') : '', renamed.length ? plural(renamed.length, 'rename') : '', gone.length ? `${gone.length} dropped` : '', kept.length ? 'Standard training regions no longer listed' : ''].filter(Boolean).join(', ') || 'no change in the models'}`,
    subject: `What changed between ${base.s.date}${before} and ${newest.s.date}`,
    reason: `Comparing the model table of ${base.s.date} with the documents of ${newest.s.date}.`,
    matches: added,
    since: base.s.date,
    changes,
  };
}
