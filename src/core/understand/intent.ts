// What kind of question it is, from the names found, the cues and any command: no memory here.
import {
  methodId,
  type AskedFact,
  type Clarification,
  type FilterCue,
  type Intent,
  type ModelRef,
  type OffTopic,
  type PlaceRef,
  type Question,
} from '../question';
import type { CatalogStates } from '../catalog/catalog-states';
import type { TopicReading } from './topics';
import type { Command } from './commands';
import type { Cues } from './cues';
import type { Token } from './normalise';

/** Everything read from one message before memory is consulted. */
export interface Reading {
  readonly text: string;
  readonly tokens: readonly Token[];
  /** 1 for each token a name claimed (cues read only the others). */
  readonly claimed: readonly number[];
  readonly models: readonly ModelRef[];
  readonly regions: readonly string[];
  readonly place: PlaceRef | null;
  readonly clarify: Clarification | null;
  readonly outside: Question['outside'];
  readonly asks: Question['asks'];
  readonly cues: Cues;
  readonly command: Command | null;
}

export interface Decision {
  intent: Intent;
  /** The properties the answer filters models by (see Question.filters). */
  filters: FilterCue[];
  /** Why it is not answered: a topic the document does not cover. */
  offTopic: OffTopic | null;
  /** A topic the document does not cover, mentioned beside the question that is answered. */
  aside: OffTopic | null;
}

/** Region answers filter by preview only: their tiers and images are conditions. */
function regionFilters(c: Cues): FilterCue[] {
  return c.filters.filter((f) => f.filter === 'preview');
}

/** Region lists filter by preview, and by a tier asked for in the negative ("which regions don't support Global"). */
function regionListFilters(c: Cues): FilterCue[] {
  return c.filters.filter((f) => f.filter === 'preview' || (f.negated && (f.filter === 'standard' || f.filter === 'global')));
}

/** Asks for regions rather than models: "which regions support global training", "regions for preview models". */
function asksRegions(c: Cues): boolean {
  return c.listRegions && (!c.listModels || c.listsFirst === 'regions');
}

export function decideIntent(r: Reading): Decision {
  const natural = naturalIntent(r);
  const cmd = r.command;
  if (cmd === null) return natural;
  const vague = natural.intent === 'unknown' || natural.intent === 'help';
  const offTopic = natural.offTopic !== null;
  const plain = (intent: Intent): Decision => ({ intent, filters: [], offTopic: null, aside: natural.aside });
  switch (cmd.name) {
    case 'help':
      return { intent: 'help', filters: [], offTopic: null, aside: null };
    case 'models':
      return vague && !offTopic ? plain('list-models') : natural;
    case 'regions':
      if (offTopic) return natural;
      if (r.models.length === 0 && r.regions.length === 0 && r.clarify === null && natural.intent !== 'filter')
        return { ...plain('list-regions'), filters: regionListFilters(r.cues) };
      return natural;
    case 'model':
    case 'compare':
      return vague && !offTopic ? plain('list-models') : natural;
    case 'region':
      return vague && !offTopic ? plain('list-regions') : natural;
    case 'check':
      return vague && !offTopic ? plain('help') : natural;
    // Read by their words (understand/topics.ts), when the catalog states deployment and changes.
    case 'deploy':
    case 'changes':
      return natural;
  }
}

function naturalIntent(r: Reading): Decision {
  const c = r.cues;
  const m = r.models.length;
  const g = r.regions.length;
  // A topic the document does not cover is the answer only when the message asks nothing else answerable.
  const aside = c.offTopic !== null && !c.onlyOffTopic ? c.offTopic : null;
  const is = (intent: Intent, filters: FilterCue[] = []): Decision => {
    // Nothing answerable after all: the topic is why.
    if ((intent === 'unknown' || intent === 'help') && c.offTopic !== null) return { intent: 'unknown', filters: [], offTopic: c.offTopic, aside: null };
    return { intent, filters, offTopic: null, aside: intent === 'unknown' || intent === 'help' ? null : aside };
  };
  if (r.tokens.length === 0) return is(r.text === '' ? 'help' : 'unknown');
  if (c.offTopic !== null && c.onlyOffTopic) return { intent: 'unknown', filters: [], offTopic: c.offTopic, aside: null };
  if (r.clarify !== null) return is('clarify');
  if (c.compare && m >= 2) return is('compare');
  if (m > 0 && g > 0) return is('check');
  // A method asked about without a model and a place to check it in: the document states no methods.
  if (c.method !== null) return { intent: 'unknown', filters: [], offTopic: 'methods', aside: null };
  if (m > 0) return is('model');
  if (g > 0) return is('region', regionFilters(c));
  if (c.filters.length > 0) return asksRegions(c) ? is('list-regions', regionListFilters(c)) : is('filter', c.filters);
  if (c.listModels) return is('list-models');
  if (c.listRegions) return is('list-regions');
  if (c.help) return is('help');
  if (c.fineTune) return is('list-models');
  return is('unknown');
}

/**
 * The intent once the catalog's newer facts are taken into account: a method, interactive training,
 * deployment or a change between documents is a question the catalog answers when it states them.
 */
export function withCurrentTopics(d: Decision, r: Reading, topics: TopicReading, states: CatalogStates): Decision & { asks?: AskedFact } {
  if (r.clarify !== null || d.intent === 'help' || d.intent === 'compare') return d;
  const named = r.models.length > 0 || r.regions.length > 0;
  // "Which region for fine-tuning, not for deployment?": the deployment words rule deployment out; what is left is a training question.
  if (states.deployment && topics.notDeployment && d.offTopic === 'how-to')
    return decideIntent({ ...r, cues: { ...r.cues, offTopic: null, onlyOffTopic: false } });
  if (states.deployment && topics.deployment !== null && (r.models.length > 0 || d.intent !== 'unknown' || d.offTopic === 'how-to' || r.cues.listRegions))
    return { intent: 'deploy', filters: [], offTopic: null, aside: d.aside === 'how-to' ? null : d.aside };
  if (states.changes && topics.changes && r.regions.length === 0 && (d.intent === 'unknown' || d.intent === 'list-models' || r.models.length === 0))
    return { intent: 'changes', filters: [], offTopic: null, aside: null };
  const method = methodId(r.cues.method);
  // "What methods does o4-mini support?": the model's methods, which the catalog states.
  if (states.methods && d.offTopic === 'methods' && method === null && r.models.length > 0 && r.regions.length === 0)
    return { intent: r.models.length > 1 ? 'compare' : 'model', filters: [], offTopic: null, aside: d.aside, asks: 'methods' };
  const interactive = states.interactive && r.tokens.some((t, i) => t.t === 'interactive' && r.claimed[i] === 0);
  const extra: FilterCue[] = [
    ...(states.methods && method !== null ? [{ filter: method, negated: r.cues.negated }] : []),
    ...(interactive ? [{ filter: 'interactive' as const, negated: r.cues.negated }] : []),
  ];
  if (extra.length === 0) return d;
  // "Which models support DPO?", "does o4-mini support DPO?", "which regions have interactive training?"
  if (d.offTopic === 'methods' || d.intent === 'unknown' || d.intent === 'filter' || d.intent === 'list-models' || d.intent === 'list-regions') {
    if (r.models.length > 0) return { intent: 'model', filters: extra, offTopic: null, aside: d.aside };
    if (r.regions.length > 0) return { intent: 'region', filters: extra, offTopic: null, aside: d.aside };
    const regionsAsked = r.cues.listRegions && (!r.cues.listModels || r.cues.listsFirst === 'regions');
    return {
      intent: regionsAsked ? 'list-regions' : 'filter',
      filters: [...d.filters.filter((f) => !extra.some((x) => x.filter === f.filter)), ...extra],
      offTopic: null,
      aside: d.aside,
    };
  }
  return named ? { ...d, filters: [...d.filters, ...extra.filter((x) => !d.filters.some((f) => f.filter === x.filter))] } : d;
}
