// A crash between deciding a watch notice and posting it does not lose the notice: the real bot process
// (dist/src/index.js, watches in Azurite) is killed while its post hangs at the connector, and the instance
// started in its place posts the notice, once, when the dead one's lease has lapsed.
import { spawn, type ChildProcess } from 'node:child_process';
import http from 'node:http';
import net from 'node:net';
import type { AddressInfo } from 'node:net';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { startAzurite, type Azurite } from '../support/azurite';
import { post } from '../support/bot-server';
import { cardOf, textOf } from '../support/cards';
import { startConnector, type LocalConnector } from '../support/connector';
import { personalMessage } from '../support/fixtures';
import { ROOT } from '../support/knowledge';

jest.setTimeout(180_000);

// The refresher reads the current documents (CATALOG_SOURCE_URLS); the change served: West Europe's footnote 1
// lifted from the Global training regions, so gpt-oss-120b becomes trainable there.
const CURRENT = path.join(ROOT, 'data/source/current');
const DOCS = readdirSync(CURRENT).filter((f) => f.endsWith('.md'));
const original = new Map(DOCS.map((f) => [f, readFileSync(path.join(CURRENT, f), 'utf8')]));
const changedRegions = original.get('fine-tune-global-training-regions.md')!.replace('| West Europe | ✅<sup>1</sup> | ❌ |', '| West Europe | ✅ | ❌ |');
let serving: ReadonlyMap<string, string> = original;
const changed = new Map([...original, ['fine-tune-global-training-regions.md', changedRegions]]);
let source: http.Server;
let azurite: Azurite;
let connector: LocalConnector;
const children: ChildProcess[] = [];

beforeAll(async () => {
  source = http.createServer((req, res) => {
    const doc = serving.get(path.basename(req.url ?? ''));
    res.writeHead(doc === undefined ? 404 : 200, { 'content-type': 'text/markdown' });
    res.end(doc ?? '');
  });
  await new Promise<void>((r) => source.listen(0, '127.0.0.1', r));
  azurite = await startAzurite();
  connector = await startConnector();
});
afterAll(async () => {
  for (const c of children) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL');
  await connector?.close();
  await azurite?.stop();
  await new Promise((r) => source.close(r));
});

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function until(what: string, ok: () => boolean | Promise<boolean>, withinMs = 60_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (!(await ok())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Starts the bot as `npm start` does, on a free port; its log lines are kept. */
async function startInstance(): Promise<{ url: string; child: ChildProcess; lines: Record<string, any>[] }> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(ROOT, 'dist', 'src', 'index.js')], {
    env: {
      ...process.env,
      PORT: String(port),
      HOST: '127.0.0.1',
      MicrosoftAppId: '',
      LOG_LEVEL: 'info',
      STATE_STORAGE: 'blob',
      BLOB_CONNECTION_STRING: azurite.connectionString,
      BLOB_CONTAINER: 'scout-watch-crash',
      CATALOG_SOURCE_URLS: DOCS.map((f) => `http://127.0.0.1:${(source.address() as AddressInfo).port}/${f}`).join(','),
      CATALOG_REFRESH_MINUTES: '0.01',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  children.push(child);
  const lines: Record<string, any>[] = [];
  let rest = '';
  child.stdout!.on('data', (d: Buffer) => {
    const parts = (rest + d.toString('utf8')).split('\n');
    rest = parts.pop()!;
    for (const p of parts) {
      try {
        lines.push(JSON.parse(p));
      } catch {
        /* not a log line */
      }
    }
  });
  const url = `http://127.0.0.1:${port}`;
  await until('the bot to start', async () => {
    try {
      return (await fetch(`${url}/healthz`)).ok;
    } catch {
      return false;
    }
  });
  return { url, child, lines };
}

test('an instance killed after deciding a notice and before posting it: its successor posts it exactly once', async () => {
  const conv = 'a:crash-watch';
  const first = await startInstance();
  expect((await post(first.url, personalMessage(connector.serviceUrl, 'watch gpt-oss-120b in West Europe', conv))).status).toBe(200);
  await connector.waitFor(1, conv, 30_000);

  // The post of the notice reaches the connector and is never answered: the instance has decided (the
  // notice is written, its lease held) and has not posted. Then it is killed.
  connector.behave({ hang: true }, conv);
  const attempts = connector.attempts(conv);
  serving = changed;
  await until('the notice to be in flight', () => connector.attempts(conv) > attempts);
  expect(first.lines.some((l) => l.msg === 'catalog swap: watch notices decided' && l.notices === 1)).toBe(true);
  first.child.kill('SIGKILL');
  await new Promise((r) => first.child.once('exit', r));
  connector.behave(null, conv);
  expect(connector.to(conv)).toHaveLength(1); // only the "Watching" reply

  const second = await startInstance();
  await until('the notice to be posted', () => connector.to(conv).length >= 2, 90_000);
  const notice = connector.to(conv)[1]!.activity;
  expect(textOf(cardOf(notice))).toMatch(/^A watched answer changed[\s\S]*✅ Yes, with Global training/);
  // The successor swapped in the same catalog itself, found the notice decided already, and took it over.
  await until('the successor to mark it sent', () => second.lines.some((l) => l.msg === 'watch notice sent'));
  await until('a few more refreshes', () => second.lines.filter((l) => l.msg === 'catalog refresh').length >= 5);
  expect(connector.to(conv)).toHaveLength(2);
  expect(second.lines.filter((l) => l.msg === 'watch notice sent')).toHaveLength(1);
  second.child.kill('SIGTERM');
  await new Promise((r) => second.child.once('exit', r));
});
