// One real card of each kind for the gallery, built the way the bot builds them: the shipped catalog,
// understand -> answer -> render, with the same pickers and (for the message extension) the same options.
import { createCardRenderer, type AdaptiveCard } from '../../src/presentation/card-render';
import { loadKnowledge, type Knowledge } from '../../src/knowledge/load';
import { CARDS_DIR } from '../../src/paths';
import { createPipeline } from '../../src/pipeline/pipeline';

export interface GalleryExample {
  /** File-name stem: docs/cards/<kind>-<theme>[-mobile].png */
  kind: string;
  /** What the picture shows, for the index. */
  title: string;
  /** What was asked to get it (or how the card comes about). */
  asked: string;
  card: AdaptiveCard;
}

/** The asker shown on cards the message extension inserts. */
export const GALLERY_ASKER = 'Ada Lovelace';

interface Spec {
  kind: string;
  title: string;
  question: string;
}

/** Conversation cards: asked in a personal chat, rendered with the bot's own options. */
const CONVERSATION: Spec[] = [
  { kind: 'check-yes', title: 'Check: yes', question: 'can I fine-tune o4-mini in West Europe?' },
  { kind: 'check-no', title: 'Check: no', question: 'gpt-4.1-nano in Poland Central?' },
  { kind: 'check-exception', title: 'Check with an exception', question: 'can I fine-tune gpt-4o in Japan East?' },
  { kind: 'check-area', title: 'Check over a whole area (many regions)', question: 'can I fine-tune o4-mini anywhere in Europe?' },
  { kind: 'model', title: 'Model', question: 'tell me about gpt-4o-mini' },
  { kind: 'region', title: 'Region', question: 'what can I fine-tune in Sweden Central?' },
  { kind: 'region-area', title: 'Regions of a whole area (many regions)', question: 'what can I fine-tune in Europe?' },
  { kind: 'list-models', title: 'List of models', question: 'models' },
  { kind: 'list-regions', title: 'List of regions', question: 'regions' },
  { kind: 'filter', title: 'Filter', question: 'which models support vision?' },
  { kind: 'compare', title: 'Comparison', question: 'compare gpt-4o and gpt-4.1' },
  { kind: 'clarify', title: 'Clarification', question: 'can I fine-tune mini in West Europe?' },
  { kind: 'deploy', title: 'Deployment of a fine-tuned model', question: 'where can I deploy a fine-tuned gpt-4o?' },
  { kind: 'deploy-check', title: 'Deployment check', question: 'can I deploy my fine-tuned gpt-4.1-mini with provisioned throughput in Sweden Central?' },
  { kind: 'method', title: 'Methods: which models', question: 'which models support DPO?' },
  { kind: 'invitation', title: 'Check by invitation (gpt-5 RFT)', question: 'can I fine-tune gpt-5 in Sweden Central?' },
  { kind: 'changes', title: 'What changed', question: 'what changed since March?' },
  { kind: 'help', title: 'Welcome / help', question: 'help' },
];

/** What the message-extension example searches for. */
export const EXTENSION_QUERY = 'gpt-4.1-mini in Germany West Central';

export function galleryExamples(knowledge: Knowledge = loadKnowledge(), cardsDir = CARDS_DIR): GalleryExample[] {
  // The bot's own pipeline, so each picture is exactly the card the bot sends.
  const scout = createPipeline({ knowledge, cards: createCardRenderer(cardsDir), cacheEntries: 0 }).current();
  const out: GalleryExample[] = CONVERSATION.map((s) => ({ kind: s.kind, title: s.title, asked: s.question, card: scout.ask(s.question).card }));
  const [first] = scout.search(EXTENSION_QUERY, GALLERY_ASKER);
  if (!first) throw new Error(`the message extension found nothing for '${EXTENSION_QUERY}'`);
  out.push({
    kind: 'extension',
    title: 'Inserted by the message extension (names who asked)',
    asked: `search: ${EXTENSION_QUERY}`,
    card: first.card,
  });
  out.push({
    kind: 'error',
    title: 'Error (a Check pressed with nothing picked)',
    asked: 'Check button with no region',
    card: scout.error('Pick a region', 'Choose a region from the lists, then press Check again.'),
  });
  return out;
}

/** Every kind the gallery renders, in order (for tests and the index). */
export const GALLERY_KINDS = [...CONVERSATION.map((s) => s.kind), 'extension', 'error'] as const;
