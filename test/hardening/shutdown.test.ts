// SIGTERM: the real `npm start` process stops accepting new requests, lets the turn in flight finish,
// and exits 0.
import { spawn } from 'node:child_process';
import net from 'node:net';
import path from 'node:path';
import { post } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { personalMessage } from '../support/fixtures';
import { ROOT } from '../support/knowledge';

jest.setTimeout(60_000);

let connector: LocalConnector;
beforeAll(async () => {
  connector = await startConnector();
});
afterAll(async () => {
  await connector.close();
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function waitUntilUp(url: string): Promise<void> {
  for (let i = 0; i < 200; i++) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the bot did not start');
}

test('SIGTERM lets the turn in flight finish, refuses new requests, and exits 0', async () => {
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'index.js')], {
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', SHUTDOWN_GRACE_MS: '8000', MicrosoftAppId: '' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (d) => (output += d));
  child.stderr.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)));
  await waitUntilUp(url);

  const conv = 'a:in-flight';
  connector.behave({ delayMs: 1500 }, conv); // the reply to Teams takes 1.5 s: the turn is in flight
  const inFlight = post(url, personalMessage(connector.serviceUrl, 'can I fine-tune o4-mini in West Europe?', conv));
  await new Promise((r) => setTimeout(r, 300));
  child.kill('SIGTERM');
  await new Promise((r) => setTimeout(r, 200));

  // A new request is turned away (503 on a live connection, or the port is closed).
  const late = await post(url, personalMessage(connector.serviceUrl, 'models', 'a:late')).then(
    (r) => r.status,
    () => 'refused',
  );
  expect([503, 'refused']).toContain(late);

  expect((await inFlight).status).toBe(200);
  expect(connector.to(conv)).toHaveLength(1);
  expect(connector.to('a:late')).toHaveLength(0);
  expect(await exited).toBe(0);
  expect(output).toMatch(/"msg":"stopped"/);
});
