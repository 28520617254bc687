// The floor under every Bot Framework bot here: restify with its body parser and, per message, one reply
// POSTed to the connector (Node's http, a keep-alive agent) before the request is answered 200, as
// CloudAdapter does, but without botbuilder: no activity validation, no TurnContext, no connector client.
// The bare echo bot's throughput over this one is what botbuilder itself costs per turn.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import restify from 'restify';
import { serveBenchHooks } from './bench-hooks';

const agent = new http.Agent({ keepAlive: true });

function reply(serviceUrl: string, conversationId: string, replyToId: string, body: string): Promise<number> {
  const url = new URL(`v3/conversations/${encodeURIComponent(conversationId)}/activities/${encodeURIComponent(replyToId)}`, serviceUrl);
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        agent,
        host: url.hostname,
        port: url.port,
        path: url.pathname,
        method: 'POST',
        headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) },
      },
      (res) => {
        res.resume();
        res.on('end', () => resolve(res.statusCode ?? 0));
      },
    );
    req.on('error', reject);
    req.end(body);
  });
}

async function main(): Promise<void> {
  const server = restify.createServer();
  server.use(restify.plugins.bodyParser());
  server.post('/api/messages', async (req, res) => {
    const a = req.body as {
      type?: string;
      id: string;
      text?: string;
      serviceUrl: string;
      conversation: { id: string };
      from: unknown;
      recipient: unknown;
      channelId: string;
    };
    if (a.type === 'message') {
      const body = JSON.stringify({
        type: 'message',
        text: `echo: ${a.text ?? ''}`,
        channelId: a.channelId,
        conversation: a.conversation,
        from: a.recipient,
        recipient: a.from,
        replyToId: a.id,
        inputHint: 'acceptingInput',
      });
      await reply(a.serviceUrl, a.conversation.id, a.id, body);
    }
    res.send(200);
  });
  await new Promise<void>((resolve) => server.listen(Number(process.env.PORT ?? 0), process.env.HOST ?? '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  const close = () => new Promise<void>((resolve) => server.close(() => resolve()));
  process.once('SIGTERM', () => void close().then(() => process.exit(0)));
  serveBenchHooks(`http://${process.env.HOST ?? '127.0.0.1'}:${port}`, close);
}

void main().catch((e: unknown) => {
  process.stderr.write(`floor bot: failed to start: ${(e as Error).message}\n`);
  process.exit(1);
});
