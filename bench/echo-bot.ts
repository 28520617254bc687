// The floor for this stack: an echo bot on the same restify server (src/bot/server.ts's createServer, so
// the same routes, body limits and parsers), the same CloudAdapter with auth off and the same outbound
// HTTP client (src/bot/adapter.ts's createAdapter), and the same state handling as Fine-Tune Scout
// (ConversationState over the same storage, src/bot/storage.ts's createStorage; one property read and
// written per turn, saved at the end of the turn). It replies with one line of text, or, given Scout's
// replies (bench/echo-cards.ts), with the card Scout gives to the question.
import { ActivityHandler, ConversationState, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import type { Server } from 'restify';
import type { AdaptiveCard, CardRenderer } from '../src/presentation/card-render';
import type { Config } from '../src/config';
import type { Logger } from '../src/log';
import { createAdapter } from '../src/bot/http/adapter';
import type { KnowledgeHolder } from '../src/knowledge/holder';
import { questionText } from '../src/bot/handlers/activity-text';
import type { CardReply } from './echo-cards';
import { createServer } from '../src/bot/http/server';
import { httpLimitsOf } from '../src/bot/http/limits';
import { createStorage } from '../src/bot/state/storage';

export class EchoBot extends ActivityHandler {
  private readonly turns: StatePropertyAccessor<number>;

  constructor(
    private readonly conversationState: ConversationState,
    cards: ReadonlyMap<string, CardReply> | null = null,
  ) {
    super();
    this.turns = conversationState.createProperty<number>('turns');
    this.onMessage(async (context, next) => {
      const seen = await this.turns.get(context, 0);
      await this.turns.set(context, seen + 1);
      const card = cards?.get(questionText(context.activity));
      await context.sendActivity(card ?? `echo: ${context.activity.text ?? ''}`);
      await next();
    });
  }

  override async run(context: TurnContext): Promise<void> {
    try {
      await super.run(context);
    } finally {
      await this.conversationState.saveChanges(context, false);
    }
  }
}

export interface EchoApp {
  server: Server;
  url: string;
  close(): Promise<void>;
}

/** The error card is only used when a turn fails; the echo bot has no card templates. */
const noCards: CardRenderer = {
  render: () => ({ type: 'AdaptiveCard', version: '1.5' }) as AdaptiveCard,
  error: (headline: string) => ({ type: 'AdaptiveCard', version: '1.5', body: [{ type: 'TextBlock', text: headline }] }) as AdaptiveCard,
};

/** /healthz reads the catalog's title and date; the echo bot has no catalog. */
const noKnowledge = {
  current: () => ({ catalog: { data: { source: { title: 'echo bot', date: '' } } } }),
  swap: () => undefined,
} as unknown as KnowledgeHolder;

export async function startEchoApp(config: Config, log: Logger, cards: ReadonlyMap<string, CardReply> | null = null): Promise<EchoApp> {
  const conversationState = new ConversationState(createStorage(config));
  const bot = new EchoBot(conversationState, cards);
  const adapter = createAdapter(config, noCards, log);
  const server = createServer({ adapter, bot, holder: noKnowledge, log, version: '0.0.0-echo', limits: httpLimitsOf(config) });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.PORT, config.HOST, () => resolve());
  });
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://${config.HOST}:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
