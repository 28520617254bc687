// What kind of question it is, from the names found, the cues and any command: no memory here.
import type { Clarification, FilterCue, Intent, ModelRef, OffTopic, PlaceRef, Question } from '../question';
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
