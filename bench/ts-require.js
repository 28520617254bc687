// Lets a bot child forked by a jest test (the bench smoke test) run bench/*.ts and src/**/*.ts directly:
// each .ts file is transpiled on require, types stripped (type-checking is `npm run typecheck`'s job).
// Transpiled files are cached in the OS temp folder by content, so later children start faster.
// `npm run bench` never uses it: it runs the built JavaScript in dist/.
const { createHash } = require('node:crypto');
const { mkdirSync, readFileSync, renameSync, writeFileSync } = require('node:fs');
const os = require('node:os');
const path = require('node:path');

const cacheDir = path.join(os.tmpdir(), 'fine-tune-scout-ts-require');
let ts = null;

function transpile(source, filename) {
  ts ??= require('typescript');
  return ts.transpileModule(source, {
    fileName: filename,
    compilerOptions: { module: ts.ModuleKind.CommonJS, target: ts.ScriptTarget.ES2022, esModuleInterop: true, sourceMap: false },
  }).outputText;
}

require.extensions['.ts'] = (module, filename) => {
  const source = readFileSync(filename, 'utf8');
  const cached = path.join(cacheDir, `${createHash('sha1').update(filename).update('\0').update(source).digest('hex')}.js`);
  let js;
  try {
    js = readFileSync(cached, 'utf8');
  } catch {
    js = transpile(source, filename);
    try {
      mkdirSync(cacheDir, { recursive: true });
      writeFileSync(`${cached}.${process.pid}`, js);
      renameSync(`${cached}.${process.pid}`, cached);
    } catch {
      /* no cache: still correct, only slower */
    }
  }
  module._compile(js, filename);
};
