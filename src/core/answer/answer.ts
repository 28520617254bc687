// answer(question, catalog) -> Answer: pure, over the catalog. Every fact comes from the catalog (the
// imported document and the tiers fact sheet); this file only decides which facts answer the question.
import type { CatalogService, ModelFilter } from '../catalog/catalog';
import type { TierId } from '../catalog/schema';
import type { Question } from '../question';
import { alternatives, checkOne, yesTiers } from './check';
import { exampleQuestions } from './examples';
import { factHeadline } from './asked-fact';
import { modelFacts, place } from './facts';
import type { Answer, CheckResult, ModelFacts, RegionSummary, RegionTraining, SourceInfo, TierMeaning, Verdict } from './types';
import { joinAnd, plural, tierLabel } from './words';

/** Checks are answered for at most this many model/region pairs; a whole continent is summarised. */
const MAX_PAIRS = 12;

function source(catalog: CatalogService): SourceInfo {
  const s = catalog.data.source;
  return { title: s.title, date: s.date, url: s.url, tiersSource: catalog.data.tierFacts.source };
}

function meanings(catalog: CatalogService, tiers: readonly TierId[]): TierMeaning[] {
  return tiers.flatMap((t) => {
    const f = catalog.tierFact(t);
    return f ? [{ tier: t, label: tierLabel(t), meaning: f.meaning }] : [];
  });
}

function base(q: Question, catalog: CatalogService) {
  return {
    intent: q.intent,
    models: q.models.filter((m) => m.source === 'catalog').map((m) => m.id),
    regions: [...q.regions],
    notInTable: q.models.filter((m) => m.source === 'other').map((m) => m.id),
    notes: [...(q.outside ? [outsideLine(q.outside, catalog)] : []), ...catalog.data.notes],
    source: source(catalog),
  };
}

/** What the documents say about a region or cloud outside Azure's public cloud: nothing. */
function outsideLine(o: NonNullable<Question['outside']>, catalog: CatalogService): string {
  const what = o.region ? `${o.region} is an ${o.cloud} region` : `${o.cloud} is not Azure's public cloud`;
  return `${what}: Microsoft's fine-tuning documents (of ${catalog.data.source.date}) cover Azure's public regions only and say nothing about it.`;
}

/** A question about a sovereign cloud's region only: no verdict, and why. */
function outsideAnswer(q: Question, catalog: CatalogService): Answer {
  const o = q.outside!;
  const b = base(q, catalog);
  const where = o.region ?? o.cloud;
  return {
    kind: 'unknown',
    ...b,
    notes: b.notes.slice(1),
    notInTable: [],
    verdict: 'unknown',
    headline: `Not stated: the documents don't cover ${where}`,
    subject: b.models.length ? `${joinAnd(b.models)} in ${where}` : where,
    reason: outsideLine(o, catalog),
    matches: [],
    examples: exampleQuestions(catalog),
  };
}

/** Facts about each catalog model the question named, at the version it named. */
function namedFacts(q: Question, catalog: CatalogService): ModelFacts[] {
  return q.models
    .filter((m) => m.source === 'catalog')
    .map((m) => modelFacts(catalog, m.id, m.version))
    .filter((f): f is ModelFacts => f !== null);
}

function notInTableLine(ids: readonly string[], catalog: CatalogService): string {
  return `${joinAnd(ids)} ${ids.length === 1 ? 'is' : 'are'} not in Microsoft's fine-tuning table (document of ${catalog.data.source.date}), so ${ids.length === 1 ? 'it' : 'they'} can't be fine-tuned per the document.`;
}

function checkAnswer(q: Question, catalog: CatalogService): Answer {
  const b = base(q, catalog);
  const refs = q.models.filter((m) => m.source === 'catalog');
  const results: CheckResult[] = [];
  for (const ref of refs) {
    const row = catalog.row(ref.id, ref.version) ?? catalog.model(ref.id)!.primary;
    for (const region of q.regions) results.push(checkOne(catalog, row, region, q));
  }
  const facts = namedFacts(q, catalog);
  // Over a whole area, the places where it works come first, so a cut list never hides them.
  // Places with data residency (Standard) lead the yeses.
  const rank = (r: CheckResult) => ({ yes: 1, unknown: 2, no: 3 })[r.verdict] - (yesTiers(r, q.tier).includes(tierLabel('standard')) ? 1 : 0);
  const shown = [...results].sort((x, y) => rank(x) - rank(y)).slice(0, MAX_PAIRS);
  const verdict: Verdict = results.some((r) => r.verdict === 'yes')
    ? 'yes'
    : results.some((r) => r.verdict === 'unknown') || results.length === 0
      ? 'unknown'
      : 'no';
  const where = q.place ? q.place.name : joinAnd(q.regions.map((r) => catalog.regions.displayName(r)));
  const subject = `${joinAnd(b.models)} in ${where}`;
  const first = results[0];
  let headline: string;
  let reason: string;
  if (results.length === 1 && first) {
    const tiers = yesTiers(first, q.tier);
    const limiting = first.tiers.find((t) => t.tier === q.tier);
    if (verdict === 'yes') {
      const textOnly = first.tiers.some((t) => t.status === 'yes' && /text-only/.test(t.reason));
      headline = `Yes, with ${joinAnd(tiers, 'or')} training${textOnly && tiers.length === 1 ? ' (text-only data)' : ''}`;
      const resNo = first.tiers.find((t) => t.tier === 'standard' && t.status === 'no');
      reason = first.tiers.find((t) => t.status === 'yes' && (q.tier === null || t.tier === q.tier))!.reason + (resNo && q.tier === null ? ` Not with Standard training: ${resNo.reason}` : '');
    } else if (verdict === 'no') {
      headline = `No, ${first.model} can't be fine-tuned in ${first.place.name}${q.tier ? ` with ${tierLabel(q.tier)} training` : ''}${q.modality === 'vision' ? ' with images' : ''}`;
      reason = (limiting ?? first.tiers.find((t) => t.tier === 'global') ?? first.tiers[0])?.reason ?? '';
    } else {
      headline = `Not stated: the document doesn't say whether ${first.model} can be fine-tuned in ${first.place.name}${q.tier ? ` with ${tierLabel(q.tier)} training` : ''}`;
      const undescribed = q.tier !== null && !limiting;
      reason = undescribed
        ? `This document does not describe ${tierLabel(q.tier!)} training for ${first.model}.`
        : ((limiting ?? first.tiers.find((t) => t.status === 'unknown'))?.reason ?? '');
    }
  } else {
    const yes = results.filter((r) => r.verdict === 'yes');
    const label = (r: CheckResult) => (refs.length > 1 ? `${r.model} in ${r.place.name}` : r.place.name);
    const several = (xs: CheckResult[]) =>
      xs.length > 4 ? `${xs.slice(0, 4).map(label).join(', ')} and ${xs.length - 4} more` : joinAnd(xs.map(label));
    const what = refs.length > 1 ? 'combinations' : 'regions';
    headline =
      verdict === 'yes'
        ? `Yes, in ${yes.length} of ${results.length} ${what}${q.place ? ` in ${q.place.name}` : ''}`
        : verdict === 'no'
          ? `No, not in any of the ${results.length} ${what} asked about`
          : `Not stated: the document doesn't say for ${where}`;
    // Data residency is what people choose between: name the Standard places first.
    const residency = yes.filter((r) => yesTiers(r, q.tier).includes(tierLabel('standard')));
    const globalOnly = yes.filter((r) => !residency.includes(r));
    reason = yes.length
      ? [
          residency.length ? `With data residency (Standard): ${several(residency)}.` : 'None with data residency (Standard).',
          globalOnly.length ? `Global only (no data residency): ${several(globalOnly)}.` : '',
        ]
          .filter(Boolean)
          .join(' ')
      : ((q.tier ? first?.tiers.find((t) => t.tier === q.tier) : undefined) ?? first?.tiers.find((t) => t.status !== 'yes'))?.reason ?? '';
  }
  if (results.length > shown.length) b.notes.unshift(`Showing ${shown.length} of ${results.length} region checks.`);
  // "Partial" includes a yes without data residency: people who need residency want the Standard regions.
  const partial = first !== undefined && first.tiers.some((t) => t.tier === 'standard' && t.status !== 'yes');
  const alts = first && (verdict !== 'yes' || (partial && results.length === 1))
    ? alternatives(catalog, catalog.row(first.model, refs[0]?.version ?? null) ?? catalog.model(first.model)!.primary, first, q)
    : [];
  const versionNote = facts.filter((f) => f.versionAsked).map((f) => `The table lists ${f.id} version ${joinAnd(f.versions) || 'with no version'}, not ${f.versionAsked}; the rows below are for the listed version.`);
  // A version the table does not list is not the listed one: what the listed version can do is shown,
  // never as the answer about the version asked.
  const unlisted = facts.find((f) => f.versionAsked);
  if (unlisted) {
    reason = `For the listed version (${joinAnd(unlisted.versions) || 'no version given'}): ${headline}. ${reason}`;
    headline = `Not stated: the table lists ${unlisted.id} version ${joinAnd(unlisted.versions) || 'with no version'}, not ${unlisted.versionAsked}`;
  }
  return {
    kind: 'check',
    ...b,
    notes: [...versionNote, ...(b.notInTable.length ? [notInTableLine(b.notInTable, catalog)] : []), ...b.notes],
    verdict: unlisted ? 'unknown' : verdict,
    headline,
    subject,
    reason,
    matches: [],
    results: shown,
    facts,
    alternatives: alts,
    meanings: meanings(catalog, catalog.data.tiers),
  };
}

function notInTableAnswer(q: Question, catalog: CatalogService): Answer {
  const b = base(q, catalog);
  const ids = b.notInTable;
  return {
    kind: 'model',
    ...b,
    verdict: 'no',
    headline: `No, ${joinAnd(ids)} can't be fine-tuned`,
    subject: q.regions.length ? `${joinAnd(ids)} in ${joinAnd(q.regions.map((r) => catalog.regions.displayName(r)))}` : joinAnd(ids),
    reason: notInTableLine(ids, catalog),
    matches: [],
    facts: [],
    meanings: [],
  };
}

function modelAnswer(q: Question, catalog: CatalogService): Answer {
  const b = base(q, catalog);
  const facts = namedFacts(q, catalog);
  const f = facts[0]!;
  const parts: string[] = [];
  if (f.standardRegions.length) parts.push(`Standard in ${joinAnd(f.standardRegions.map((p) => p.name))}`);
  else parts.push(`no Standard training (${(f.standardNote ?? 'not listed').toLowerCase()})`);
  if (f.global) parts.push(f.globalRegions ? `Global in ${plural(f.globalRegions.length, 'region')}` : 'Global (regions not stated in this document)');
  if (f.developer !== null) parts.push(f.developer ? 'a Developer tier (no regions listed)' : 'no Developer tier');
  const notes = f.versionAsked
    ? [`The table lists ${f.id} version ${joinAnd(f.versions) || 'with no version'}, not ${f.versionAsked}.`, ...b.notes]
    : b.notes;
  if (b.notInTable.length) notes.unshift(notInTableLine(b.notInTable, catalog));
  return {
    kind: 'model',
    ...b,
    notes,
    verdict: null,
    // What was asked comes first: the fact asked for, for every model asked about; a version the table does
    // not list is said to be unlisted before anything is said of the listed one.
    headline: f.versionAsked
      ? `Not stated: the table lists ${f.id} version ${joinAnd(f.versions) || 'with no version'}, not ${f.versionAsked}`
      : q.asks
        ? factHeadline(q.asks, facts)
        : facts.length > 1
          ? `${joinAnd(facts.map((x) => x.id))}: where you can fine-tune them`
          : `${f.id}: where you can fine-tune it`,
    subject: f.id,
    reason: `${f.versionAsked ? `For the listed version: ` : ''}${q.asks && f.versionAsked ? `${factHeadline(q.asks, facts)}. ` : ''}${f.id}: ${parts.join('; ')}.`,
    matches: [],
    facts,
    meanings: meanings(catalog, catalog.data.tiers),
  };
}

export function regionTraining(catalog: CatalogService, region: string, q: Question): RegionTraining {
  const p = place(catalog, region);
  const exceptions = (catalog.globalRegion(region)?.exceptions ?? []).map((x) => `${p.name}: ${x.text}`);
  return { place: p, ...catalog.trainableIn(region, { vision: q.modality === 'vision' }), exceptions };
}

/** The model ids a region answer lists, under the question's tier cue. */
function trainableIds(t: RegionTraining, tier: TierId | null): string[] {
  const pick = tier === 'standard' ? t.standard : tier === 'global' ? (t.global ?? []) : tier === null ? [...t.standard, ...(t.global ?? [])] : [];
  return [...new Set(pick)];
}

function regionAnswer(q: Question, catalog: CatalogService): Answer {
  const b = base(q, catalog);
  const all = q.regions.map((r) => regionTraining(catalog, r, q));
  const ids = [...new Set(all.flatMap((t) => trainableIds(t, q.tier)))];
  // Regions where something can be trained come first; a long area is cut, and says so.
  const places = [...all].sort((x, y) => Number(trainableIds(y, q.tier).length > 0) - Number(trainableIds(x, q.tier).length > 0)).slice(0, MAX_PAIRS);
  if (all.length > places.length) b.notes.unshift(`Showing ${places.length} of ${all.length} regions, those with fine-tuning first.`);
  const order = new Map(catalog.modelIds.map((id, i) => [id, i]));
  ids.sort((x, y) => order.get(x)! - order.get(y)!);
  const where = q.place ? q.place.name : joinAnd(places.map((t) => t.place.name));
  const tierWords = q.tier ? ` with ${tierLabel(q.tier)} training` : '';
  const what = q.modality === 'vision' ? 'vision models' : 'models';
  const globalUnknown = places.some((t) => t.global === null) && q.tier !== 'standard';
  let headline: string;
  let reason: string;
  if (q.tier === 'developer' || q.tier === 'datazone') {
    headline = `Not stated: the document lists no regions for ${tierLabel(q.tier)} training`;
    reason = `${tierLabel(q.tier)} training is marked per model; no regions are listed for it.`;
  } else if (ids.length) {
    headline = `${plural(ids.length, q.modality === 'vision' ? 'vision model' : 'model')} can be fine-tuned in ${where}${tierWords}`;
    const withTraining = all.filter((t) => trainableIds(t, q.tier).length > 0);
    const withStandard = all.filter((t) => t.standard.length > 0 && q.tier !== 'global');
    reason =
      all.length === 1
        ? `${[
            withStandard.length ? `${plural(all[0]!.standard.length, 'model')} with Standard training (data residency)` : 'none with Standard training (data residency)',
            q.tier !== 'standard' && all[0]!.global ? `${plural(all[0]!.global.length, 'model')} with Global training` : '',
          ]
            .filter(Boolean)
            .join(', ')
            .replace(/^./, (c) => c.toUpperCase())}.`
        : `Fine-tuning in ${withTraining.length} of ${all.length} regions${withStandard.length ? `; with data residency (Standard) only in ${joinAnd(withStandard.map((t) => t.place.name))}` : '; none with Standard training (data residency)'}.`;
  } else {
    headline = globalUnknown
      ? `No ${what} with Standard training in ${where}; Global regions not stated`
      : `No ${what} can be fine-tuned in ${where}${tierWords}`;
    const noVision = q.modality === 'vision' ? all.filter((t) => catalog.globalRegion(t.place.region)?.exceptions.some((x) => x.kind === 'no-vision')) : [];
    reason = noVision.length
      ? `${joinAnd(noVision.map((t) => t.place.name))}: no vision support for Global training; text-only fine-tuning works there.`
      : `${where} is not among the regions the document lists${tierWords}.`;
  }
  return {
    kind: 'region',
    ...b,
    verdict: null,
    headline,
    subject: where,
    reason,
    matches: q.tier === 'developer' || q.tier === 'datazone' ? [] : ids,
    places,
    meanings: meanings(catalog, catalog.data.tiers),
  };
}

function allFacts(catalog: CatalogService): ModelFacts[] {
  return catalog.modelIds.map((id) => modelFacts(catalog, id)!);
}

function listModels(q: Question, catalog: CatalogService): Answer {
  const facts = allFacts(catalog);
  return {
    kind: 'list-models',
    ...base(q, catalog),
    verdict: null,
    headline: `${plural(facts.length, 'model')} can be fine-tuned`,
    subject: 'All fine-tunable models',
    reason: joinAnd(facts.map((f) => f.id)),
    matches: facts.map((f) => f.id),
    facts,
  };
}

function listRegions(q: Question, catalog: CatalogService): Answer {
  const b = base(q, catalog);
  if (q.tier === 'developer' || q.tier === 'datazone') {
    // These tiers are marked per model; the document lists no regions for them, so none are invented.
    const ids = catalog.modelsWhere(q.tier);
    return {
      kind: 'list-regions',
      ...b,
      verdict: null,
      headline: `Not stated: the document lists no regions for ${tierLabel(q.tier)} training`,
      subject: 'Fine-tuning regions',
      reason: ids.length
        ? `${tierLabel(q.tier)} training is marked per model (${joinAnd(ids)}); no regions are listed for it.`
        : `No model in the document has ${tierLabel(q.tier)} training.`,
      matches: [],
      regionsList: [],
    };
  }
  const vision = q.modality === 'vision';
  const standardBy = new Map<string, string[]>();
  for (const id of catalog.modelIds) {
    const m = catalog.model(id)!.primary;
    if (vision && m.vision !== true) continue;
    for (const r of m.standardRegions) standardBy.set(r, [...(standardBy.get(r) ?? []), id]);
  }
  // With images, a Global region without vision support does not count.
  const global = (catalog.globalRegions() ?? []).filter((g) => !(vision && g.exceptions.some((x) => x.kind === 'no-vision')));
  const names = new Set<string>();
  if (q.tier !== 'global') standardBy.forEach((_, r) => names.add(r));
  if (q.tier !== 'standard') global.forEach((g) => names.add(g.region));
  const list: RegionSummary[] = [...names]
    .map((r) => {
      const p = place(catalog, r);
      const g = catalog.globalRegion(r);
      return { ...p, standard: standardBy.get(r) ?? [], global: !!g, exceptions: (g?.exceptions ?? []).map((x) => x.text) };
    })
    .sort((a, b) => a.geography.localeCompare(b.geography) || a.name.localeCompare(b.name));
  if (catalog.hasTier('global') && catalog.globalRegions() === null) b.notes.unshift('This document marks models for Global training but does not list the Global regions.');
  const std = list.filter((r) => r.standard.length).length;
  return {
    kind: 'list-regions',
    ...b,
    verdict: null,
    headline: `Fine-tuning is available in ${plural(list.length, 'region')}${q.tier ? ` with ${tierLabel(q.tier)} training` : ''}`,
    subject: 'Fine-tuning regions',
    reason: `${plural(std, 'region')} with Standard training${catalog.globalRegions() ? `, ${plural(global.length, 'region')} with Global training` : ''}.`,
    matches: list.map((r) => r.region),
    regionsList: list,
  };
}

const FILTER_WORDS: Record<ModelFilter, string> = {
  vision: 'support vision (image) fine-tuning',
  developer: 'have a Developer tier',
  preview: 'are in preview',
  global: 'support Global training',
  standard: 'support Standard (regional) training',
  datazone: 'support Data zone training',
};

function filterAnswer(q: Question, catalog: CatalogService): Answer {
  const filter = q.filter ?? 'vision';
  const words = FILTER_WORDS[filter];
  const facts = catalog.modelsWhere(filter).map((id) => modelFacts(catalog, id)!);
  return {
    kind: 'filter',
    ...base(q, catalog),
    verdict: null,
    headline: facts.length ? `${plural(facts.length, 'model')} ${words}` : `No model in the document ${words.replace(/^(support|have|are)/, (w) => ({ support: 'supports', have: 'has', are: 'is' })[w]!)}`,
    subject: `Models that ${words}`,
    reason: facts.length ? joinAnd(facts.map((f) => f.id)) : 'None in the document.',
    matches: facts.map((f) => f.id),
    filter,
    facts,
  };
}

function compareAnswer(q: Question, catalog: CatalogService): Answer {
  const b = base(q, catalog);
  const facts = namedFacts(q, catalog);
  if (b.notInTable.length) b.notes.unshift(notInTableLine(b.notInTable, catalog));
  const ids = facts.map((f) => f.id);
  const common = facts.length > 1 ? facts.map((f) => f.standardRegions.map((p) => p.name)).reduce((a, c) => a.filter((x) => c.includes(x))) : [];
  return {
    kind: 'compare',
    ...b,
    verdict: b.notInTable.length ? 'no' : null,
    // "training data cutoff for gpt-4o vs gpt-4.1": the fact asked, for each; else what is compared.
    headline: q.asks && facts.length ? factHeadline(q.asks, facts) : `${ids.join(' vs ')}${b.notInTable.length ? ` (${joinAnd(b.notInTable)} not fine-tunable)` : ''}`,
    subject: ids.join(' vs '),
    reason:
      facts.length < 2
        ? `Only ${joinAnd(ids) || 'none'} of these ${ids.length === 1 ? 'is' : 'are'} in the fine-tuning table.`
        : common.length
          ? `${facts.length === 2 ? 'Both have' : 'All have'} Standard training in ${joinAnd(common)}.`
          : 'No Standard region in common.',
    matches: [],
    facts,
  };
}

function clarifyAnswer(q: Question, catalog: CatalogService): Answer {
  const c = q.clarify!;
  // Each candidate carries the question re-asked with it, so one click answers it.
  const said = new RegExp(c.said.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i');
  const candidates = c.candidates.map((id) => {
    const label = c.kind === 'region' ? catalog.regions.displayName(id) : id;
    const ask = said.test(q.text) ? q.text.replace(said, label) : `${q.text} ${label}`;
    return { id, label, ask };
  });
  // A name the bot does not know is said back as typed, with what it resembles: never answered as one.
  const unknown = c.unknown === true;
  const what = c.kind === 'model' ? `Microsoft's fine-tuning table (document of ${catalog.data.source.date}) lists no model called “${c.said}”` : `“${c.said}” is not an Azure public region I know`;
  return {
    kind: 'clarify',
    ...base(q, catalog),
    verdict: null,
    headline: unknown ? `I don't know a ${c.kind} called “${c.said}”` : `Which ${c.kind} do you mean by “${c.said}”?`,
    subject: unknown ? (candidates.length ? `It resembles ${joinAnd(candidates.map((x) => x.label), 'and')}` : what) : `“${c.said}” fits ${plural(candidates.length, c.kind)}`,
    reason: unknown
      ? `${what}, so I won't answer for a ${c.kind} it only resembles.${candidates.length ? ` Did you mean ${joinAnd(candidates.map((x) => x.label), 'or')}?` : ''}`
      : `Did you mean ${joinAnd(candidates.map((x) => x.label), 'or')}?`,
    matches: c.candidates,
    about: c.kind,
    said: c.said,
    candidates,
  };
}

function helpAnswer(q: Question, catalog: CatalogService, kind: 'help' | 'unknown'): Answer {
  const b = base(q, catalog);
  const offTopic = q.offTopic;
  if (b.notInTable.length) b.notes.unshift(notInTableLine(b.notInTable, catalog));
  const headline =
    kind === 'help'
      ? 'Ask me where you can fine-tune Azure OpenAI models'
      : offTopic
        ? `I can't answer questions about ${offTopic}`
        : "Sorry, I didn't understand that";
  const reason =
    kind === 'help'
      ? 'I answer from Microsoft Learn’s fine-tuning model table: models, training tiers, regions and limits.'
      : `I answer from Microsoft Learn’s fine-tuning model table: which models can be fine-tuned where, with which training tier, and their limits${offTopic ? `; it does not cover ${offTopic}` : ''}. See the Learn page for more.`;
  return { kind, ...b, verdict: null, headline, subject: 'Fine-Tune Scout', reason, matches: [], examples: exampleQuestions(catalog) };
}

export function answer(q: Question, catalog: CatalogService): Answer {
  const a = route(q, catalog);
  // A real model that is not in the table is a "no", whatever else was asked; a clarification still only asks.
  return a.verdict === null && a.notInTable.length > 0 && a.kind !== 'clarify' && q.clarify === null ? { ...a, verdict: 'no' } : a;
}

function route(asked: Question, catalog: CatalogService): Answer {
  // A remembered question may name a model from an earlier catalog (after a refresh or a redeploy): a
  // model this catalog does not list is, for this answer, a model the table does not list.
  const q = asked.models.every((m) => m.source !== 'catalog' || catalog.model(m.id))
    ? asked
    : { ...asked, models: asked.models.map((m) => (m.source === 'catalog' && !catalog.model(m.id) ? { ...m, source: 'other' as const } : m)) };
  const hasCatalogModel = q.models.some((m) => m.source === 'catalog');
  const hasOther = q.models.some((m) => m.source === 'other');
  // Only a region outside the public cloud was named: the documents say nothing for it.
  if (q.outside !== null && q.regions.length === 0 && q.intent !== 'help' && q.clarify === null) return outsideAnswer(q, catalog);
  switch (q.intent) {
    case 'check':
      if (!hasCatalogModel) return hasOther ? notInTableAnswer(q, catalog) : helpAnswer(q, catalog, 'unknown');
      if (q.regions.length === 0) return modelAnswer(q, catalog);
      return checkAnswer(q, catalog);
    case 'model':
      if (!hasCatalogModel) return hasOther ? notInTableAnswer(q, catalog) : helpAnswer(q, catalog, 'unknown');
      return modelAnswer(q, catalog);
    case 'compare':
      if (!hasCatalogModel) return hasOther ? notInTableAnswer(q, catalog) : helpAnswer(q, catalog, 'unknown');
      return compareAnswer(q, catalog);
    case 'region':
      if (q.regions.length === 0) return helpAnswer(q, catalog, 'unknown');
      return regionAnswer(q, catalog);
    case 'list-models':
      return listModels(q, catalog);
    case 'list-regions':
      return listRegions(q, catalog);
    case 'filter':
      return filterAnswer(q, catalog);
    case 'clarify':
      return q.clarify && (q.clarify.candidates.length || q.clarify.unknown) ? clarifyAnswer(q, catalog) : helpAnswer(q, catalog, 'unknown');
    case 'help':
      return helpAnswer(q, catalog, 'help');
    default:
      return hasOther && !q.offTopic ? notInTableAnswer(q, catalog) : helpAnswer(q, catalog, 'unknown');
  }
}
