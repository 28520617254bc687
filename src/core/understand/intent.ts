// What kind of question it is, from the names found, the cues and any command: no memory here.
import type { Clarification, Filter, Intent, ModelRef, PlaceRef, Question } from '../question';
import type { Command } from './commands';
import type { Cues } from './cues';
import type { Token } from './normalise';

/** Everything read from one message before memory is consulted. */
export interface Reading {
  readonly text: string;
  readonly tokens: readonly Token[];
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
  filter: Filter | null;
}

/** The filter a "which models ..." question asks for, from its cues. */
export function filterOf(c: Cues): Filter | null {
  if (c.modality === 'vision') return 'vision';
  if (c.tier === 'developer') return 'developer';
  if (c.preview) return 'preview';
  if (c.tier === 'global') return 'global';
  if (c.tier === 'standard') return 'standard';
  if (c.tier === 'datazone') return 'datazone';
  return null;
}

export function decideIntent(r: Reading): Decision {
  const natural = naturalIntent(r);
  const cmd = r.command;
  if (cmd === null) return natural;
  const vague = natural.intent === 'unknown' || natural.intent === 'help';
  const offTopic = r.cues.offTopic !== null;
  switch (cmd.name) {
    case 'help':
      return { intent: 'help', filter: null };
    case 'models':
      return vague && !offTopic ? { intent: 'list-models', filter: null } : natural;
    case 'regions':
      if (offTopic) return natural;
      if (r.models.length === 0 && r.regions.length === 0 && r.clarify === null && natural.intent !== 'filter') return { intent: 'list-regions', filter: null };
      return natural;
    case 'model':
    case 'compare':
      return vague && !offTopic ? { intent: 'list-models', filter: null } : natural;
    case 'region':
      return vague && !offTopic ? { intent: 'list-regions', filter: null } : natural;
    case 'check':
      return vague && !offTopic ? { intent: 'help', filter: null } : natural;
  }
}

function naturalIntent(r: Reading): Decision {
  const c = r.cues;
  const m = r.models.length;
  const g = r.regions.length;
  const is = (intent: Intent, filter: Filter | null = null): Decision => ({ intent, filter });
  if (r.tokens.length === 0) return is(r.text === '' ? 'help' : 'unknown');
  if (c.offTopic !== null) return is('unknown');
  if (r.clarify !== null) return is('clarify');
  if (c.compare && m >= 2) return is('compare');
  if (m > 0 && g > 0) return is('check');
  if (m > 0) return is('model');
  if (g > 0) return is('region');
  const filter = filterOf(c);
  if (filter !== null) return c.listRegions && !c.listModels ? is('list-regions') : is('filter', filter);
  if (c.tier === 'datazone') return c.listRegions && !c.listModels ? is('list-regions') : is('list-models');
  if (c.listModels) return is('list-models');
  if (c.listRegions) return is('list-regions');
  if (c.help) return is('help');
  if (c.fineTune) return is('list-models');
  return is('unknown');
}
