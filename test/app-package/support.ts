// Shared inputs for the app package tests: the real template and icons, test ids, temp project roots.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PNG } from 'pngjs';
import { fillManifest } from '../../src/app-package/fill-manifest';

export const ROOT = path.resolve(__dirname, '../..');
export const APP_DIR = path.join(ROOT, 'appPackage');
export const TEMPLATE_FILE = path.join(APP_DIR, 'manifest.json');
export const templateText = (): string => fs.readFileSync(TEMPLATE_FILE, 'utf8');

export const BOT_ID = '2b6f1c0e-8f3a-4d52-9a1e-5c7d3e9f0a11';
export const APP_ID = 'c0ffee00-1234-4abc-8def-0123456789ab';
export const ENV = { MicrosoftAppId: BOT_ID, TEAMS_APP_ID: APP_ID } as const;

/** The real template filled with the test ids. */
export const filled = (): Record<string, unknown> => fillManifest(templateText(), ENV, '1.2.3');

/** A deep copy, to break on purpose. */
export const clone = <T>(v: T): T => JSON.parse(JSON.stringify(v)) as T;

/** A PNG of the given size, every pixel `rgba`. */
export function png(width: number, height: number, rgba: readonly [number, number, number, number]): Buffer {
  const p = new PNG({ width, height });
  for (let i = 0; i < width * height; i++) p.data.set(rgba, i * 4);
  return PNG.sync.write(p);
}

/** The committed outline icon with one pixel changed. */
export function outlineWithPixel(x: number, y: number, rgba: readonly [number, number, number, number]): Buffer {
  const p = PNG.sync.read(fs.readFileSync(path.join(APP_DIR, 'outline.png')));
  p.data.set(rgba, (y * p.width + x) * 4);
  return PNG.sync.write(p);
}

/**
 * A throw-away project root: package.json with `version`, and a copy of appPackage (template and icons,
 * not the build folder). Tests break this copy, never the real one.
 */
export function tempProject(version = '1.2.3'): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'fts-app-package-'));
  fs.writeFileSync(path.join(root, 'package.json'), JSON.stringify({ name: 'temp', version }));
  fs.mkdirSync(path.join(root, 'appPackage'));
  for (const f of ['manifest.json', 'color.png', 'outline.png']) fs.copyFileSync(path.join(APP_DIR, f), path.join(root, 'appPackage', f));
  return root;
}
