// `npm start`'s prestart (scripts/build-if-stale.js) builds only when dist/ is missing or older than src/,
// and only when TypeScript is installed; a production install without it runs the dist/ it has, or says
// clearly why it cannot. Run here on a tiny project of the same shape, so each build takes a second.
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ROOT } from '../support/knowledge';

jest.setTimeout(60_000);

const HOUR = 3600;

/** A project with src/index.ts, tsconfig.json and the prestart script; TypeScript only when asked. */
function project({ typescript }: { typescript: boolean }): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'scout-prestart-'));
  mkdirSync(path.join(dir, 'scripts'));
  mkdirSync(path.join(dir, 'src'));
  copyFileSync(path.join(ROOT, 'scripts', 'build-if-stale.js'), path.join(dir, 'scripts', 'build-if-stale.js'));
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify({ name: 'tiny', main: 'dist/src/index.js' }));
  writeFileSync(
    path.join(dir, 'tsconfig.json'),
    JSON.stringify({
      compilerOptions: { outDir: 'dist', rootDir: '.', incremental: true, tsBuildInfoFile: 'dist/.tsbuildinfo', types: [] },
      include: ['src/**/*.ts'],
    }),
  );
  writeFileSync(path.join(dir, 'src', 'index.ts'), 'export const answer: number = 42;\n');
  if (typescript) {
    mkdirSync(path.join(dir, 'node_modules'));
    symlinkSync(path.join(ROOT, 'node_modules', 'typescript'), path.join(dir, 'node_modules', 'typescript'), 'dir');
  }
  return dir;
}

function prestart(dir: string) {
  return spawnSync(process.execPath, [path.join(dir, 'scripts', 'build-if-stale.js')], { cwd: dir, encoding: 'utf8', timeout: 50_000 });
}

/** Writes a stand-in for built code, `ageSeconds` old, with src/ older or newer as asked. */
function fakeBuild(dir: string, { ageSeconds, srcAgeSeconds }: { ageSeconds: number; srcAgeSeconds: number }): string {
  const entry = path.join(dir, 'dist', 'src', 'index.js');
  mkdirSync(path.dirname(entry), { recursive: true });
  writeFileSync(entry, 'exports.answer = 41; // built before\n');
  const now = Date.now() / 1000;
  utimesSync(entry, now - ageSeconds, now - ageSeconds);
  for (const p of [path.join(dir, 'src', 'index.ts'), path.join(dir, 'tsconfig.json')]) {
    utimesSync(p, now - srcAgeSeconds, now - srcAgeSeconds);
  }
  return entry;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));
const make = (o: { typescript: boolean }) => {
  const d = project(o);
  dirs.push(d);
  return d;
};

test('a fresh clone after `npm ci` (TypeScript, no dist/) is built before it starts', () => {
  const dir = make({ typescript: true });
  const r = prestart(dir);
  expect(r.status).toBe(0);
  expect(r.stderr).toMatch(/building \(dist\/src\/index\.js is missing\)/);
  expect(require(path.join(dir, 'dist', 'src', 'index.js'))).toEqual({ answer: 42 });
});

test('an up-to-date dist/ starts without running the compiler', () => {
  const dir = make({ typescript: true });
  const entry = fakeBuild(dir, { ageSeconds: HOUR, srcAgeSeconds: 2 * HOUR });
  const before = statSync(entry).mtimeMs;
  const r = prestart(dir);
  expect([r.status, r.stderr]).toEqual([0, '']);
  expect(statSync(entry).mtimeMs).toBe(before);
});

test('a source changed since the build is rebuilt, once', () => {
  const dir = make({ typescript: true });
  const entry = fakeBuild(dir, { ageSeconds: 2 * HOUR, srcAgeSeconds: HOUR });
  const first = prestart(dir);
  expect(first.status).toBe(0);
  expect(first.stderr).toMatch(/building \(src\/ changed since the last build\)/);
  expect(require(entry)).toEqual({ answer: 42 });
  expect(prestart(dir).stderr).toBe('');
});

test('dist/ deleted but its .tsbuildinfo kept is still rebuilt (an incremental tsc would emit nothing)', () => {
  const dir = make({ typescript: true });
  expect(prestart(dir).status).toBe(0);
  rmSync(path.join(dir, 'dist', 'src'), { recursive: true });
  expect(existsSync(path.join(dir, 'dist', '.tsbuildinfo'))).toBe(true);
  expect(prestart(dir).status).toBe(0);
  expect(existsSync(path.join(dir, 'dist', 'src', 'index.js'))).toBe(true);
});

test('a copy whose folders are newer than its files (unpacked, copied) is not rebuilt', () => {
  const dir = make({ typescript: true });
  const entry = fakeBuild(dir, { ageSeconds: HOUR, srcAgeSeconds: 2 * HOUR });
  const now = Date.now() / 1000;
  utimesSync(path.join(dir, 'src'), now, now);
  expect([prestart(dir).stderr, require(entry)]).toEqual(['', { answer: 41 }]);
});

test('a production install (no TypeScript) runs the dist/ it has, even if src/ looks newer', () => {
  const dir = make({ typescript: false });
  const entry = fakeBuild(dir, { ageSeconds: 2 * HOUR, srcAgeSeconds: HOUR });
  const r = prestart(dir);
  expect(r.status).toBe(0);
  expect(r.stderr).toMatch(/TypeScript is not installed, so the code built before is started/);
  expect(require(entry)).toEqual({ answer: 41 });
});

test('a production install with nothing built stops with exit 1 and says how to build', () => {
  const dir = make({ typescript: false });
  const r = prestart(dir);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/^fine-tune-scout: dist\/src\/index\.js is not built and TypeScript is not installed .*npm ci && npm run build/);
});

test('a build that fails stops the start with exit 1', () => {
  const dir = make({ typescript: true });
  writeFileSync(path.join(dir, 'src', 'index.ts'), 'export const answer: number = "forty-two";\n');
  const r = prestart(dir);
  expect(r.status).toBe(1);
  expect(r.stderr).toMatch(/the build failed \(see above\): not starting/);
});
