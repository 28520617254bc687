// Answer -> the data a card template binds to. All wording decisions for cards live here, as plain
// strings and lists; the templates in cards/ only lay them out. Nothing here decides a fact.
import type { Answer, CheckResult, DeploymentOptionFacts, ModelDeployment, ModelFacts, TierRow, Verdict } from '../core';
import { joinAnd } from '../core';
import { alternativeTier, globalRegionsList, noStandardRegions, placesWithGeography, regionRows, tokens } from './rows';

export interface Fact {
  title: string;
  value: string;
}

/** Who asked, shown on cards that other people will read (shared into a chat or channel). */
export interface Asker {
  name: string;
  question: string;
}

/** Choices for the in-card pickers, and the values currently picked. */
export interface Pickers {
  models: { title: string; value: string }[];
  regions: { title: string; value: string }[];
  model: string;
  region: string;
}

/** Where a card will live: the bot's own conversation, or inserted by the message extension. */
export type CardOrigin = 'conversation' | 'extension';

export interface CardOptions {
  asker?: Asker | null;
  origin?: CardOrigin;
  /**
   * A card for a group chat or channel: many people read it and few re-check from it, so it leaves out the
   * model and region pickers (half its height on a phone). The help card keeps them.
   */
  compact?: boolean;
  /** A line said on every card when the catalog is older than CATALOG_MAX_AGE_DAYS; null when it is not. */
  ageNote?: string | null;
}

// ❓ rather than ❔: the white question mark is nearly invisible on Teams' light theme.
const ICON: Record<Verdict, string> = { yes: '✅', no: '❌', unknown: '❓' };
const WORD: Record<Verdict, string> = { yes: 'Yes', no: 'No', unknown: 'Not stated' };

function tierFact(t: TierRow): Fact {
  // A no-break space keeps the icon on the same line as the tier's name.
  return { title: `${ICON[t.status]}\u00a0${t.label}`, value: `${WORD[t.status]}. ${t.reason}` };
}

const n = tokens;

export function limitFacts(f: ModelFacts): Fact[] {
  if (!f.limits) return [];
  return [
    { title: 'Input', value: n(f.limits.input) },
    { title: 'Output', value: n(f.limits.output) },
    { title: 'Training example', value: n(f.limits.trainingContext) },
  ];
}

function yesNo(x: boolean | null, yes: string, no: string): string {
  return x === null ? 'not in this document' : x ? `✅ ${yes}` : `❌ ${no}`;
}

export function modelFactsList(f: ModelFacts): Fact[] {
  const facts: Fact[] = [];
  if (f.versions.length) facts.push({ title: 'Version', value: f.versions.join(', ') });
  facts.push({
    title: 'Standard',
    value: f.standardRegions.length ? `✅ ${placesWithGeography(f.standardRegions)}` : `❌ ${noStandardRegions(f)}`,
  });
  if (f.global !== null) {
    facts.push({
      title: 'Global',
      value: !f.global ? '❌ No' : f.globalRegions ? `✅ ${globalRegionsList(f.globalRegions)}` : '✅ Yes (this document does not list the Global regions)',
    });
  }
  for (const x of f.globalExceptions) facts.push({ title: 'Exception', value: x });
  if (f.developer !== null) facts.push({ title: 'Developer', value: yesNo(f.developer, 'Yes (no regions listed)', 'No') });
  if (f.dataZone) facts.push({ title: 'Data zone', value: f.dataZone });
  facts.push(...limitFacts(f));
  if (f.trainingData) facts.push({ title: 'Training data', value: `up to ${f.trainingData}` });
  if (f.modality) facts.push({ title: 'Modality', value: f.modality });
  if (f.methods) facts.push({ title: 'Methods', value: f.methods.join(', ') });
  if (f.status || f.preview) facts.push({ title: 'Status', value: [f.status, f.preview ? 'preview' : null].filter(Boolean).join(', ') });
  return facts;
}

function summaryLine(f: ModelFacts): string {
  return [
    f.standardRegions.length ? `Standard: ${f.standardRegions.map((p) => p.name).join(', ')}` : 'Standard: ❌',
    f.global === null ? '' : `Global: ${f.global ? '✅' : '❌'}`,
    f.developer === null ? '' : `Developer: ${f.developer ? '✅' : '❌'}`,
    f.modality ?? '',
    f.preview ? 'preview' : '',
  ]
    .filter(Boolean)
    .join(' · ');
}

/** The comparable facts of a model, in short words (lists are on each model's own card). */
function comparable(f: ModelFacts): [string, string][] {
  const rows: [string, string][] = [
    ['Standard', f.standardRegions.length ? f.standardRegions.map((p) => p.name).join(', ') : (f.standardNote ?? 'none')],
    [
      'Global',
      f.global === null ? 'not in this document' : !f.global ? 'no' : f.globalRegions ? `${f.globalRegions.length} regions` : 'yes (regions not stated)',
    ],
    ['Developer', f.developer === null ? 'not in this document' : f.developer ? 'yes (no regions listed)' : 'no'],
    ['Input', n(f.limits?.input ?? null)],
    ['Output', n(f.limits?.output ?? null)],
    ['Training example', n(f.limits?.trainingContext ?? null)],
    ['Training data', f.trainingData ? `up to ${f.trainingData}` : 'unknown'],
    ['Modality', f.modality ?? 'not in this document'],
  ];
  if (f.versions.length) rows.unshift(['Version', f.versions.join(', ')]);
  return rows;
}

/** Side by side: the facts that differ first, one line per fact naming each model; then what they share. */
function compareSections(facts: ModelFacts[]): { title: string; facts: Fact[] }[] {
  if (facts.length < 2) return facts.map((f) => ({ title: f.id, facts: modelFactsList(f) }));
  const per = facts.map((f) => new Map(comparable(f)));
  const titles = [...new Set(facts.flatMap((f) => comparable(f).map(([t]) => t)))];
  const differ: Fact[] = [];
  const same: Fact[] = [];
  for (const title of titles) {
    const values = per.map((m) => m.get(title) ?? '—');
    if (values.every((v) => v === values[0])) same.push({ title, value: values[0]! });
    else differ.push({ title, value: facts.map((f, i) => `${f.id}: ${values[i]}`).join(' · ') });
  }
  return [
    ...(differ.length ? [{ title: 'Where they differ', facts: differ }] : []),
    ...(same.length ? [{ title: facts.length === 2 ? 'What both have' : 'What all have', facts: same }] : []),
  ];
}

/** One line per place in a check over several places: which tiers work there, in words. */
function resultFact(r: CheckResult, manyModels: boolean): Fact {
  const yes = r.tiers.filter((t) => t.status === 'yes' && (t.tier === 'standard' || t.tier === 'global'));
  const standard = yes.some((t) => t.tier === 'standard');
  const value =
    r.verdict === 'yes'
      ? `Yes: ${standard ? (yes.length > 1 ? 'Standard (data residency) or Global' : 'Standard (data residency)') : 'Global only, no data residency'}${r.exceptions.length ? ` (${r.exceptions.map((x) => x.replace(/^[^:]*: /, '')).join('; ')})` : ''}`
      : `${WORD[r.verdict]}: ${(r.tiers.find((t) => t.status === r.verdict && t.tier === 'global') ?? r.tiers.find((t) => t.status === r.verdict) ?? r.tiers[0])?.reason ?? ''}`;
  return { title: `${ICON[r.verdict]}\u00a0${manyModels ? `${r.model}, ` : ''}${r.place.name}`, value };
}

/** "Source: … document dated …" for one document; each document with its date for several. */
export function sourceLine(a: Answer): string {
  if (a.sources.length <= 1) {
    const s = a.sources[0] ?? a.source;
    return `Source: ${s.title} (Microsoft Learn), document dated ${s.date}.`;
  }
  return `Sources (Microsoft Learn): ${a.sources.map((s) => `${s.title}, ${s.date}${s.current ? '' : ' (no longer current)'}`).join('; ')}.`;
}

/** A deployment option in a line: "✅ Global Standard, Data Zone Standard" or "❌". */
function optionValue(o: DeploymentOptionFacts): string {
  if (!o.available) return '❌ No';
  return `✅ ${o.types ? o.types.join(', ') : 'Yes'}`;
}

export function deploymentFacts(d: ModelDeployment): Fact[] {
  return [
    ...d.options.map((o) => ({ title: o.label, value: optionValue(o) })),
    ...d.regions.map((r) => ({ title: `${r.label} regions`, value: r.places.length ? r.places.map((p) => p.name).join(', ') : 'none listed' })),
  ];
}

/** The data every card template binds to; fields are always present (empty when unused). */
export function cardView(a: Answer, options: CardOptions = {}, pickers: Pickers | null = null) {
  // The icon sits in its own column beside the headline, so the headline itself starts with "Yes"/"No".
  const icon = a.verdict ? ICON[a.verdict] : '';
  const common = {
    kind: a.kind,
    icon,
    headline: a.headline,
    // What screen readers say and notifications show: words only, no icons.
    speech: `${a.headline}. ${a.reason}`,
    subject: a.subject,
    reason: a.reason,
    notes: [...(options.ageNote ? [options.ageNote] : []), ...a.notes].map((text) => ({ text })),
    source: {
      title: a.source.title,
      url: a.sources[0]?.url ?? a.source.url,
      // The current documents are Learn's include files, published as its GitHub sources: said as they are.
      linkTitle: /^https:\/\/learn\.microsoft\.com\//.test(a.sources[0]?.url ?? a.source.url) ? 'Open on Microsoft Learn' : 'Open the source document',
      line: sourceLine(a),
    },
    asker: options.asker ?? null,
    askedLine: options.asker ? `Asked by ${options.asker.name}` : '',
    askedText: options.asker ? `“${options.asker.question}”` : '',
    origin: options.origin ?? 'conversation',
    // The choices are filled in after expansion (render.ts); the template only places the inputs.
    pickers: pickers ? { ...pickers, models: [], regions: [] } : null,
    hasPickers: !!pickers,
  };
  const empty = {
    rows: [] as Fact[],
    results: [] as Fact[],
    limits: [] as Fact[],
    alternatives: [] as Fact[],
    exceptions: [] as { text: string }[],
    meanings: [] as Fact[],
    models: [] as { title: string; facts: Fact[] }[],
    items: [] as Fact[],
    candidates: [] as { id: string; label: string; ask: string }[],
    examples: [] as { text: string }[],
  };
  switch (a.kind) {
    case 'check': {
      const single = a.results.length === 1 ? a.results[0]! : null;
      return {
        ...common,
        ...empty,
        rows: single ? single.tiers.map(tierFact) : [],
        results: single ? [] : a.results.map((r) => resultFact(r, a.facts.length > 1)),
        exceptions: [...new Set(a.results.flatMap((r) => r.exceptions))].map((text) => ({ text })),
        limits: a.facts.length === 1 ? limitFacts(a.facts[0]!) : [],
        alternatives: a.alternatives.map((x) => ({
          title: x.name,
          value: `${alternativeTier(x)} · ${x.geography} · ${x.nearness}`,
        })),
        meanings: a.meanings.map((m) => ({ title: m.label, value: m.meaning })),
      };
    }
    case 'model':
      return {
        ...common,
        ...empty,
        models: a.facts.map((f) => ({ title: f.id, facts: modelFactsList(f) })),
        meanings: a.meanings.map((m) => ({ title: m.label, value: m.meaning })),
      };
    case 'compare':
      return { ...common, ...empty, models: compareSections(a.facts) };
    case 'region':
      return {
        ...common,
        ...empty,
        models: a.places.map((p) => ({
          title: `${p.place.name} (${p.place.geography})`,
          facts: [
            ...regionRows(p).map((r) => ({ title: r.title, value: `${ICON[r.status]} ${r.value}${r.title === 'Developer' ? ' (no regions listed)' : ''}` })),
            ...p.exceptions.map((x) => ({ title: 'Exception', value: x })),
          ],
        })),
        meanings: a.meanings.map((m) => ({ title: m.label, value: m.meaning })),
      };
    case 'list-models':
    case 'filter':
      return { ...common, ...empty, items: a.facts.map((f) => ({ title: f.id, value: summaryLine(f) })) };
    case 'list-regions':
      return {
        ...common,
        ...empty,
        items: a.regionsList.map((r) => ({
          title: r.name,
          value: [r.geography, r.standard.length ? `Standard: ${joinAnd(r.standard)}` : '', r.global ? 'Global' : '', ...r.exceptions]
            .filter(Boolean)
            .join(' · '),
        })),
      };
    case 'deploy':
      return { ...common, ...empty, models: a.deployments.map((d) => ({ title: `Fine-tuned ${d.model}`, facts: deploymentFacts(d) })) };
    case 'changes':
      return { ...common, ...empty, items: a.changes.map((g) => ({ title: g.title, value: g.items.join(', ') })) };
    case 'clarify':
      return { ...common, ...empty, candidates: a.candidates };
    case 'help':
    case 'unknown':
      return { ...common, ...empty, examples: a.examples.map((text) => ({ text })) };
  }
}

export type CardView = ReturnType<typeof cardView>;
