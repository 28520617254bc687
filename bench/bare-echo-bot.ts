// The cheapest Bot Framework turn on this stack, the bench's headline baseline: restify with its own body
// parser, botbuilder's CloudAdapter configured from nothing (auth off, botbuilder's DEFAULT outbound HTTP
// client), an ActivityHandler with no state, replying `echo: <text>`. None of Fine-Tune Scout's choices
// (server guards, outbound client, turn deadlines, state) is in it, so whatever those cost shows against it.
// BARE_CLIENT=<name> swaps only the outbound client (bench/outbound-clients.ts), to measure a client alone.
import { ActivityHandler, CloudAdapter, ConfigurationBotFrameworkAuthentication } from 'botbuilder';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { outboundClient, type OutboundClientName } from './outbound-clients';

export interface BareApp {
  url: string;
  close(): Promise<void>;
}

export async function startBareEcho(host: string, port: number, client?: OutboundClientName): Promise<BareApp> {
  const httpClient = client ? outboundClient(client) : undefined;
  const auth = new ConfigurationBotFrameworkAuthentication({}, undefined, undefined, undefined, httpClient ? { httpClient: httpClient as never } : undefined);
  const adapter = new CloudAdapter(auth);
  const bot = new ActivityHandler();
  bot.onMessage(async (context, next) => {
    await context.sendActivity(`echo: ${context.activity.text ?? ''}`);
    await next();
  });
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    await adapter.process(req, res, (context) => bot.run(context));
  });
  await new Promise<void>((resolve) => server.listen(port, host, () => resolve()));
  const { port: bound } = server.address() as AddressInfo;
  return { url: `http://${host}:${bound}`, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}
