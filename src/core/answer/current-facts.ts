// The verdicts only the current documents make possible: invitation-only access, the US data zone as a
// whole, interactive training per model and region, and managed methods asked of one model. Each returns
// null when the catalog does not state what it needs, so a catalog of the 2025 table answers as it did.
import type { CatalogService } from '../catalog/catalog';
import type { MethodId, Question } from '../question';
import type { Verdict } from './types';
import { joinAnd } from './words';

export interface Decided {
  verdict: Verdict;
  headline: string;
  reason: string;
}

/** "GPT-5 reinforcement fine-tuning requires an invitation …" for the models named (and the method, when one is). */
export function invitationTexts(catalog: CatalogService, ids: readonly string[], method: string | null): string[] {
  const out: string[] = [];
  for (const id of ids) {
    for (const a of catalog.stated.model(id)?.access.value ?? []) {
      const applies = method === null || a.methods === null || a.methods.some((m) => m.toLowerCase() === method.toLowerCase());
      if (applies && !out.includes(a.text)) out.push(a.text);
    }
  }
  return out;
}

/** Whether every managed method the model has needs an invitation (gpt-5: RFT only, by invitation). */
export function onlyByInvitation(catalog: CatalogService, id: string): boolean {
  const m = catalog.stated.model(id);
  const methods = m?.methods?.value ?? [];
  const gated = new Set((m?.access.value ?? []).flatMap((a) => (a.methods ?? []).map((x) => x.toLowerCase())));
  return methods.length > 0 && methods.every((x) => gated.has(x.toLowerCase()));
}

/** "Can I train gpt-4.1 in the US data zone?": the zone as a whole, which is what Data zone training is. */
export function dataZoneAsWhole(q: Question, catalog: CatalogService, ids: readonly string[]): Decided | null {
  if (q.tier !== 'datazone' || q.place === null || ids.length !== 1) return null;
  const zones = catalog.stated.dataZones('training');
  const marked = catalog.stated.trainingTypeFor(ids[0]!, 'datazone');
  if (!zones || !marked || catalog.data.schemaVersion !== 2) return null;
  const id = ids[0]!;
  const zone = joinAnd(zones.value);
  const inZone = zones.value.some((z) => z.toLowerCase() === q.place!.name.toLowerCase() || (z === 'US' && q.place!.name === 'United States'));
  if (!marked.value)
    return { verdict: 'no', headline: `No, ${id} has no Data zone training`, reason: `The table of ${marked.from.date} marks Data zone ❌ for ${id}.` };
  if (!inZone) {
    return {
      verdict: 'no',
      headline: `No, Data zone training is only in the ${zone} data zone`,
      reason: `Only the ${zone} data zone is currently supported (overview of ${zones.from.date}); ${q.place.name} is not in it.`,
    };
  }
  return {
    verdict: 'yes',
    headline: `Yes, with Data zone training (the ${zone} data zone)`,
    reason: `${id} has Data zone training (table of ${marked.from.date}), and the ${zone} data zone is the one supported (overview of ${zones.from.date}): training stays within the zone. No document lists which regions' resources can use it.`,
  };
}

/** "Can I use interactive training for gpt-oss-20b in East US 2?": the model's Interactive cell and the region's column. */
export function interactiveCheck(catalog: CatalogService, ids: readonly string[], regions: readonly string[]): Decided | null {
  if (catalog.data.schemaVersion !== 2 || ids.length !== 1 || regions.length !== 1) return null;
  const id = ids[0]!;
  const region = regions[0]!;
  const v = catalog.stated.interactiveTrainingAllowed(id, region);
  const name = catalog.regions.displayName(region);
  if (v.allowed === null)
    return { verdict: 'unknown', headline: `Not stated: the documents don't say whether ${id} has interactive training in ${name}`, reason: '' };
  if (v.allowed) {
    return {
      verdict: 'yes',
      headline: `Yes, ${id} has interactive training (preview) in ${name}`,
      reason: `${id} is marked Interactive ✅ and ${name} offers interactive training (preview).`,
    };
  }
  const marked = catalog.stated.model(id)?.interactive?.value;
  return {
    verdict: 'no',
    headline: `No, ${id} has no interactive training in ${name}`,
    reason:
      marked === false
        ? `${id} is marked Interactive ❌ in the model table.`
        : `${name} does not offer interactive training (preview)${v.because.length ? `: ${v.because.join(' ')}` : ''}.`,
  };
}

/** "Does o4-mini support DPO?": the model's managed methods, as the table lists them. */
export function methodOfModel(catalog: CatalogService, id: string, method: MethodId): Decided | null {
  const listed = catalog.stated.model(id)?.methods;
  if (!listed) return null;
  const upper = method.toUpperCase();
  const has = listed.value.some((m) => m.toLowerCase() === method);
  const invite = has ? invitationTexts(catalog, [id], upper) : [];
  return has
    ? {
        verdict: 'yes',
        headline: `Yes, ${id} supports ${upper}${listed.value.length === 1 ? ' (its only managed method)' : ` (its managed methods: ${joinAnd(listed.value)})`}${invite.length ? ', by invitation only' : ''}`,
        reason: `${id}'s managed fine-tuning methods: ${joinAnd(listed.value)}.${invite.length ? ` ${invite.join(' ')}` : ''}`,
      }
    : {
        verdict: 'no',
        headline: `No, ${id} doesn't support ${upper}${listed.value.length ? ` (only ${joinAnd(listed.value)})` : ''}`,
        reason: listed.value.length ? `${id}'s managed fine-tuning methods: ${joinAnd(listed.value)} only.` : `The table lists no managed methods for ${id}.`,
      };
}

/** "Does gpt-oss-20b support interactive training?": the model's Interactive cell. */
export function interactiveOfModel(catalog: CatalogService, id: string): Decided | null {
  const f = catalog.stated.model(id)?.interactive;
  if (!f) return null;
  const regions = (catalog.stated.globalTrainingRegions() ?? []).filter((r) => catalog.stated.interactiveTrainingAllowed(id, r.region).allowed === true);
  return f.value
    ? {
        verdict: 'yes',
        headline: `Yes, ${id} supports interactive training (preview)`,
        reason: `Interactive ✅ in the table of ${f.from.date}; in ${regions.length} regions: ${joinAnd(regions.map((r) => r.name))}.`,
      }
    : { verdict: 'no', headline: `No, ${id} doesn't support interactive training`, reason: `Interactive ❌ in the table of ${f.from.date}.` };
}
