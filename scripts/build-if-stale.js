#!/usr/bin/env node
// `npm start`'s prestart: builds dist/ only when it is missing or older than the sources, and only when
// TypeScript is installed. A production install (`npm ci --omit=dev`) has no TypeScript and must run the
// dist/ it was shipped with; a fresh clone after `npm ci` has TypeScript but no dist/ yet. Plain JavaScript
// because it has to run before anything is built. (tsc --build would decide staleness itself, but it needs
// TypeScript installed, which is exactly what a production install lacks.)
'use strict';
const { spawnSync } = require('node:child_process');
const fs = require('node:fs');
const path = require('node:path');

const root = path.resolve(__dirname, '..');
const entry = path.join(root, require(path.join(root, 'package.json')).main);
const buildInfo = path.join(root, 'dist', '.tsbuildinfo');
/** What tsconfig.json compiles into the bot, plus the config itself. */
const inputs = [path.join(root, 'src'), path.join(root, 'tsconfig.json')];

function newestMtime(p) {
  let stat;
  try {
    stat = fs.statSync(p);
  } catch {
    return 0;
  }
  if (!stat.isDirectory()) return stat.mtimeMs;
  // Files only: a folder's own time changes whenever it is copied or unpacked, which says nothing about
  // the code (a file deleted from src/ needs no build to start, and whatever imported it has changed).
  let newest = 0;
  for (const name of fs.readdirSync(p)) newest = Math.max(newest, newestMtime(path.join(p, name)));
  return newest;
}

/** When dist/ was last built: tsc's build info (written by every build that changed something). */
function builtAt() {
  for (const p of [buildInfo, entry]) {
    try {
      return fs.statSync(p).mtimeMs;
    } catch {
      /* try the next */
    }
  }
  return null;
}

function typescriptCompiler() {
  try {
    return require.resolve('typescript/bin/tsc', { paths: [root] });
  } catch {
    return null;
  }
}

function fail(message) {
  process.stderr.write(`fine-tune-scout: ${message}\n`);
  process.exit(1);
}

const relEntry = path.relative(root, entry);
const missing = !fs.existsSync(entry);
const built = builtAt();
if (!missing && built !== null && !inputs.some((p) => newestMtime(p) > built)) process.exit(0);

const tsc = typescriptCompiler();
if (!tsc) {
  if (missing)
    fail(
      `${relEntry} is not built and TypeScript is not installed (were dev dependencies omitted?): run \`npm ci && npm run build\` first, or ship dist/ with the install`,
    );
  process.stderr.write(`fine-tune-scout: src/ is newer than ${relEntry}, but TypeScript is not installed, so the code built before is started\n`);
  process.exit(0);
}

// The build is incremental: with dist/.tsbuildinfo left behind but the output deleted, tsc would think
// everything is up to date and emit nothing.
if (missing) fs.rmSync(buildInfo, { force: true });
process.stderr.write(`fine-tune-scout: building (${missing ? `${relEntry} is missing` : 'src/ changed since the last build'})\n`);
const result = spawnSync(process.execPath, [tsc, '-p', path.join(root, 'tsconfig.json')], { cwd: root, stdio: 'inherit' });
if (result.status !== 0) fail('the build failed (see above): not starting');
if (!fs.existsSync(entry)) fail(`the build did not write ${relEntry}`);
// tsc leaves its build info alone when a source was touched but not changed; mark the build done so the
// next start does not build again.
const now = new Date();
if (fs.existsSync(buildInfo)) fs.utimesSync(buildInfo, now, now);
