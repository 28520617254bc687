// The connector client a turn replies through is made once per serviceUrl (the user-token client once) and kept across turns
// (src/bot/http/connector-clients.ts), over the real server: every turn's reply still reaches its own
// serviceUrl, and two serviceUrls never share a client.
import type { TurnContext } from 'botbuilder';
import type { App } from '../../src/bot/app';
import { ScoutBot } from '../../src/bot/scout-bot';
import { post, startBot } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { personalMessage } from '../support/fixtures';

let app: App;
let a: LocalConnector;
let b: LocalConnector;

beforeAll(async () => {
  [app, a, b] = await Promise.all([startBot(), startConnector(), startConnector()]);
});
afterAll(async () => {
  await app.close();
  await a.close();
  await b.close();
});

test('turns to one serviceUrl share one connector client, another serviceUrl gets its own, all share one user-token client, and every reply arrives', async () => {
  const original = ScoutBot.prototype.run;
  const clients: unknown[] = [];
  const tokenClients: unknown[] = [];
  const run = jest.spyOn(ScoutBot.prototype, 'run').mockImplementation(async function (this: ScoutBot, context: TurnContext) {
    const keys = context.adapter as unknown as { ConnectorClientKey: symbol; UserTokenClientKey: symbol };
    clients.push(context.turnState.get(keys.ConnectorClientKey));
    tokenClients.push(context.turnState.get(keys.UserTokenClientKey));
    return original.call(this, context);
  });
  try {
    for (const [connector, conversation, text] of [
      [a, 'a:reuse-1', 'models'],
      [a, 'a:reuse-2', 'regions'],
      [b, 'a:reuse-3', 'models'],
      [b, 'a:reuse-4', 'regions'],
    ] as const) {
      expect((await post(app.url, personalMessage(connector.serviceUrl, text, conversation))).status).toBe(200);
      expect(await connector.waitFor(1, conversation)).toHaveLength(1);
    }
  } finally {
    run.mockRestore();
  }
  expect(clients).toHaveLength(4);
  expect(clients[0]).toBeDefined();
  expect(clients[1]).toBe(clients[0]);
  expect(clients[2]).not.toBe(clients[0]);
  expect(clients[3]).toBe(clients[2]);
  // The user-token client depends on the bot's identity only: one for every turn.
  expect(tokenClients[0]).toBeDefined();
  expect(new Set(tokenClients).size).toBe(1);
  expect(a.to('a:reuse-3')).toEqual([]);
  expect(b.to('a:reuse-1')).toEqual([]);
});
