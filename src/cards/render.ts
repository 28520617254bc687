// Answer -> Adaptive Card (version 1.5), by expanding the templates in cards/ with the answer's view.
// Templates are read and parsed once, when the renderer is made; a turn only expands them.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import * as ACData from 'adaptivecards-templating';
import type { Answer } from '../core/answer/types';
import { cardView, type CardOptions } from './view';

export const CARD_KINDS = [
  'check', 'model', 'region', 'list-models', 'list-regions', 'filter', 'compare', 'clarify', 'help', 'error',
] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

export interface CardRenderer {
  render(answer: Answer, options?: CardOptions): AdaptiveCard;
  /** A card for when something went wrong: fixed wording chosen by the caller, never error internals. */
  error(headline: string, reason: string, origin?: CardOptions['origin']): AdaptiveCard;
}

const TEMPLATE_FOR: Record<Answer['kind'], CardKind> = {
  check: 'check', model: 'model', region: 'region', 'list-models': 'list-models', 'list-regions': 'list-regions',
  filter: 'filter', compare: 'compare', clarify: 'clarify', help: 'help', unknown: 'help',
};

export function createCardRenderer(cardsDir: string): CardRenderer {
  const templates = new Map<CardKind, ACData.Template>();
  for (const kind of CARD_KINDS) {
    templates.set(kind, new ACData.Template(JSON.parse(readFileSync(path.join(cardsDir, `${kind}.json`), 'utf8'))));
  }
  const expand = (kind: CardKind, data: object): AdaptiveCard => {
    const card = templates.get(kind)!.expand({ $root: data }) as AdaptiveCard;
    if (card?.type !== 'AdaptiveCard') throw new Error(`card template '${kind}' did not expand to an AdaptiveCard`);
    return card;
  };
  return Object.freeze({
    render: (answer: Answer, options: CardOptions = {}) => expand(TEMPLATE_FOR[answer.kind], cardView(answer, options)),
    error: (headline: string, reason: string, origin: CardOptions['origin'] = 'conversation') => expand('error', { headline, reason, origin, speech: `${headline}. ${reason}` }),
  });
}
