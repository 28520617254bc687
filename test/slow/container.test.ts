// The container image (Dockerfile), built from this checkout with podman on the locally made base image
// (scripts/container/make-base-image.sh) and run for real. Two ways, both confined to loopback:
// - as deployed: the image's own HOST=0.0.0.0 with a bot identity set, in a container without network
//   (--network none: 0.0.0.0 there is the container's own loopback), probed from inside the container;
// - for a question: local mode on the host's network, with HOST=127.0.0.1 overriding the image, so the
//   test posts Teams activities to it and its replies reach the local connector on 127.0.0.1.
// Where podman is missing every test here fails: it must never pass without running the container.
import net from 'node:net';
import type { App } from '../../src/bot/app';
import { post, startBot } from '../support/bot-server';
import { cardOf, headlineOf } from '../support/cards';
import { startConnector, type LocalConnector } from '../support/connector';
import { personalMessage } from '../support/fixtures';
import { baseImage, buildImage, logLines, podman, requirePodman, run, ULIMITS } from '../support/podman';

jest.setTimeout(120_000);

const TAG = 'localhost/fine-tune-scout:test';
const QUESTION = 'can I fine-tune o4-mini in West Europe?';
// A well-formed identity that is nobody's: the bot needs one to listen on 0.0.0.0, and refuses every
// message without a token signed for it, which is what the test checks. Never a real secret.
const IDENTITY = {
  MicrosoftAppId: '00000000-0000-4000-8000-00000000c0de',
  MicrosoftAppPassword: 'not-a-secret',
  MicrosoftAppType: 'SingleTenant',
  MicrosoftAppTenantId: '00000000-0000-4000-8000-00000000beef',
};
const names: string[] = [];

beforeAll(async () => {
  await requirePodman();
  const started = Date.now();
  const base = await baseImage();
  const based = Date.now();
  await buildImage(base, TAG);
  process.stdout.write(`container: base image ${base} ready in ${based - started} ms; image built in ${Date.now() - based} ms\n`);
}, 45 * 60_000);

afterAll(async () => {
  for (const name of names) await podman(['rm', '--force', '--time', '0', name]);
});

function envFlags(env: Record<string, string>): string[] {
  return Object.entries(env).flatMap(([k, v]) => ['--env', `${k}=${v}`]);
}

/** Starts a container of the image, detached; returns its name. */
async function start(label: string, flags: string[], env: Record<string, string>): Promise<string> {
  const name = `fine-tune-scout-test-${process.pid}-${label}`;
  names.push(name);
  // --health-interval disable: no systemd here to run the HEALTHCHECK on a timer; the test runs it.
  const r = await podman(['run', '--detach', '--name', name, ...ULIMITS, '--health-interval', 'disable', ...flags, ...envFlags(env), TAG]);
  if (r.code !== 0) throw new Error(`podman run failed: ${r.stderr}`);
  return name;
}

async function running(name: string): Promise<boolean> {
  const r = await podman(['inspect', '--format', '{{.State.Running}}', name]);
  return r.stdout.trim() === 'true';
}

/** Runs the image's HEALTHCHECK until it passes; returns how long that took from `since`. */
async function healthy(name: string, since: number): Promise<number> {
  for (let i = 0; i < 300; i++) {
    if ((await podman(['healthcheck', 'run', name])).code === 0) return Date.now() - since;
    if (!(await running(name))) throw new Error(`the container exited:\n${(await run('podman', ['logs', name])).stderr}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('the container never became healthy');
}

/** Sends SIGTERM the way a platform stops a container; resolves with the exit code and the time it took. */
async function stop(name: string): Promise<{ code: number; ms: number }> {
  const t = Date.now();
  // 60 s before podman would SIGKILL (exit code 137): an exit 0 means the bot stopped by itself.
  await podman(['stop', '--time', '60', name], 90_000);
  const ms = Date.now() - t;
  const code = Number((await podman(['inspect', '--format', '{{.State.ExitCode}}', name])).stdout.trim());
  return { code, ms };
}

async function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

test('the image runs node itself (no shell, no npm) as the unprivileged node user, on 0.0.0.0, with its HEALTHCHECK', async () => {
  const r = await podman(['image', 'inspect', TAG]);
  const { Config: config, Healthcheck: healthcheck } = (JSON.parse(r.stdout) as Record<string, any>[])[0]!;
  expect(config.User).toBe('node');
  expect(config.Cmd).toEqual(['node', 'dist/src/index.js']);
  expect(config.Entrypoint ?? null).toBeNull();
  expect(config.Env).toEqual(expect.arrayContaining(['HOST=0.0.0.0', 'PORT=3978', 'NODE_ENV=production']));
  expect(healthcheck.Test).toEqual(['CMD', 'node', 'dist/src/healthcheck.js']);
  // Production dependencies only: no compiler, no test runner.
  const dev = await podman(['run', '--rm', ...ULIMITS, '--network', 'none', '--entrypoint', 'ls', TAG, 'node_modules']);
  expect(dev.stdout.split('\n')).toEqual(expect.arrayContaining(['botbuilder', 'restify']));
  expect(dev.stdout.split('\n')).not.toEqual(expect.arrayContaining(['typescript']));
  expect(dev.stdout.split('\n')).not.toEqual(expect.arrayContaining(['jest']));
});

describe('as deployed: HOST=0.0.0.0 with a bot identity', () => {
  let name: string;
  beforeAll(async () => {
    const t = Date.now();
    name = await start('deployed', ['--network', 'none'], IDENTITY);
    process.stdout.write(`container: healthy ${await healthy(name, t)} ms after podman run\n`);
  });

  // With no network the identity provider's keys cannot be fetched: /healthz still answers 200 (a liveness
  // probe) and says the instance is degraded, naming the identity provider.
  test('its HEALTHCHECK passes, and GET /healthz answers 200 with the catalog (degraded: no network for the keys)', async () => {
    expect((await podman(['inspect', '--format', '{{.State.Health.Status}}', name])).stdout.trim()).toBe('healthy');
    const r = await podman(['exec', name, 'node', '-e', 'fetch("http://127.0.0.1:3978/healthz").then(async (r) => console.log(r.status, await r.text()))']);
    const [status, ...body] = r.stdout.trim().split(' ');
    expect(status).toBe('200');
    const health = JSON.parse(body.join(' ')) as { status: string; catalog: { title: string }; identityProvider: { state: string } };
    expect(health.catalog.title).toEqual(expect.any(String));
    // The first key fetch has failed (degraded) or is still failing its way there; keys it cannot have.
    expect(['unavailable', 'starting']).toContain(health.identityProvider.state);
    expect(health.status).toBe(health.identityProvider.state === 'unavailable' ? 'degraded' : 'ok');
  });

  test('it listens on 0.0.0.0 as node (PID 1) under a non-root uid', async () => {
    const r = await podman(['exec', name, 'sh', '-c', 'tr "\\0" " " </proc/1/cmdline; echo; id -u']);
    expect(r.stdout.split('\n').map((l) => l.trim())).toEqual(['node dist/src/index.js', '1000', '']);
    expect((await logLines(name)).find((l) => l.msg === 'listening')).toMatchObject({ url: 'http://0.0.0.0:3978' });
  });

  test('a message without a Bot Framework token is refused with 401', async () => {
    const activity = JSON.stringify(personalMessage('http://127.0.0.1:9/', QUESTION));
    const script = `fetch("http://127.0.0.1:3978/api/messages", { method: "POST", headers: { "content-type": "application/json" }, body: process.argv[1] }).then((r) => console.log(r.status))`;
    const r = await podman(['exec', name, 'node', '-e', script, activity]);
    expect(r.stdout.trim()).toBe('401');
  });

  test('SIGTERM stops it cleanly: exit code 0, and it logs that it stopped cleanly', async () => {
    const { code, ms } = await stop(name);
    process.stdout.write(`container: stopped ${ms} ms after podman stop (SIGTERM)\n`);
    expect(code).toBe(0);
    const lines = await logLines(name);
    expect(lines.find((l) => l.msg?.startsWith('stopping'))).toMatchObject({ signal: 'SIGTERM' });
    expect(lines.find((l) => l.msg === 'stopped')).toMatchObject({ clean: true });
  });
});

describe('a question, in local mode on 127.0.0.1', () => {
  let name: string;
  let url: string;
  let connector: LocalConnector;
  let inProcess: App;
  beforeAll(async () => {
    connector = await startConnector();
    inProcess = await startBot();
    const port = await freePort();
    url = `http://127.0.0.1:${port}`;
    const t = Date.now();
    name = await start('local', ['--network', 'host'], { HOST: '127.0.0.1', PORT: String(port), SHUTDOWN_GRACE_MS: '20000' });
    await healthy(name, t);
  });
  afterAll(async () => {
    await inProcess?.close();
    await connector?.close();
  });

  test('gets its Adaptive Card sent to the conversation: the card this checkout’s bot gives', async () => {
    const res = await post(url, personalMessage(connector.serviceUrl, QUESTION, 'a:container'));
    expect(res.status).toBe(200);
    const [reply] = await connector.waitFor(1, 'a:container', 10_000);
    await post(inProcess.url, personalMessage(connector.serviceUrl, QUESTION, 'a:in-process'));
    const [expected] = await connector.waitFor(1, 'a:in-process');
    expect(reply!.activity.summary).toMatch(/— o4-mini in West Europe$/);
    const card = cardOf(reply!.activity);
    expect(headlineOf(card)).toBe('Yes, with Global training');
    expect(card).toEqual(cardOf(expected!.activity));
  });

  test('with deliveryMode expectReplies, gets its card in the HTTP response', async () => {
    const message = personalMessage(connector.serviceUrl, QUESTION, 'a:container-expect-replies');
    message.deliveryMode = 'expectReplies';
    const res = await post(url, message);
    expect(res.status).toBe(200);
    expect(res.body.activities).toHaveLength(1);
    expect(res.body.activities[0].summary).toMatch(/— o4-mini in West Europe$/);
    expect(headlineOf(cardOf(res.body.activities[0]))).toBe('Yes, with Global training');
    expect(connector.to('a:container-expect-replies')).toEqual([]);
  });

  test('SIGTERM during a turn lets the turn finish, then the container exits 0', async () => {
    const conv = 'a:container-in-flight';
    connector.behave({ delayMs: 2000 }, conv); // the reply to Teams takes 2 s: the turn is in flight
    const inFlight = post(url, personalMessage(connector.serviceUrl, QUESTION, conv));
    for (let i = 0; connector.attempts(conv) === 0; i++) {
      if (i > 1000) throw new Error('the turn never tried to reply');
      await new Promise((r) => setTimeout(r, 10));
    }
    const stopped = stop(name);
    expect((await inFlight).status).toBe(200);
    expect(connector.to(conv)).toHaveLength(1);
    expect((await stopped).code).toBe(0);
    expect((await logLines(name)).find((l) => l.msg === 'stopped')).toMatchObject({ clean: true });
  });
});
