// answer(question, catalog) -> Answer: pure, over the catalog. Every fact comes from the catalog (the
// imported document and the tiers fact sheet); this file only decides which facts answer the question.
import type { CatalogService, ModelFilter } from '../catalog/catalog';
import type { Model, TierId } from '../catalog/schema';
import type { Provenance } from '../catalog/schema-v2';
import { catalogModelIds, methodId, type FilterCue, type OffTopic, type Question } from '../question';
import { alternatives, checkOne, yesTiers } from './check';
import { exampleQuestions } from './examples';
import { factHeadline } from './asked-fact';
import { modelFacts, place } from './facts';
import type { Answer, CheckResult, ModelFacts, RegionSummary, RegionTraining, SourceInfo, TierMeaning, Verdict } from './types';
import { joinAnd, plural, tierLabel } from './words';
import { noLongerStatedLine, sourcesOf, trainingFacts } from './sources';
import { deployAnswer } from './deploy';
import { changesAnswer } from './changes';
import { dataZoneAsWhole, interactiveCheck, interactiveOfModel, invitationTexts, methodOfModel, onlyByInvitation, type Decided } from './current-facts';

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

/** What an answer rests on, when it is not the training facts of the models it names. */
interface About {
  /** The facts whose documents the answer names (default: the training facts of its models, or of all). */
  froms?: readonly (Provenance | null | undefined)[];
  /** False for answers that are not about training (deployment, changes): the catalog's training notes are left out. */
  training?: boolean;
}

function base(q: Question, catalog: CatalogService, about: About = {}) {
  const models = catalogModelIds(q);
  const training = about.training !== false;
  const interactive = q.filters.some((f) => f.filter === 'interactive');
  // The interactive-training note is about interactive training: said when that is what is asked.
  const notes = training ? catalog.data.notes.filter((n) => interactive || catalog.data.schemaVersion === 1 || !/^Interactive training\b/.test(n)) : [];
  const stale = training ? noLongerStatedLine(catalog, models) : null;
  return {
    intent: q.intent,
    models,
    regions: [...q.regions],
    notInTable: q.models.filter((m) => m.source === 'other').map((m) => m.id),
    notes: [...renamedLines(q, catalog), ...(q.outside ? [outsideLine(q.outside, catalog)] : []), ...(stale ? [stale] : []), ...notes],
    source: source(catalog),
    sources: sourcesOf(catalog, about.froms ?? trainingFacts(catalog, models.length ? models : catalog.modelIds)),
  };
}

/** Builds an answer's common part from the facts it rests on (for the answers made in their own files). */
export type MakeBase = (about: About) => ReturnType<typeof base>;

/** "Qwen-32B is now called Qwen3-32B": an old name is answered as the model it became, and says so. */
function renamedLines(q: Question, catalog: CatalogService): string[] {
  return q.models.flatMap((m) => {
    if (m.renamedFrom === undefined) return [];
    const r = catalog.stated.model(m.id)?.renamedFrom.find((x) => x.name === m.renamedFrom);
    const last = r?.lastListed ? ` (the name the documents used until ${r.lastListed.date})` : '';
    return [`${m.renamedFrom} is now called ${m.id}${last}: this answer is about ${m.id}.`];
  });
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
  const b = base(q, catalog, { froms: trainingFacts(catalog, catalogModelIds(q), q.tier === 'datazone') });
  const refs = q.models.filter((m) => m.source === 'catalog');
  const results: CheckResult[] = [];
  for (const ref of refs) {
    const row = catalog.row(ref.id, ref.version) ?? catalog.model(ref.id)!.primary;
    for (const region of q.regions) results.push(checkOne(catalog, row, region, q));
  }
  const facts = namedFacts(q, catalog);
  // Over a whole area, the places where it works come first, so a cut list never hides them.
  // Places with data residency (Standard) lead the yeses.
  const rank = (r: CheckResult) => ({ yes: 1, unknown: 2, no: 3 })[r.verdict] - (yesTiers(r, q.tier, q.excludeTiers).includes(tierLabel('standard')) ? 1 : 0);
  const shown = [...results].sort((x, y) => rank(x) - rank(y)).slice(0, MAX_PAIRS);
  const verdict: Verdict = results.some((r) => r.verdict === 'yes')
    ? 'yes'
    : results.some((r) => r.verdict === 'unknown') || results.length === 0
      ? 'unknown'
      : 'no';
  const where = q.place ? q.place.name : joinAnd(q.regions.map((r) => catalog.regions.displayName(r)));
  const subject = `${joinAnd(b.models)} in ${where}`;
  const first = results[0];
  const ex = q.excludeTiers;
  let headline: string;
  let reason: string;
  // Asked in the negative ("can gpt-4o NOT be fine-tuned in X?"), a bare "Yes" or "No" can be read either
  // way: the headline then states the fact in words.
  let fact = '';
  const say = (answer: string, inWords: string): string => {
    fact = inWords;
    return q.negated ? inWords : answer;
  };
  if (results.length === 1 && first) {
    const tiers = yesTiers(first, q.tier, ex);
    const limiting = first.tiers.find((t) => t.tier === q.tier);
    if (verdict === 'yes') {
      const textOnly = first.tiers.some((t) => t.status === 'yes' && /text-only/.test(t.reason));
      const how = `${joinAnd(tiers, 'or')} training${textOnly && tiers.length === 1 ? ' (text-only data)' : ''}`;
      headline = say(`Yes, with ${how}`, `${first.model} can be fine-tuned in ${first.place.name} with ${how}`);
      const resNo = first.tiers.find((t) => t.tier === 'standard' && t.status === 'no');
      reason =
        first.tiers.find((t) => t.status === 'yes' && (q.tier === null || t.tier === q.tier) && !ex.includes(t.tier))!.reason +
        (resNo && q.tier === null && !ex.includes('standard') ? ` Not with Standard training: ${resNo.reason}` : '');
    } else if (verdict === 'no') {
      const cant = `${first.model} can't be fine-tuned in ${first.place.name}${q.tier ? ` with ${tierLabel(q.tier)} training` : ''}${q.modality === 'vision' ? ' with images' : ''}`;
      headline = say(`No, ${cant}`, cant);
      reason = (limiting ?? first.tiers.find((t) => t.tier === 'global') ?? first.tiers[0])?.reason ?? '';
    } else {
      const notStated = `Not stated: the document doesn't say whether ${first.model} can be fine-tuned in ${first.place.name}${q.tier ? ` with ${tierLabel(q.tier)} training` : ''}`;
      headline = say(notStated, notStated);
      const undescribed = q.tier !== null && !limiting;
      reason = undescribed
        ? `This document does not describe ${tierLabel(q.tier!)} training for ${first.model}.`
        : ex.includes('standard') && ex.includes('global') && q.tier === null
          ? 'With Standard and Global training ruled out, only tiers whose regions the document does not list are left.'
          : ((limiting ?? first.tiers.find((t) => t.status === 'unknown'))?.reason ?? '');
    }
  } else {
    const yes = results.filter((r) => r.verdict === 'yes');
    const label = (r: CheckResult) => (refs.length > 1 ? `${r.model} in ${r.place.name}` : r.place.name);
    const several = (xs: CheckResult[]) => (xs.length > 4 ? `${xs.slice(0, 4).map(label).join(', ')} and ${xs.length - 4} more` : joinAnd(xs.map(label)));
    const what = refs.length > 1 ? 'combinations' : 'regions';
    const inPlace = q.place ? ` in ${q.place.name}` : '';
    headline =
      verdict === 'yes'
        ? say(
            `Yes, in ${yes.length} of ${results.length} ${what}${inPlace}`,
            `${joinAnd(b.models)} can be fine-tuned in ${yes.length} of ${results.length} ${what}${inPlace}`,
          )
        : verdict === 'no'
          ? say(
              `No, not in any of the ${results.length} ${what} asked about`,
              `${joinAnd(b.models)} can't be fine-tuned in any of the ${results.length} ${what} asked about`,
            )
          : say(`Not stated: the document doesn't say for ${where}`, `Not stated: the document doesn't say for ${where}`);
    // Data residency is what people choose between: name the Standard places first.
    const residency = yes.filter((r) => yesTiers(r, q.tier, ex).includes(tierLabel('standard')));
    const globalOnly = yes.filter((r) => !residency.includes(r));
    reason = yes.length
      ? [
          residency.length ? `With data residency (Standard): ${several(residency)}.` : 'None with data residency (Standard).',
          globalOnly.length ? `Global only (no data residency): ${several(globalOnly)}.` : '',
        ]
          .filter(Boolean)
          .join(' ')
      : (((q.tier ? first?.tiers.find((t) => t.tier === q.tier) : undefined) ?? first?.tiers.find((t) => t.status !== 'yes'))?.reason ?? '');
  }
  const byMethod =
    q.method === null
      ? null
      : methodVerdict(
          q.method,
          refs.map((r) => catalog.row(r.id, r.version) ?? catalog.model(r.id)!.primary),
          where,
          verdict,
          headline,
          fact,
        );
  if (results.length > shown.length) b.notes.unshift(`Showing ${shown.length} of ${results.length} region checks.`);
  // "Partial" includes a yes without data residency: people who need residency want the Standard regions.
  const partial = first !== undefined && first.tiers.some((t) => t.tier === 'standard' && t.status !== 'yes');
  const alts =
    first && (verdict !== 'yes' || (partial && results.length === 1))
      ? alternatives(catalog, catalog.row(first.model, refs[0]?.version ?? null) ?? catalog.model(first.model)!.primary, first, q)
      : [];
  const versionNote = facts
    .filter((f) => f.versionAsked)
    .map(
      (f) => `The table lists ${f.id} version ${joinAnd(f.versions) || 'with no version'}, not ${f.versionAsked}; the rows below are for the listed version.`,
    );
  // A version the table does not list is not the listed one: what the listed version can do is shown,
  // never as the answer about the version asked.
  const unlisted = facts.find((f) => f.versionAsked);
  if (unlisted) {
    reason = `For the listed version (${joinAnd(unlisted.versions) || 'no version given'}): ${headline}. ${reason}`;
    headline = `Not stated: the table lists ${unlisted.id} version ${joinAnd(unlisted.versions) || 'with no version'}, not ${unlisted.versionAsked}`;
  }
  // What only the current documents state: the US data zone as a whole, interactive training, invitations.
  const ids = refs.map((r) => r.id);
  const current =
    unlisted || byMethod?.verdict === 'no'
      ? null
      : (dataZoneAsWhole(q, catalog, ids) ?? (q.filters.some((f) => f.filter === 'interactive') ? interactiveCheck(catalog, ids, q.regions) : null));
  const finalVerdict: Verdict = unlisted ? 'unknown' : (current?.verdict ?? byMethod?.verdict ?? verdict);
  let finalHeadline = unlisted ? headline : (current?.headline ?? byMethod?.headline ?? headline);
  const invitation = finalVerdict === 'yes' ? invitationTexts(catalog, ids, q.method) : [];
  if (invitation.length && (q.method !== null || ids.every((id) => onlyByInvitation(catalog, id)))) {
    finalHeadline = `${finalHeadline} (by invitation only)`;
  }
  // A yes that rests on the Standard regions of an older document alone says so in the headline.
  const oldYes = results.length === 1 && first ? oldListOnly(first, q) : null;
  if (finalVerdict === 'yes' && current === null && oldYes) finalHeadline = `${finalHeadline} (Standard regions as last listed on ${oldYes})`;
  return {
    kind: 'check',
    ...b,
    notes: [...invitation, ...versionNote, ...(b.notInTable.length ? [notInTableLine(b.notInTable, catalog)] : []), ...b.notes],
    verdict: finalVerdict,
    headline: finalHeadline,
    subject,
    reason: current ? current.reason : byMethod ? `${byMethod.reason} ${reason}` : reason,
    matches: [],
    results: shown,
    facts,
    alternatives: alts,
    meanings: meanings(catalog, catalog.data.tiers),
  };
}

/** The date of the older list when a check's only yes is Standard training from it, else null. */
function oldListOnly(r: CheckResult, q: Question): string | null {
  const yes = r.tiers.filter((t) => t.status === 'yes' && (t.tier === 'standard' || t.tier === 'global') && (q.tier === null || t.tier === q.tier));
  if (yes.length !== 1 || yes[0]!.tier !== 'standard') return null;
  return yes[0]!.listedOn ?? null;
}

/**
 * A check that names a training method ("DPO on gpt-4o in Sweden Central"): the document's tiers say where
 * fine-tuning is available, not with which method, so without a methods column the verdict is "not stated"
 * for the method; the tier facts stay in the reason, under words that say what they are about.
 */
function methodVerdict(
  method: string,
  rows: readonly Model[],
  where: string,
  verdict: Verdict,
  tierHeadline: string,
  fact: string,
): { verdict: Verdict; headline: string; reason: string } {
  const ids = joinAnd(rows.map((r) => r.id));
  const listed = rows.filter((r) => r.methods !== null);
  const has = (r: Model) => (r.methods ?? []).some((x) => x.toLowerCase() === method.toLowerCase() || x.toLowerCase().includes(method.toLowerCase()));
  if (listed.length === rows.length && rows.every(has)) {
    return { verdict, headline: tierHeadline, reason: `The document lists ${method} for ${ids}.` };
  }
  if (listed.length === rows.length && !rows.some(has)) {
    return {
      verdict: 'no',
      headline: `No, the document doesn't list ${method} for ${ids}, in ${where} or anywhere`,
      reason: `${listed.map((r) => `${r.id}: ${joinAnd(r.methods ?? [])}`).join('; ')}. Where fine-tuning itself is available: ${fact}.`,
    };
  }
  return {
    verdict: 'unknown',
    headline: `Not stated: the document doesn't say whether ${ids} can be fine-tuned with ${method} in ${where}`,
    reason: `This document lists no training methods${listed.length ? ' for every model asked about' : ''}. What it says about fine-tuning itself: ${fact}.`,
  };
}

function notInTableAnswer(q: Question, catalog: CatalogService): Answer {
  const b = base(q, catalog);
  const ids = b.notInTable;
  return {
    kind: 'model',
    ...b,
    verdict: 'no',
    headline: q.negated ? `${joinAnd(ids)} can't be fine-tuned: not in the document's table` : `No, ${joinAnd(ids)} can't be fine-tuned`,
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
  const notes = f.versionAsked ? [`The table lists ${f.id} version ${joinAnd(f.versions) || 'with no version'}, not ${f.versionAsked}.`, ...b.notes] : b.notes;
  if (b.notInTable.length) notes.unshift(notInTableLine(b.notInTable, catalog));
  // "Does o4-mini support DPO?", "does gpt-oss-20b support interactive training?": the fact asked, as a verdict.
  const method = methodId(q.method);
  const decided: Decided | null =
    facts.length === 1 && !f.versionAsked
      ? q.filters.some((x) => x.filter === 'interactive')
        ? interactiveOfModel(catalog, f.id)
        : method !== null
          ? methodOfModel(catalog, f.id, method)
          : null
      : null;
  if (decided) {
    // A model question has no verdict (`verdict` is a check's); the headline says yes or no in words.
    return { kind: 'model', ...b, notes, verdict: null, headline: decided.headline, subject: f.id, reason: decided.reason, matches: [], facts, meanings: [] };
  }
  const invitation = facts.flatMap((x) => (onlyByInvitation(catalog, x.id) ? invitationTexts(catalog, [x.id], null) : []));
  notes.unshift(...invitation);
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
    // "Where can't I fine-tune gpt-4o?": the places listed are all there are, when the Global list is stated.
    reason: `${f.versionAsked ? `For the listed version: ` : ''}${q.asks && f.versionAsked ? `${factHeadline(q.asks, facts)}. ` : ''}${f.id}: ${parts.join('; ')}.${q.negated && (f.global !== true || f.globalRegions !== null) ? " Anywhere not listed here, it can't be fine-tuned, per the document." : ''}`,
    matches: [],
    facts,
    meanings: meanings(catalog, catalog.data.tiers),
  };
}

/** Whether a model has every model property (preview) a region or region-list question filters by. */
function passesFilters(catalog: CatalogService, q: Question): (id: string) => boolean {
  const sets = q.filters.map((f) => ({ ...f, ids: new Set(f.negated ? catalog.modelsWithout(f.filter) : catalog.modelsWhere(f.filter)) }));
  return (id) => sets.every((f) => f.ids.has(id));
}

/** Whether a deciding tier counts for this question: within its tier, if any, and not ruled out. */
function counts(q: Question, tier: 'standard' | 'global'): boolean {
  return (q.tier === null || q.tier === tier) && !q.excludeTiers.includes(tier);
}

export function regionTraining(catalog: CatalogService, region: string, q: Question): RegionTraining {
  const p = place(catalog, region);
  // A footnote that names several models is one exception per model in the data, and one line here.
  const exceptions = [...new Set((catalog.globalRegion(region)?.exceptions ?? []).map((x) => `${p.name}: ${x.text}`))];
  const t = catalog.trainableIn(region, { vision: q.modality === 'vision' });
  if (q.filters.length === 0) return { place: p, ...t, exceptions };
  const byModel = passesFilters(catalog, q);
  const interactive = q.filters.find((f) => f.filter === 'interactive');
  // Interactive training is per model and per region (the Interactive column and its footnotes).
  const ok = (id: string): boolean =>
    byModel(id) && (interactive === undefined || (catalog.stated.interactiveTrainingAllowed(id, region).allowed === true) !== interactive.negated);
  return { place: p, standard: t.standard.filter(ok), global: t.global && t.global.filter(ok), developer: t.developer.filter(ok), exceptions };
}

/** The model ids a region answer lists, under the question's tier cue and the tiers it ruled out. */
function trainableIds(t: RegionTraining, q: Question): string[] {
  if (q.tier === 'developer' || q.tier === 'datazone') return [];
  return [...new Set([...(counts(q, 'standard') ? t.standard : []), ...(counts(q, 'global') ? (t.global ?? []) : [])])];
}

function regionAnswer(q: Question, catalog: CatalogService): Answer {
  const b = base(q, catalog);
  const all = q.regions.map((r) => regionTraining(catalog, r, q));
  const ids = [...new Set(all.flatMap((t) => trainableIds(t, q)))];
  // Regions where something can be trained come first; a long area is cut, and says so.
  const places = [...all].sort((x, y) => Number(trainableIds(y, q).length > 0) - Number(trainableIds(x, q).length > 0)).slice(0, MAX_PAIRS);
  if (all.length > places.length) b.notes.unshift(`Showing ${places.length} of ${all.length} regions, those with fine-tuning first.`);
  const order = new Map(catalog.modelIds.map((id, i) => [id, i]));
  ids.sort((x, y) => order.get(x)! - order.get(y)!);
  const where = q.place ? q.place.name : joinAnd(places.map((t) => t.place.name));
  const tierWords = q.tier ? ` with ${tierLabel(q.tier)} training` : '';
  const imageWords = q.modality === 'vision' ? ' with images' : '';
  const kindWords = q.filters.map((f) => (f.filter === 'preview' ? (f.negated ? 'non-preview ' : 'preview ') : '')).join('');
  const what = `${kindWords}${q.modality === 'vision' ? 'vision models' : 'models'}`;
  const globalUnknown = places.some((t) => t.global === null) && counts(q, 'global');
  let headline: string;
  let reason: string;
  let matches = ids;
  if (q.tier === 'developer' || q.tier === 'datazone') {
    headline = `Not stated: the document lists no regions for ${tierLabel(q.tier)} training`;
    reason = `${tierLabel(q.tier)} training is marked per model; no regions are listed for it.`;
    matches = [];
  } else if (q.negated) {
    // "Which models can NOT be fine-tuned in X?": the models of the document that the region list leaves out.
    const ok = passesFilters(catalog, q);
    const cant = catalog.modelIds.filter((id) => ok(id) && !ids.includes(id));
    const model = `${kindWords}model`;
    if (globalUnknown) {
      headline = `Not stated: the document doesn't list the Global regions, so it doesn't say which ${what} can't be fine-tuned in ${where}`;
      reason = `Standard training there: ${ids.length ? joinAnd(ids) : 'none'}.`;
      matches = [];
    } else {
      headline = cant.length
        ? `${plural(cant.length, model)} can't be fine-tuned in ${where}${tierWords}${imageWords}`
        : `Every ${model} in the document can be fine-tuned in ${where}${tierWords}${imageWords}`;
      reason = cant.length ? `Can't: ${joinAnd(cant)}.${ids.length ? ` Can: ${joinAnd(ids)}.` : ''}` : `All of them: ${joinAnd(ids)}.`;
      matches = cant;
    }
  } else if (ids.length) {
    headline = `${plural(ids.length, `${kindWords}${q.modality === 'vision' ? 'vision model' : 'model'}`)} can be fine-tuned in ${where}${tierWords}`;
    const withTraining = all.filter((t) => trainableIds(t, q).length > 0);
    const withStandard = all.filter((t) => t.standard.length > 0 && counts(q, 'standard'));
    reason =
      all.length === 1
        ? `${[
            withStandard.length
              ? `${plural(all[0]!.standard.length, 'model')} with Standard training (data residency)`
              : 'none with Standard training (data residency)',
            counts(q, 'global') && all[0]!.global ? `${plural(all[0]!.global.length, 'model')} with Global training` : '',
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
      : `${where} is not among the regions the document lists${tierWords}${kindWords ? ` for ${what}` : ''}.`;
  }
  return {
    kind: 'region',
    ...b,
    verdict: null,
    headline,
    subject: where,
    reason,
    matches,
    places,
    meanings: meanings(catalog, catalog.data.tiers),
  };
}

function allFacts(catalog: CatalogService): ModelFacts[] {
  return catalog.modelIds.map((id) => modelFacts(catalog, id)!);
}

/** Whether the document states a model's modality takes text (every chat model's does; null when it does not say). */
function takesText(f: ModelFacts): boolean | null {
  if (f.modality === null) return null;
  return /\btext\b/i.test(f.modality.split(/\bto\b/i)[0] ?? f.modality);
}

function listModels(q: Question, catalog: CatalogService): Answer {
  const facts = allFacts(catalog);
  const ids = facts.map((f) => f.id);
  if (q.negated) {
    // "Which models can't be fine-tuned?": the table lists fine-tunable models only.
    return {
      kind: 'list-models',
      ...base(q, catalog),
      verdict: null,
      headline: 'None of the models in the document: it lists only models that can be fine-tuned',
      subject: 'Models that cannot be fine-tuned',
      reason: `The document lists ${plural(ids.length, 'model')}, all fine-tunable: ${joinAnd(ids)}. A model it does not list can't be fine-tuned, per the document.`,
      matches: [],
      facts: [],
    };
  }
  if (q.modality === 'text') {
    const text = facts.filter((f) => takesText(f) === true);
    const unstated = facts.filter((f) => takesText(f) === null);
    return {
      kind: 'list-models',
      ...base(q, catalog),
      verdict: null,
      headline: `${plural(text.length, 'model')} can be fine-tuned with text-only data`,
      subject: 'Models that take text',
      reason: `${joinAnd(text.map((f) => f.id)) || 'None'}${unstated.length ? `; the document doesn't state the modality of ${joinAnd(unstated.map((f) => f.id))}` : ''}.`,
      matches: text.map((f) => f.id),
      facts: text,
    };
  }
  return {
    kind: 'list-models',
    ...base(q, catalog),
    verdict: null,
    headline: `${plural(facts.length, 'model')} can be fine-tuned`,
    subject: 'All fine-tunable models',
    reason: joinAnd(ids),
    matches: ids,
    facts,
  };
}

/** "Which regions have interactive training?": the Global training regions table's Interactive column. */
function interactiveRegions(q: Question, catalog: CatalogService): Answer | null {
  const cue = q.filters.find((f) => f.filter === 'interactive');
  const rows = catalog.stated.globalTrainingRegions();
  if (!cue || rows === null || rows.every((r) => r.interactive === null)) return null;
  const list = rows.filter((r) => (r.interactive === true) !== cue.negated);
  const regionsList: RegionSummary[] = list.map((r) => ({ ...place(catalog, r.region), standard: [], global: r.managed === true, exceptions: [] }));
  const b = base(q, catalog, { froms: [catalog.data.schemaVersion === 2 ? catalog.data.globalTrainingRegions?.from : null] });
  return {
    kind: 'list-regions',
    ...b,
    verdict: null,
    headline: cue.negated
      ? `${plural(list.length, 'region')} without interactive training`
      : `Interactive training (preview) is available in ${plural(list.length, 'region')}`,
    subject: 'Interactive training regions',
    reason: joinAnd(list.map((r) => r.name)),
    matches: list.map((r) => r.region),
    regionsList,
  };
}

function listRegions(q: Question, catalog: CatalogService): Answer {
  const byInteractive = interactiveRegions(q, catalog);
  if (byInteractive) return byInteractive;
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
  // Preview filters choose the models; a tier asked for in the negative leaves out the regions that have it.
  const lacking = q.filters.filter((f) => f.negated && (f.filter === 'standard' || f.filter === 'global')).map((f) => f.filter as 'standard' | 'global');
  const ok = passesFilters(catalog, { ...q, filters: q.filters.filter((f) => f.filter === 'preview') });
  const chosen = catalog.modelIds
    .filter(ok)
    .map((id) => catalog.model(id)!.primary)
    .filter((m) => !(vision && m.vision !== true));
  const standardBy = new Map<string, string[]>();
  for (const m of chosen) {
    for (const r of m.standardRegions) standardBy.set(r, [...(standardBy.get(r) ?? []), m.id]);
  }
  // With images, a Global region without vision support does not count; with no chosen Global model, none does.
  const anyGlobal = chosen.some((m) => m.global === true);
  const global = anyGlobal ? (catalog.globalRegions() ?? []).filter((g) => !(vision && g.exceptions.some((x) => x.kind === 'no-vision'))) : [];
  const globalSet = new Set(global.map((g) => g.region));
  const names = new Set<string>();
  if (lacking.length || counts(q, 'standard')) standardBy.forEach((_, r) => names.add(r));
  if (lacking.length || counts(q, 'global')) global.forEach((g) => names.add(g.region));
  for (const r of [...names]) {
    if ((lacking.includes('standard') && standardBy.has(r)) || (lacking.includes('global') && globalSet.has(r))) names.delete(r);
  }
  const list: RegionSummary[] = [...names]
    .map((r) => {
      const p = place(catalog, r);
      const g = catalog.globalRegion(r);
      return { ...p, standard: standardBy.get(r) ?? [], global: !!g && anyGlobal, exceptions: [...new Set((g?.exceptions ?? []).map((x) => x.text))] };
    })
    .sort((a, b) => a.geography.localeCompare(b.geography) || a.name.localeCompare(b.name));
  if (catalog.hasTier('global') && catalog.globalRegions() === null)
    b.notes.unshift('This document marks models for Global training but does not list the Global regions.');
  const kinds = q.filters.map((f) => (f.filter === 'preview' ? (f.negated ? ' for non-preview models' : ' for preview models') : '')).join('');
  const std = list.filter((r) => r.standard.length).length;
  const tierWords = q.tier ? ` with ${tierLabel(q.tier)} training` : '';
  if (lacking.length) {
    const without = joinAnd(
      lacking.map((t) => tierLabel(t)),
      'or',
    );
    const unstated = lacking.includes('global') && catalog.globalRegions() === null;
    return {
      kind: 'list-regions',
      ...b,
      verdict: null,
      headline: unstated
        ? 'Not stated: the document does not list the Global regions'
        : list.length
          ? `${plural(list.length, 'region')} the document lists for fine-tuning${kinds} have no ${without} training`
          : `Every region the document lists for fine-tuning${kinds} has ${without} training`,
      subject: `Fine-tuning regions without ${without} training`,
      reason: `A region the document does not list has no fine-tuning at all, per the document.${list.length ? ` Without ${without}: ${joinAnd(list.map((r) => r.name))}.` : ''}`,
      matches: unstated ? [] : list.map((r) => r.region),
      regionsList: unstated ? [] : list,
    };
  }
  return {
    kind: 'list-regions',
    ...b,
    verdict: null,
    headline: q.negated
      ? `Fine-tuning is available only in these ${plural(list.length, 'region')}${tierWords}${kinds}; per the document, nowhere else`
      : `Fine-tuning is available in ${plural(list.length, 'region')}${tierWords}${kinds}`,
    subject: 'Fine-tuning regions',
    reason: `${plural(std, 'region')} with Standard training${catalog.globalRegions() ? `, ${plural(counts(q, 'global') ? global.length : 0, 'region')} with Global training` : ''}.`,
    matches: list.map((r) => r.region),
    regionsList: list,
  };
}

/** How a filter reads: [plural, singular] when it holds, and when it does not. */
const FILTER_WORDS: Record<ModelFilter, { has: [string, string]; lacks: [string, string] }> = {
  vision: {
    has: ['support vision (image) fine-tuning', 'supports vision (image) fine-tuning'],
    lacks: ['take text only (no vision fine-tuning)', 'takes text only (no vision fine-tuning)'],
  },
  developer: { has: ['have a Developer tier', 'has a Developer tier'], lacks: ['have no Developer tier', 'has no Developer tier'] },
  preview: { has: ['are in preview', 'is in preview'], lacks: ['are not in preview', 'is not in preview'] },
  global: { has: ['support Global training', 'supports Global training'], lacks: ['do not support Global training', 'does not support Global training'] },
  standard: {
    has: ['support Standard (regional) training', 'supports Standard (regional) training'],
    lacks: ['have no Standard (regional) training, so no data residency', 'has no Standard (regional) training, so no data residency'],
  },
  datazone: { has: ['support Data zone training', 'supports Data zone training'], lacks: ['have no Data zone training', 'has no Data zone training'] },
  sft: { has: ['support SFT (supervised fine-tuning)', 'supports SFT (supervised fine-tuning)'], lacks: ['do not support SFT', 'does not support SFT'] },
  dpo: { has: ['support DPO (preference fine-tuning)', 'supports DPO (preference fine-tuning)'], lacks: ['do not support DPO', 'does not support DPO'] },
  rft: { has: ['support RFT (reinforcement fine-tuning)', 'supports RFT (reinforcement fine-tuning)'], lacks: ['do not support RFT', 'does not support RFT'] },
  interactive: {
    has: ['support interactive training (preview)', 'supports interactive training (preview)'],
    lacks: ['do not support interactive training', 'does not support interactive training'],
  },
};

function filterWords(filters: readonly FilterCue[], singular: boolean): string {
  return joinAnd(filters.map((f) => FILTER_WORDS[f.filter][f.negated ? 'lacks' : 'has'][singular ? 1 : 0]));
}

/**
 * "Which models …": every filter at once (AND). A negated filter lists the models the document marks as
 * without it; models it says nothing about are neither, and the answer names them.
 */
function filterAnswer(q: Question, catalog: CatalogService): Answer {
  const filters: FilterCue[] = q.filters.length ? q.filters : [{ filter: 'vision', negated: false }];
  const sets = filters.map((f) => new Set(f.negated ? catalog.modelsWithout(f.filter) : catalog.modelsWhere(f.filter)));
  const ids = catalog.modelIds.filter((id) => sets.every((set) => set.has(id)));
  const facts = ids.map((id) => modelFacts(catalog, id)!);
  const b = base(q, catalog);
  const unstated = filters
    .filter((f) => f.negated)
    .flatMap((f) => {
      const known = new Set([...catalog.modelsWhere(f.filter), ...catalog.modelsWithout(f.filter)]);
      const left = catalog.modelIds.filter((id) => !known.has(id));
      return left.length ? [`The document doesn't say whether ${joinAnd(left)} ${FILTER_WORDS[f.filter].has[left.length === 1 ? 1 : 0]}.`] : [];
    });
  b.notes.unshift(...unstated);
  const words = filterWords(filters, false);
  // "Which vision models can't be fine-tuned?": none; the table lists fine-tunable models only.
  const cantAtAll = q.negated && !filters.some((f) => f.negated);
  const only = filters.length === 1 ? filters[0]! : null;
  // "Which models lack Data zone training?" of a document without that column: not stated, not "none".
  const noneStated = only !== null && only.negated && unstated.length > 0 && ids.length === 0;
  return {
    kind: 'filter',
    ...b,
    verdict: null,
    headline: cantAtAll
      ? `None: the document lists only models that can be fine-tuned (${plural(ids.length, 'model')} ${ids.length === 1 ? filterWords(filters, true) : words})`
      : noneStated
        ? `Not stated: the document doesn't say which models ${words}`
        : ids.length
          ? `${plural(ids.length, 'model')} ${ids.length === 1 ? filterWords(filters, true) : words}`
          : only?.negated
            ? `Every model in the document ${FILTER_WORDS[only.filter].has[1]}`
            : `No model in the document ${filterWords(filters, true)}`,
    subject: `Models that ${words}`,
    reason: ids.length ? joinAnd(ids) : 'None in the document.',
    matches: cantAtAll ? [] : ids,
    filter: filters.map((f) => `${f.negated ? 'not ' : ''}${f.filter}`).join(' and '),
    filters,
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
    headline:
      q.asks && facts.length ? factHeadline(q.asks, facts) : `${ids.join(' vs ')}${b.notInTable.length ? ` (${joinAnd(b.notInTable)} not fine-tunable)` : ''}`,
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
  const what =
    c.kind === 'model'
      ? `Microsoft's fine-tuning table (document of ${catalog.data.source.date}) lists no model called “${c.said}”`
      : `“${c.said}” is not an Azure public region I know`;
  return {
    kind: 'clarify',
    ...base(q, catalog),
    verdict: null,
    headline: unknown ? `I don't know a ${c.kind} called “${c.said}”` : `Which ${c.kind} do you mean by “${c.said}”?`,
    subject: unknown
      ? candidates.length
        ? `It resembles ${joinAnd(
            candidates.map((x) => x.label),
            'and',
          )}`
        : what
      : `“${c.said}” fits ${plural(candidates.length, c.kind)}`,
    reason: unknown
      ? `${what}, so I won't answer for a ${c.kind} it only resembles.${
          candidates.length
            ? ` Did you mean ${joinAnd(
                candidates.map((x) => x.label),
                'or',
              )}?`
            : ''
        }`
      : `Did you mean ${joinAnd(
          candidates.map((x) => x.label),
          'or',
        )}?`,
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

/** What the document does not cover, said in one line beside an answer to the rest of the message. */
const OUTSIDE_WORDS: Record<OffTopic, string> = {
  pricing: 'prices or costs',
  quota: 'quotas or rate limits',
  methods: 'training methods or hyperparameters',
  'how-to': 'how to deploy, upload data or use the portal, API or SDK',
};

export function asideLine(topic: OffTopic): string {
  return `The document doesn't cover ${OUTSIDE_WORDS[topic]}: this answer is only about where fine-tuning is available.`;
}

export function answer(q: Question, catalog: CatalogService): Answer {
  const a = route(q, catalog);
  const asking = a.kind === 'clarify' || a.kind === 'help' || a.kind === 'unknown';
  const lines = [
    ...(q.aside !== null && !asking ? [asideLine(q.aside)] : []),
    // A method carried onto a question that is not a check (a check says it in its verdict).
    ...(q.method !== null && !asking && a.kind !== 'check' && !catalog.states.methods
      ? [`The document states no training methods, so it doesn't say whether ${q.method} can be used.`]
      : []),
  ];
  const said = lines.length ? { ...a, notes: [...lines, ...a.notes] } : a;
  // A real model that is not in the table is a "no", whatever else was asked; a clarification asks back, with no verdict.
  return said.verdict === null && said.notInTable.length > 0 && said.kind !== 'clarify' && q.clarify === null ? { ...said, verdict: 'no' } : said;
}

function route(asked: Question, catalog: CatalogService): Answer {
  // A remembered or watched question may name a model as another catalog read it (after a refresh or a
  // redeploy): a model this catalog lists is the table's model, one it does not list is a model the table does
  // not list ("tell me when gpt-5 can be fine-tuned" turns into the table's gpt-5 once the table lists it).
  const source = (m: Question['models'][number]) => (catalog.model(m.id) ? ('catalog' as const) : ('other' as const));
  const q = asked.models.every((m) => m.source === source(m)) ? asked : { ...asked, models: asked.models.map((m) => ({ ...m, source: source(m) })) };
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
    case 'deploy':
      return deployAnswer(q, catalog, (about) => base(q, catalog, { ...about, training: false }));
    case 'changes':
      return changesAnswer(q, catalog, (about) => base(q, catalog, { ...about, training: false }));
    case 'clarify':
      return q.clarify && (q.clarify.candidates.length || q.clarify.unknown) ? clarifyAnswer(q, catalog) : helpAnswer(q, catalog, 'unknown');
    case 'help':
      return helpAnswer(q, catalog, 'help');
    default:
      return hasOther && !q.offTopic ? notInTableAnswer(q, catalog) : helpAnswer(q, catalog, 'unknown');
  }
}
