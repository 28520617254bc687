// Building and running the project's container image with podman, for test/slow/container.test.ts.
// docs/DEPLOY.md explains each flag used here; this file is the one place that knows them.
import { spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

export const ROOT = path.join(__dirname, '..', '..');

export interface Ran {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs a command to its end (no shell); never rejects for a non-zero exit: the caller reads `code`. */
export function run(cmd: string, args: string[], timeoutMs = 60_000): Promise<Ran> {
  return new Promise((resolve, reject) => {
    const child = spawn(cmd, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c: Buffer) => (stdout += c.toString()));
    child.stderr.on('data', (c: Buffer) => (stderr += c.toString()));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', (e) => {
      clearTimeout(timer);
      reject(e);
    });
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** Throws with the command's last lines of output unless it exited 0. */
export async function runOk(cmd: string, args: string[], timeoutMs?: number): Promise<Ran> {
  const r = await run(cmd, args, timeoutMs);
  if (r.code !== 0) {
    const tail = `${r.stdout}\n${r.stderr}`.trim().split('\n').slice(-30).join('\n');
    throw new Error(`${cmd} ${args.join(' ')} exited ${r.code}:\n${tail}`);
  }
  return r;
}

/** Fails (never skips) when podman is missing: the container test must not pass without running. */
export async function requirePodman(): Promise<void> {
  const r = await run('podman', ['--version']).catch(() => null);
  if (!r || r.code !== 0) {
    throw new Error('podman is not installed: apt-get install -y podman buildah runc debootstrap (.ci/run does)');
  }
}

/**
 * podman with the OCI runtime this machine needs: runc where it is installed. crun (podman's default)
 * refuses a machine whose cgroup v2 hierarchy has controllers beside cgroup v1 ("cgroups in hybrid mode
 * not supported"), as this sandbox has; runc runs there and everywhere else.
 */
export function podman(args: string[], timeoutMs?: number): Promise<Ran> {
  const runc = ['/usr/bin/runc', '/usr/sbin/runc', '/usr/local/bin/runc'].find((p) => existsSync(p));
  return run('podman', [...(runc ? ['--runtime', runc] : []), ...args], timeoutMs);
}

/**
 * Explicit ulimits for `podman run`: rootful podman otherwise raises the container's nofile and nproc
 * limits to a million and more, which fails where root lacks CAP_SYS_RESOURCE ("setrlimit: Operation not
 * permitted"), as in this sandbox. 4096 is far more than one bot needs, and within any machine's limits.
 */
export const ULIMITS = ['--ulimit', 'nofile=4096:4096', '--ulimit', 'nproc=4096:4096'];

/** The local base image (scripts/container/make-base-image.sh: made once, then reused). */
export async function baseImage(): Promise<string> {
  const r = await runOk('bash', ['scripts/container/make-base-image.sh'], 15 * 60_000);
  return r.stdout.trim().split('\n').at(-1)!;
}

/**
 * Builds the Dockerfile on `base` as `tag`.
 * - --format docker: the OCI image format has no HEALTHCHECK; podman drops it without this.
 * - --isolation chroot: RUN steps need no OCI runtime, cgroups or rlimits (see runtimeFlags).
 * - --network host: npm ci reaches the npm registry as this machine does.
 * - the CA bundle Node is told to trust here (NODE_EXTRA_CA_CERTS), if any, as the npm-ca build secret:
 *   on a network that inspects TLS npm needs it; it is mounted for RUN steps only, never in the image.
 * Removes the image this tag named before, if the build made a new one, so rebuilds do not pile up.
 */
export async function buildImage(base: string, tag: string): Promise<void> {
  const before = await run('podman', ['image', 'inspect', '--format', '{{.Id}}', tag]);
  const ca = process.env.NODE_EXTRA_CA_CERTS;
  const secret = ca && existsSync(ca) ? ['--secret', `id=npm-ca,src=${ca}`] : [];
  await runOk(
    'podman',
    ['build', '--format', 'docker', '--isolation', 'chroot', '--network', 'host', ...secret, '--build-arg', `BASE_IMAGE=${base}`, '-t', tag, '.'],
    30 * 60_000,
  );
  const after = await runOk('podman', ['image', 'inspect', '--format', '{{.Id}}', tag]);
  if (before.code === 0 && before.stdout.trim() !== after.stdout.trim()) await run('podman', ['rmi', before.stdout.trim()]);
}

/** The container's stdout as parsed log lines (pino JSON); other lines (warnings) are left out. */
export async function logLines(name: string): Promise<Record<string, any>[]> {
  const r = await runOk('podman', ['logs', name]);
  return r.stdout
    .split('\n')
    .filter((l) => l.startsWith('{'))
    .map((l) => JSON.parse(l) as Record<string, any>);
}
