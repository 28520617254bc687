#!/usr/bin/env node
// @ts-check
// Draws the Teams app icons, appPackage/color.png (192x192, white glyph on the accent colour) and
// appPackage/outline.png (32x32, white glyph on transparent), with pngjs, offline. The PNGs are committed;
// run `node scripts/make-icons.js` only to redraw them. The glyph: a magnifying glass ("scout") whose lens
// holds three slider bars ("tuning"). Plain JavaScript so it runs without a build step.
'use strict';
const fs = require('node:fs');
const path = require('node:path');
const { PNG } = require('pngjs');

/** The accent colour: the same as "accentColor" in appPackage/manifest.json. */
const ACCENT = [0x00, 0x78, 0xd4];

/** @param {number} px @param {number} py @param {number} ax @param {number} ay @param {number} bx @param {number} by */
function distanceToSegment(px, py, ax, ay, bx, by) {
  const dx = bx - ax;
  const dy = by - ay;
  const t = Math.max(0, Math.min(1, ((px - ax) * dx + (py - ay) * dy) / (dx * dx + dy * dy)));
  return Math.hypot(px - (ax + t * dx), py - (ay + t * dy));
}

/**
 * Whether the point (x, y) of the unit square lies on the glyph.
 * @param {number} x @param {number} y @param {boolean} detailed draw the slider knobs (too fine at 32 px)
 */
function onGlyph(x, y, detailed) {
  const cx = 0.4;
  const cy = 0.4;
  const r = Math.hypot(x - cx, y - cy);
  if (r <= 0.36 && r >= 0.27) return true; // the lens rim
  if (distanceToSegment(x, y, 0.665, 0.665, 0.9, 0.9) <= 0.085) return true; // the handle
  if (r < 0.27) {
    // Three sliders: a bar each, and a knob at a different setting on each.
    const bars = detailed ? [0.29, 0.4, 0.51] : [0.31, 0.49];
    const knobs = detailed ? [0.31, 0.48, 0.37] : [0.32, 0.47];
    const half = detailed ? 0.018 : 0.045;
    for (let i = 0; i < bars.length; i++) {
      const by = /** @type {number} */ (bars[i]);
      const kx = /** @type {number} */ (knobs[i]);
      if (distanceToSegment(x, y, 0.26, by, 0.54, by) <= half) return true;
      if (detailed && Math.hypot(x - kx, y - by) <= 0.05) return true;
    }
  }
  return false;
}

/**
 * The glyph's coverage of each pixel (0..1), supersampled, with the glyph drawn in a centred box.
 * @param {number} size @param {number} box @param {boolean} detailed
 */
function coverage(size, box, detailed) {
  const n = 8;
  const offset = (size - box) / 2;
  const out = new Float64Array(size * size);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      let hits = 0;
      for (let sy = 0; sy < n; sy++) {
        for (let sx = 0; sx < n; sx++) {
          const x = (px + (sx + 0.5) / n - offset) / box;
          const y = (py + (sy + 0.5) / n - offset) / box;
          if (onGlyph(x, y, detailed)) hits++;
        }
      }
      out[py * size + px] = hits / (n * n);
    }
  }
  return out;
}

function colorIcon() {
  const size = 192;
  const cover = coverage(size, 120, true);
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let i = 0; i < size * size; i++) {
    const c = /** @type {number} */ (cover[i]);
    for (let k = 0; k < 3; k++) png.data[i * 4 + k] = Math.round(/** @type {number} */ (ACCENT[k]) * (1 - c) + 255 * c);
    png.data[i * 4 + 3] = 255;
  }
  return PNG.sync.write(png, { colorType: 6 });
}

function outlineIcon() {
  const size = 32;
  const cover = coverage(size, 28, false);
  const png = new PNG({ width: size, height: size, colorType: 6 });
  for (let i = 0; i < size * size; i++) {
    const a = Math.round(/** @type {number} */ (cover[i]) * 255);
    png.data[i * 4] = 255;
    png.data[i * 4 + 1] = 255;
    png.data[i * 4 + 2] = 255;
    png.data[i * 4 + 3] = a;
  }
  return PNG.sync.write(png, { colorType: 6 });
}

const dir = path.join(__dirname, '..', 'appPackage');
fs.writeFileSync(path.join(dir, 'color.png'), colorIcon());
fs.writeFileSync(path.join(dir, 'outline.png'), outlineIcon());
process.stdout.write(`wrote ${path.join('appPackage', 'color.png')} and ${path.join('appPackage', 'outline.png')}\n`);
