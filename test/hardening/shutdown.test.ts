// SIGTERM: the real bot process stops accepting new requests, lets the turn in flight finish, and exits 0;
// and so does `npm start`, as containers and App Service run it, when the signal goes to npm.
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import { post } from '../support/bot-server';
import { startConnector, type LocalConnector } from '../support/connector';
import { personalMessage } from '../support/fixtures';
import { ROOT } from '../support/knowledge';

jest.setTimeout(90_000);

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

/** Waits for /healthz; generous, because `npm start` on a busy 2-core machine can take many seconds. */
async function waitUntilUp(url: string, withinMs = 40_000): Promise<void> {
  const deadline = Date.now() + withinMs;
  while (Date.now() < deadline) {
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      /* not yet */
    }
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error('the bot did not start');
}

/** Waits until the bot's reply has reached the connector: the turn is in flight, waiting on Teams. */
async function untilInFlight(conversationId: string): Promise<void> {
  const deadline = Date.now() + 30_000;
  while (connector.attempts(conversationId) === 0) {
    if (Date.now() > deadline) throw new Error('the turn never reached the connector');
    await new Promise((r) => setTimeout(r, 20));
  }
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
  await untilInFlight(conv);
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

/** Starts `npm start` on a free port, as a process group of its own (as a terminal or a container runs it). */
async function npmStart(
  env: Record<string, string> = {},
): Promise<{ npm: ChildProcess; url: string; port: number; output: () => string; exited: Promise<number | null> }> {
  const port = await freePort();
  const npm = spawn('npm', ['start'], {
    cwd: ROOT,
    env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', LOG_LEVEL: 'info', SHUTDOWN_GRACE_MS: '8000', MicrosoftAppId: '', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    detached: true,
  });
  let output = '';
  npm.stdout!.on('data', (d) => (output += d));
  npm.stderr!.on('data', (d) => (output += d));
  const exited = new Promise<number | null>((resolve) => npm.once('exit', (code) => resolve(code)));
  started.push(npm);
  const url = `http://127.0.0.1:${port}`;
  await waitUntilUp(url).catch((e: Error) => {
    throw new Error(`${e.message}; npm start printed:\n${output}`);
  });
  return { npm, url, port, output: () => output, exited };
}

const started: ChildProcess[] = [];
afterEach(() => {
  // A failed test must not leave npm and its bot running: stop the whole process group.
  // (npm may be gone and its bot orphaned: the group outlives its leader.)
  for (const npm of started.splice(0)) {
    try {
      process.kill(-npm.pid!, 'SIGKILL');
    } catch {
      /* the whole group has exited */
    }
  }
});

/** Every process below `pid` (Linux /proc): what npm started, and what that started. */
function descendants(pid: number): number[] {
  let children: number[] = [];
  try {
    children = readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
  } catch {
    /* gone already */
  }
  return children.flatMap((child) => [child, ...descendants(child)]);
}

function commandLine(pid: number): string[] {
  return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0');
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function portClosed(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => (socket.destroy(), resolve(false)));
    socket.once('error', () => resolve(true));
  });
}

test.each([
  ['SIGTERM sent to the npm process (as a container runtime or App Service does)', 'npm'],
  ['Ctrl+C (SIGINT to the process group: the bot gets it directly, and again from npm)', 'group'],
] as const)('%s stops the bot started by `npm start`: the turn in flight finishes, the port is freed, npm exits 0', async (_how, target) => {
  const { npm, url, port, output, exited } = await npmStart();
  const below = descendants(npm.pid!);
  const bot = below.find((pid) => commandLine(pid).includes('dist/src/index.js'));
  expect(bot).toBeDefined();

  const conv = `a:npm-${target}`;
  connector.behave({ delayMs: 1500 }, conv);
  const inFlight = post(url, personalMessage(connector.serviceUrl, 'can I fine-tune o4-mini in West Europe?', conv));
  await untilInFlight(conv);
  if (target === 'npm') npm.kill('SIGTERM');
  else {
    process.kill(-npm.pid!, 'SIGINT');
    // The bot gets Ctrl+C twice, from the terminal and forwarded by npm; usually within the same
    // millisecond, where one hides the other, but not on a busy machine. Make the late second one certain.
    await new Promise((r) => setTimeout(r, 200));
    process.kill(bot!, 'SIGINT');
  }

  expect((await inFlight).status).toBe(200);
  expect(connector.to(conv)).toHaveLength(1);
  expect(await exited).toBe(0);
  expect(below.filter(alive)).toEqual([]); // nothing npm started is left behind, holding the port
  expect(await portClosed(port)).toBe(true);
  expect(output().match(/"msg":"stopping/g)).toHaveLength(1);
  expect(output()).toMatch(/"msg":"stopped"/);
});

test('when a turn outlives SHUTDOWN_GRACE_MS, `npm start` reports the bot’s exit code 1 after cutting it', async () => {
  const { npm, url, port, output, exited } = await npmStart({ SHUTDOWN_GRACE_MS: '300' });
  const conv = 'a:npm-too-slow';
  connector.behave({ hang: true }, conv); // Teams never answers: the turn cannot finish
  const inFlight = post(url, personalMessage(connector.serviceUrl, 'models', conv)).then(
    (r) => r.status,
    () => 'cut',
  );
  await untilInFlight(conv);
  npm.kill('SIGTERM');

  expect(await exited).toBe(1);
  expect(await inFlight).toBe('cut');
  expect(await portClosed(port)).toBe(true);
  expect(output()).toMatch(/"clean":false,"msg":"stopped"/);
});
