// Answer -> Adaptive Card (version 1.5), by expanding the templates in cards/ with the answer's view.
// Templates are read and parsed once, when the renderer is made; a turn only expands them.
import * as ACData from 'adaptivecards-templating';
import type { Answer, CatalogService } from '../core';
import { pickersFor } from './card-pickers';
import { cardView, type CardOptions, type Pickers } from './card-view';
import { loadCardTemplates } from './card-templates';

export const CARD_KINDS = ['check', 'model', 'region', 'list-models', 'list-regions', 'filter', 'compare', 'clarify', 'help', 'error'] as const;
export type CardKind = (typeof CARD_KINDS)[number];

export type AdaptiveCard = Record<string, unknown> & { type: 'AdaptiveCard'; version: string };

export interface CardRenderer {
  /** The card for an answer from this catalog, with the model and region pickers where the kind has them. */
  render(answer: Answer, catalog: CatalogService, options?: CardOptions): AdaptiveCard;
  /** A card for when something went wrong: fixed wording chosen by the caller, never error internals. */
  error(headline: string, reason: string, origin?: CardOptions['origin']): AdaptiveCard;
}

const TEMPLATE_FOR: Record<Answer['kind'], CardKind> = {
  check: 'check',
  model: 'model',
  region: 'region',
  'list-models': 'list-models',
  'list-regions': 'list-regions',
  filter: 'filter',
  compare: 'compare',
  // Deployment and changes are sections of facts, as a model card is; no template of their own.
  deploy: 'model',
  changes: 'filter',
  clarify: 'clarify',
  help: 'help',
  unknown: 'help',
};

export function createCardRenderer(cardsDir: string): CardRenderer {
  // Every template is read (and so checked to exist) now, but parsed by the library on first use:
  // parsing all ten costs ~80 ms that the first answer need not wait for.
  const sources = loadCardTemplates(cardsDir, CARD_KINDS);
  const templates = new Map<CardKind, ACData.Template>();
  const template = (kind: CardKind): ACData.Template => {
    let t = templates.get(kind);
    if (!t) templates.set(kind, (t = new ACData.Template(sources.get(kind))));
    return t;
  };
  const expand = (kind: CardKind, data: object): AdaptiveCard => {
    const card = template(kind).expand({ $root: data }) as AdaptiveCard;
    if (card?.type !== 'AdaptiveCard') throw new Error(`card template '${kind}' did not expand to an AdaptiveCard`);
    return card;
  };
  return Object.freeze({
    render: (answer: Answer, catalog: CatalogService, options: CardOptions = {}) => {
      const pickers = options.compact === true && answer.kind !== 'help' ? null : pickersFor(answer, catalog);
      const card = expand(TEMPLATE_FOR[answer.kind], cardView(answer, options, pickers));
      if (pickers) fillPickerChoices(card, pickers);
      return card;
    },
    error: (headline: string, reason: string, origin: CardOptions['origin'] = 'conversation') =>
      expand('error', { icon: '', headline, reason, origin, speech: `${headline}. ${reason}` }),
  });
}

/**
 * The pickers' choices (every model, all 60 regions) are the same on every card: the template expands its
 * ChoiceSets with no choices and they are filled in here, which spares the template engine ~120
 * expressions (over half of a card's rendering time) per card.
 */
function fillPickerChoices(card: AdaptiveCard, pickers: Pickers): void {
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) node.forEach(visit);
    else if (node && typeof node === 'object') {
      const el = node as Record<string, unknown>;
      if (el.type === 'Input.ChoiceSet' && (el.id === 'model' || el.id === 'region')) {
        el.choices = el.id === 'model' ? pickers.models : pickers.regions;
        return;
      }
      if (Array.isArray(el.body)) visit(el.body);
      if (Array.isArray(el.items)) visit(el.items);
      if (Array.isArray(el.columns)) visit(el.columns);
    }
  };
  visit(card.body);
}
