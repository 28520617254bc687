// The card gallery (npm run cards:gallery): the built command renders every kind of card in Teams' light and
// dark themes at desktop and mobile width in headless chromium, and every picture fits its width. Runs after
// `npm run build` (dist/scripts/cards-gallery/main.js); writes to a temporary folder, not to docs/cards.
import { execFile } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { GALLERY_KINDS } from '../../scripts/cards-gallery/examples';
import { expectedFiles } from '../../scripts/cards-gallery/main';
import { DESKTOP_CARD_WIDTH, MOBILE_SCREEN_WIDTH } from '../../scripts/cards-gallery/render';

const ROOT = path.join(__dirname, '..', '..');
const MAIN = path.join(ROOT, 'dist', 'scripts', 'cards-gallery', 'main.js');
const KINDS = [
  'check-yes',
  'check-no',
  'check-exception',
  'model',
  'region',
  'list-models',
  'list-regions',
  'filter',
  'compare',
  'clarify',
  'help',
  'extension',
];

let out: string;
let started: number;
let run: { code: number; stdout: string; stderr: string };

beforeAll(async () => {
  if (!existsSync(MAIN)) throw new Error(`${MAIN} is missing: run \`npm run build\` first`);
  out = mkdtempSync(path.join(os.tmpdir(), 'cards-gallery-test-'));
  started = Date.now() - 1000; // file systems with coarse timestamps
  run = await new Promise((resolve) => {
    execFile(process.execPath, [MAIN, '--out', out], { cwd: ROOT, timeout: 110_000, maxBuffer: 4 << 20 }, (err, stdout, stderr) => {
      resolve({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr });
    });
  });
}, 120_000);

afterAll(() => {
  if (out) rmSync(out, { recursive: true, force: true });
});

test('the gallery renders every card without a parse problem, and every card fits its width', () => {
  // stderr lists each picture's problems: overflowing or clipped elements, SDK parse events, grey emoji.
  expect(run.stderr.split('\n').filter(Boolean)).toEqual([]);
  expect(run.code).toBe(0);
});

test('it covers every kind of card the issue names', () => {
  expect(GALLERY_KINDS).toEqual(expect.arrayContaining(KINDS));
});

test.each(expectedFiles(GALLERY_KINDS.map((kind) => ({ kind }))).filter((f) => f.endsWith('.png')))('%s is a fresh PNG of a sane size', (file) => {
  const full = path.join(out, file);
  expect(existsSync(full)).toBe(true);
  expect(statSync(full).mtimeMs).toBeGreaterThanOrEqual(started);
  const png = PNG.sync.read(readFileSync(full));
  const mobile = file.endsWith('-mobile.png');
  // The card plus the chat canvas around it: exactly a phone's width on mobile, the desktop card width plus margins.
  if (mobile) expect(png.width).toBe(MOBILE_SCREEN_WIDTH);
  else {
    expect(png.width).toBeGreaterThan(DESKTOP_CARD_WIDTH);
    expect(png.width).toBeLessThan(DESKTOP_CARD_WIDTH + 80);
  }
  expect(png.height).toBeGreaterThan(120);
  expect(png.height).toBeLessThan(6000);
  // Not a blank picture: the card has text on it.
  const distinct = new Set<number>();
  for (let i = 0; i < png.data.length && distinct.size < 16; i += 4 * 97) distinct.add(png.data.readUInt32BE(i));
  expect(distinct.size).toBeGreaterThanOrEqual(3);
});

test('the index shows every picture, and the committed gallery in docs/cards has the same files', () => {
  const index = readFileSync(path.join(out, 'README.md'), 'utf8');
  const pngs = expectedFiles(GALLERY_KINDS.map((kind) => ({ kind }))).filter((f) => f.endsWith('.png'));
  for (const f of pngs) expect(index).toContain(`](${f})`);
  expect(readdirSync(out).sort()).toEqual([...pngs, 'README.md'].sort());
  const committed = path.join(ROOT, 'docs', 'cards');
  expect(
    readdirSync(committed)
      .filter((f) => f.endsWith('.png') || f === 'README.md')
      .sort(),
  ).toEqual([...pngs, 'README.md'].sort());
  expect(readFileSync(path.join(committed, 'README.md'), 'utf8')).toBe(index);
});
