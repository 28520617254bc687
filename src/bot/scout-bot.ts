// The Teams edge: messages, @mentions, commands, card actions, welcome, and conversation memory, over the
// pure core (understand -> answer -> card). Facts are never decided here.
import {
  CardFactory,
  type ConversationState,
  type PrivateConversationState,
  type StatePropertyAccessor,
  TeamsActivityHandler,
  type TurnContext,
  type AdaptiveCardInvokeResponse,
  type AdaptiveCardInvokeValue,
  type InvokeResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
} from 'botbuilder';
import { searchAnswers } from '../pipeline/search';
import type { Memory, Question } from '../core';
import { remember } from '../core';
import type { AdaptiveCard, CardRenderer } from '../presentation/card-render';
import type { CardOptions } from '../presentation/card-view';
import { pickersFor } from '../presentation/card-pickers';
import type { Logger } from '../log';
import { questionText } from './handlers/activity-text';
import { deliveryFor, type CardOrigin } from './handlers/delivery';
import type { Knowledge } from '../knowledge/load';
import type { KnowledgeHolder } from '../knowledge/holder';
import type { AnswerCache, Answered } from '../pipeline/answer-cache';
import { answerWithCard } from './handlers/card-message';
import { memoryFromState, storedMemory, type StoredMemory } from './state/stored-memory';

export interface ScoutBotDeps {
  holder: KnowledgeHolder;
  cards: CardRenderer;
  /** Answers and cards remembered per question (src/bot/answer-cache.ts). */
  answers: AnswerCache;
  conversationState: ConversationState;
  /** Per conversation and user: each person's last question. */
  privateState: PrivateConversationState;
  log: Logger;
  memoryMs: number;
  now?: () => number;
}

const CARD_TYPE = 'application/vnd.microsoft.card.adaptive';

/** The search command's id: the same string as composeExtensions[0].commands[0].id in the app manifest. */
export const SEARCH_COMMAND_ID = 'findFineTuning';
/** Its one parameter's name (manifest: parameters[0].name). */
export const SEARCH_PARAMETER = 'question';

export class ScoutBot extends TeamsActivityHandler {
  /**
   * Each person's last question, in PrivateConversationState (keyed by conversation AND user): two people
   * in one channel never continue each other's questions or overwrite each other's memory. Whether it is
   * still fresh is understand()'s call, given MEMORY_MINUTES.
   */
  private readonly memory: StatePropertyAccessor<StoredMemory | Memory | undefined>;
  private readonly welcomed: StatePropertyAccessor<boolean>;
  /**
   * Conversations whose welcome is being sent by a turn that has not saved its state yet. Teams sends
   * installationUpdate and conversationUpdate together on install; both turns would read welcomed=false.
   */
  private readonly welcoming = new Set<string>();
  private readonly now: () => number;

  constructor(private readonly deps: ScoutBotDeps) {
    super();
    this.now = deps.now ?? Date.now;
    this.memory = deps.privateState.createProperty<StoredMemory | Memory | undefined>('lastQuestion');
    this.welcomed = deps.conversationState.createProperty<boolean>('welcomed');

    this.onMessage(async (context, next) => {
      const a = context.activity;
      // An Action.Submit click arrives as a message with `value` and no text: read the text it carries.
      const text = a.text ? questionText(a) : typeof a.value?.text === 'string' ? questionText({ text: a.value.text }) : '';
      await this.answerText(context, text, 'new-reply');
      await next();
    });
    this.onMembersAdded(async (context, next) => {
      const botId = context.activity.recipient?.id;
      if ((context.activity.membersAdded ?? []).some((m) => m.id === botId)) await this.welcome(context);
      await next();
    });
    this.onInstallationUpdateAdd(async (context, next) => {
      await this.welcome(context);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    const started = process.hrtime.bigint();
    try {
      await super.run(context);
    } finally {
      try {
        await Promise.all([this.deps.conversationState.saveChanges(context, false), this.deps.privateState.saveChanges(context, false)]);
      } finally {
        const welcomed = context.turnState.get('scout.welcoming') as string | undefined;
        if (welcomed) this.welcoming.delete(welcomed);
      }
      const a = context.activity;
      // One line per turn; not even built when info is off.
      if (this.deps.log.isLevelEnabled('info')) {
        this.deps.log.info(
          {
            turn: a.id,
            type: a.type,
            name: a.name,
            conversation: a.conversation?.id,
            intent: context.turnState.get('scout.intent') ?? null,
            latencyMs: Number(process.hrtime.bigint() - started) / 1e6,
          },
          'turn',
        );
      }
    }
  }

  /** Understand, answer and reply with one card; remembers the question for follow-ups. */
  private async answerText(context: TurnContext, text: string, delivery: 'new-reply' | 'return', options: CardOptions = {}): Promise<AdaptiveCard> {
    const k = this.deps.holder.current();
    const now = this.now();
    const last = memoryFromState(await this.memory.get(context));
    this.deps.log.debug({ turn: context.activity.id, text }, 'question');
    const q = k.understand(text, last, { now, memoryMs: this.deps.memoryMs, readings: this.deps.answers.readings(k) });
    return this.reply(context, k, q, delivery, options, now);
  }

  /** Answers from the same snapshot the question was understood with, whatever is swapped in meanwhile. */
  private async reply(
    context: TurnContext,
    k: Knowledge,
    q: Question,
    delivery: 'new-reply' | 'return',
    options: CardOptions,
    now: number,
  ): Promise<AdaptiveCard> {
    const { card, message } = this.answered(k, q, options);
    context.turnState.set('scout.intent', q.intent);
    if (q.intent !== 'help' && q.intent !== 'unknown') {
      await this.memory.set(context, storedMemory({ question: remember(q), at: now }));
    }
    // botbuilder sends a shallow copy of the message, so the remembered (frozen) one serves every turn.
    if (delivery === 'new-reply') await context.sendActivity(message);
    return card;
  }

  /** The answer and its card, remembered, except a card that names who asked: that one is made for them. */
  private answered(k: Knowledge, q: Question, options: CardOptions): Answered {
    const make = (): Answered => answerWithCard(k, this.deps.cards, q, options);
    return options.asker ? make() : this.deps.answers.get(k, q, options.origin ?? 'conversation', make);
  }

  private async welcome(context: TurnContext): Promise<void> {
    const key = `${context.activity.channelId}/${context.activity.conversation.id}`;
    if (this.welcoming.has(key) || (await this.welcomed.get(context, false))) return;
    this.welcoming.add(key);
    context.turnState.set('scout.welcoming', key);
    await this.welcomed.set(context, true);
    const k = this.deps.holder.current();
    await context.sendActivity(this.answered(k, k.understand('help'), {}).message);
  }

  protected override async onAdaptiveCardInvoke(context: TurnContext, value: AdaptiveCardInvokeValue): Promise<AdaptiveCardInvokeResponse> {
    const verb = String(value.action?.verb ?? '');
    const data = (value.action?.data ?? {}) as Record<string, unknown>;
    const origin: CardOrigin = data.origin === 'extension' ? 'extension' : 'conversation';
    const delivery = deliveryFor(verb, origin, context.activity.conversation?.conversationType);
    const asker = origin === 'extension' ? { name: context.activity.from?.name ?? 'someone', question: '' } : null;
    const k = this.deps.holder.current();
    let text: string | null;
    let missing: string[] = [];
    if (verb === 'check') {
      const model = typeof data.model === 'string' ? data.model : '';
      const region = typeof data.region === 'string' ? data.region : '';
      if (!k.catalog.model(model)) missing.push('a model');
      if (!k.catalog.regions.get(region)) missing.push('a region');
      text = `check ${model} ${region}`;
    } else if (verb === 'clarify' || verb === 'ask') {
      text = typeof data.text === 'string' ? questionText({ text: data.text }) : null;
      if (!text) missing = ['a question'];
    } else {
      const card = this.deps.cards.error('I don’t know this button', 'The card may come from an older version of Fine-Tune Scout. Ask your question again, or type “help”.', origin);
      return { statusCode: 200, type: CARD_TYPE, value: card };
    }
    if (missing.length || text === null) {
      const card = this.deps.cards.error(`Pick ${missing.join(' and ')}`, `Choose ${missing.join(' and ')} from the lists, then press Check again.`, origin);
      return { statusCode: 200, type: CARD_TYPE, value: card };
    }
    const options: CardOptions = { origin, asker: asker ? { ...asker, question: text } : null };
    const card = await this.answerText(context, text, delivery === 'new-reply' ? 'new-reply' : 'return', options);
    if (delivery === 'new-reply') {
      return { statusCode: 200, type: 'application/vnd.microsoft.activity.message', value: 'Answered in a new reply.' } as unknown as AdaptiveCardInvokeResponse;
    }
    return { statusCode: 200, type: CARD_TYPE, value: card };
  }

  protected override async handleTeamsMessagingExtensionQuery(context: TurnContext, query: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const k = this.deps.holder.current();
    const params = Array.isArray(query?.parameters) ? query.parameters : [];
    const initialRun = params.some((p) => p?.name === 'initialRun');
    const raw = initialRun ? '' : params.find((p) => p?.name === SEARCH_PARAMETER)?.value ?? params[0]?.value ?? '';
    const text = questionText({ text: typeof raw === 'string' ? raw : '' });
    context.turnState.set('scout.intent', 'search');
    if (query?.commandId !== SEARCH_COMMAND_ID) {
      this.deps.log.warn({ turn: context.activity.id, commandId: query?.commandId }, 'unknown search command');
    }
    const asker = context.activity.from?.name ?? 'someone';
    const attachments = searchAnswers(k.understand, k.catalog, text).map((a) => {
      const card = this.deps.cards.render(a, {
        origin: 'extension',
        asker: { name: asker, question: text || a.subject },
        pickers: pickersFor(a, k.catalog),
      });
      // A thumbnail preview without `tap`: Teams inserts the full Adaptive Card when the person picks it.
      // The subtitle names what the answer is about ("o4-mini in West Europe"), which the headline does not.
      return { ...CardFactory.adaptiveCard(card), preview: CardFactory.thumbnailCard(a.headline, a.reason, undefined, undefined, { subtitle: a.subject }) };
    });
    return { composeExtension: { type: 'result', attachmentLayout: 'list', attachments } };
  }

  protected override async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    // botbuilder reads value.action.type without checking that `action` exists: refuse such invokes here
    // with the Universal Actions error shape instead of letting the turn throw.
    const v = context.activity.value as { action?: unknown } | undefined;
    if (context.activity.name === 'adaptiveCard/action' && (!v || typeof v !== 'object' || !v.action || typeof v.action !== 'object')) {
      return { status: 400, body: { statusCode: 400, type: 'application/vnd.microsoft.error', value: { code: 'BadRequest', message: 'Missing action' } } };
    }
    const name = String(context.activity.name ?? '');
    let response: InvokeResponse;
    try {
      response = await super.onInvokeActivity(context);
    } catch (error) {
      // An invoke is answered in the HTTP response, so a failure here gets a polite answer, not a 5xx.
      this.deps.log.error({ turn: context.activity.id, name, err: error }, 'invoke failed');
      const card = this.deps.cards.error('Sorry, something went wrong on my side', 'Please try again in a moment, or type “help”.');
      return name === 'adaptiveCard/action'
        ? { status: 200, body: { statusCode: 200, type: CARD_TYPE, value: card } }
        : { status: 200, body: { composeExtension: { type: 'message', text: 'Sorry, something went wrong. Please try again.' } } };
    }
    // botbuilder answers invokes it has no handler for with 501; a client sending one gets a 4xx instead.
    if (response.status === 501) {
      return { status: 400, body: { error: 'NotSupported', message: `this bot does not handle '${name.slice(0, 64)}' invokes` } };
    }
    return response;
  }
}
