// Bot state in a Blob store that fails: one that accepts connections and never answers, one that refuses
// them, and one (Azurite) that is down at first and comes back. Every question is still answered, within
// Teams' 15 s, without memory while the store fails; failures are logged and shown on /healthz; memory works
// again once the store does, without a restart.
import net from 'node:net';
import type { App } from '../../src/bot/app';
import { startAzurite, type Azurite } from '../support/azurite';
import { capturingLogger, post, startBot } from '../support/bot-server';
import { cardOf, headlineOf } from '../support/cards';
import { startConnector, type LocalConnector } from '../support/connector';
import { blobConnectionString, closedPort, startHungListener, type HungListener } from '../support/faults';
import { fixture, personalMessage } from '../support/fixtures';

jest.setTimeout(60_000);

const TEAMS_LIMIT_MS = 15_000;
const QUESTION = 'can I fine-tune o4-mini in West Europe?';

let connector: LocalConnector;
beforeAll(async () => {
  connector = await startConnector();
});
afterAll(async () => {
  await connector.close();
});

function blobEnv(connectionString: string): Record<string, string> {
  return { STATE_STORAGE: 'blob', BLOB_CONNECTION_STRING: connectionString, BLOB_CONTAINER: 'scout-state' };
}

async function timed(app: App, activity: Record<string, any>) {
  const t0 = Date.now();
  const res = await post(app.url, activity);
  return { ...res, ms: Date.now() - t0 };
}

async function health(app: App): Promise<{ status: number; body: Record<string, any>; text: string }> {
  const res = await fetch(`${app.url}/healthz`);
  const text = await res.text();
  return { status: res.status, body: JSON.parse(text), text };
}

async function eventually(check: () => boolean, timeoutMs = 10_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not met in time');
    await new Promise((r) => setTimeout(r, 50));
  }
}

describe('a Blob store that accepts connections and never answers', () => {
  let hung: HungListener;
  let app: App;
  const { log, lines } = capturingLogger();
  beforeAll(async () => {
    hung = await startHungListener();
    app = await startBot(blobEnv(blobConnectionString(hung.port)), {}, log);
  });
  afterAll(async () => {
    await app.close();
    await hung.close();
  });

  test('a question is answered within 15 s, without memory, and the failed read and write are logged', async () => {
    const conv = 'a:blob-hung';
    const res = await timed(app, personalMessage(connector.serviceUrl, QUESTION, conv));
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(TEAMS_LIMIT_MS);
    const [reply] = await connector.waitFor(1, conv);
    expect(reply!.activity.summary).toContain('o4-mini in West Europe');
    expect(lines.filter((l) => l.msg === 'state read failed: answering without memory')).not.toEqual([]);
    expect(lines.filter((l) => l.msg === 'state write failed: this turn is not remembered')).not.toEqual([]);
    expect(hung.connections()).toBeGreaterThan(0); // the store was really tried
  });

  test('a card action is answered in its HTTP response though state can be neither read nor written', async () => {
    const invoke = fixture('invoke-adaptiveCard-action', connector.serviceUrl, (a) => {
      a.value.action = { type: 'Action.Execute', title: 'Check', verb: 'check', data: { model: 'o4-mini', region: 'swedencentral' } };
      a.conversation = { id: 'a:blob-hung-invoke', conversationType: 'personal', isGroup: false, tenantId: a.conversation.tenantId };
    });
    const res = await timed(app, invoke);
    expect(res.status).toBe(200);
    expect(res.ms).toBeLessThan(TEAMS_LIMIT_MS);
    expect(headlineOf(res.body.value)).toMatch(/^Yes/);
  });

  test('/healthz answers 200, says degraded and shows the state store failing, naming no address', async () => {
    const h = await health(app);
    expect(h.status).toBe(200);
    expect(h.body).toMatchObject({
      status: 'degraded',
      stateStore: { kind: 'blob', state: 'failing', lastError: expect.stringMatching(/no answer within|timed out/) },
    });
    expect(h.body.stateStore.failures).toBeGreaterThan(0);
    expect(h.text).not.toContain(String(hung.port));
  });

  test('the bot gives up its connections to the hung store instead of holding them open', async () => {
    await eventually(() => hung.open() === 0);
    expect(hung.open()).toBe(0);
  });
});

describe('a Blob store that refuses connections', () => {
  test('a question is answered within 15 s, without memory', async () => {
    const { log, lines } = capturingLogger();
    const app = await startBot(blobEnv(blobConnectionString(await closedPort())), {}, log);
    try {
      const conv = 'a:blob-refused';
      const res = await timed(app, personalMessage(connector.serviceUrl, QUESTION, conv));
      expect(res.status).toBe(200);
      expect(res.ms).toBeLessThan(TEAMS_LIMIT_MS);
      const [reply] = await connector.waitFor(1, conv);
      expect(reply!.activity.summary).toContain('o4-mini in West Europe');
      expect(lines.find((l) => l.msg === 'state read failed: answering without memory')?.error).toMatch(/ECONNREFUSED/);
    } finally {
      await app.close();
    }
  });
});

describe('a Blob store that is down at first and comes back', () => {
  let azurite: Azurite;
  let forwarder: net.Server | null = null;
  const sockets = new Set<net.Socket>();
  beforeAll(async () => {
    azurite = await startAzurite();
  });
  afterAll(async () => {
    for (const s of sockets) s.destroy();
    await new Promise<void>((resolve) => (forwarder ? forwarder.close(() => resolve()) : resolve()));
    await azurite.stop();
  });

  /** Makes `port` reach Azurite from now on (nothing listened there before: connections were refused). */
  async function bringUp(port: number): Promise<void> {
    const target = Number(/BlobEndpoint=http:\/\/127\.0\.0\.1:(\d+)\//.exec(azurite.connectionString)![1]);
    forwarder = net.createServer((client) => {
      const upstream = net.connect(target, '127.0.0.1');
      for (const s of [client, upstream]) {
        sockets.add(s);
        s.on('error', () => {});
        s.on('close', () => sockets.delete(s));
      }
      client.pipe(upstream).pipe(client);
    });
    await new Promise<void>((resolve) => forwarder!.listen(port, '127.0.0.1', resolve));
  }

  test('memory works again once the store answers, without a restart', async () => {
    const port = await closedPort();
    const app = await startBot(blobEnv(blobConnectionString(port)));
    try {
      const conv = 'a:blob-comes-back';
      // Down: answered without memory.
      expect((await timed(app, personalMessage(connector.serviceUrl, QUESTION, conv))).status).toBe(200);
      await connector.waitFor(1, conv);
      expect((await health(app)).body.stateStore.state).toBe('failing');

      await bringUp(port);
      expect((await timed(app, personalMessage(connector.serviceUrl, QUESTION, conv))).status).toBe(200);
      await connector.waitFor(2, conv);
      expect((await timed(app, personalMessage(connector.serviceUrl, 'what about Sweden Central?', conv))).status).toBe(200);
      const replies = await connector.waitFor(3, conv);
      // The follow-up continues the question before it: it was written to, and read from, the store.
      expect(replies[2]!.activity.summary).toContain('o4-mini in Sweden Central');
      expect(headlineOf(cardOf(replies[2]!.activity))).toMatch(/^Yes/);
      const h = await health(app);
      expect(h.body).toMatchObject({ status: 'ok', stateStore: { kind: 'blob', state: 'ok', failures: 0 } });
    } finally {
      await app.close();
    }
  });
});
