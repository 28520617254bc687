import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { ICON_SIZES, checkIcon, checkIcons } from '../../src/app-package/check-icons';
import { APP_DIR, outlineWithPixel, png } from './support';

const committed = (name: string) => ({ file: name, bytes: fs.readFileSync(path.join(APP_DIR, name)) });

describe('the committed icons', () => {
  it('pass the checks', () => {
    expect(checkIcons(committed('color.png'), committed('outline.png'))).toEqual([]);
  });

  it('are 192x192 full colour and 32x32 white on transparent', () => {
    const color = PNG.sync.read(committed('color.png').bytes);
    const outline = PNG.sync.read(committed('outline.png').bytes);
    expect([color.width, color.height, outline.width, outline.height]).toEqual([ICON_SIZES.color, ICON_SIZES.color, ICON_SIZES.outline, ICON_SIZES.outline]);
    // The colour icon has colour (not just white and black), the outline icon both transparent and white pixels.
    const colours = new Set<string>();
    for (let i = 0; i < color.data.length; i += 4) colours.add(`${color.data[i]},${color.data[i + 1]},${color.data[i + 2]}`);
    expect(colours.has('0,120,212')).toBe(true);
    const alphas = new Set<number>();
    for (let i = 3; i < outline.data.length; i += 4) alphas.add(outline.data[i] as number);
    expect(alphas.has(0)).toBe(true);
    expect(alphas.has(255)).toBe(true);
  });

  it('use the manifest’s accent colour as the colour icon’s background', () => {
    const manifest = JSON.parse(fs.readFileSync(path.join(APP_DIR, 'manifest.json'), 'utf8')) as { accentColor: string };
    const color = PNG.sync.read(committed('color.png').bytes);
    const hex = `#${[0, 1, 2].map((k) => (color.data[k] as number).toString(16).padStart(2, '0')).join('')}`.toUpperCase();
    expect(hex).toBe(manifest.accentColor.toUpperCase());
  });
});

describe('checkIcon', () => {
  it('refuses a PNG of the wrong size, saying both sizes', () => {
    expect(checkIcon(png(96, 96, [0, 120, 212, 255]), { file: 'color.png', role: 'color' })).toEqual([
      'color.png is 96x96 pixels; the color icon must be 192x192',
    ]);
    expect(checkIcon(png(32, 30, [255, 255, 255, 0]), { file: 'outline.png', role: 'outline' })).toEqual([
      'outline.png is 32x30 pixels; the outline icon must be 32x32',
    ]);
    expect(checkIcons({ file: 'c.png', bytes: committed('outline.png').bytes }, { file: 'o.png', bytes: committed('color.png').bytes })).toEqual([
      'c.png is 32x32 pixels; the color icon must be 192x192',
      'o.png is 192x192 pixels; the outline icon must be 32x32',
    ]);
  });

  it('refuses an outline icon with a pixel that is neither transparent nor white, saying where', () => {
    const bytes = outlineWithPixel(5, 7, [0, 0, 0, 255]);
    expect(checkIcon(bytes, { file: 'outline.png', role: 'outline' })).toEqual([
      'outline.png must be white on a transparent background: 1 pixel is neither fully transparent nor white; the first, at (5, 7) is rgba(0, 0, 0, 255)',
    ]);
    // Off-white counts too, even when almost transparent; fully transparent pixels may have any colour.
    expect(checkIcon(outlineWithPixel(0, 0, [250, 255, 255, 1]), { file: 'outline.png', role: 'outline' })).toHaveLength(1);
    expect(checkIcon(outlineWithPixel(0, 0, [12, 34, 56, 0]), { file: 'outline.png', role: 'outline' })).toEqual([]);
  });

  it('refuses a coloured outline icon and counts its pixels', () => {
    const [problem] = checkIcon(png(32, 32, [0, 120, 212, 255]), { file: 'outline.png', role: 'outline' });
    expect(problem).toMatch(/^outline\.png must be white on a transparent background: 1024 pixels are neither/);
  });

  it('refuses an outline icon with no transparency, or nothing but transparency', () => {
    expect(checkIcon(png(32, 32, [255, 255, 255, 255]), { file: 'outline.png', role: 'outline' })).toEqual([
      'outline.png has no transparent pixel: it must be a white shape on a transparent background',
    ]);
    expect(checkIcon(png(32, 32, [255, 255, 255, 0]), { file: 'outline.png', role: 'outline' })).toEqual([
      'outline.png is fully transparent: it shows nothing',
    ]);
  });

  it('refuses a file that is not a PNG, or a broken one', () => {
    const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0x10, 0x4a, 0x46, 0x49, 0x46]);
    expect(checkIcon(jpeg, { file: 'color.png', role: 'color' })).toEqual(['color.png is not a PNG file (it does not start with the PNG signature)']);
    const truncated = committed('color.png').bytes.subarray(0, 100);
    expect(checkIcon(truncated, { file: 'color.png', role: 'color' })[0]).toMatch(/^color\.png is not a readable PNG: /);
  });

  it('reads PNGs of other formats: grey with alpha, and RGB without alpha', () => {
    const grey = new PNG({ width: 32, height: 32 });
    for (let i = 0; i < 32 * 32; i++) grey.data.set(i < 512 ? [255, 255, 255, 255] : [255, 255, 255, 0], i * 4);
    const greyBytes = PNG.sync.write(grey, { colorType: 4 });
    expect(greyBytes[25]).toBe(4); // the IHDR colour type: grey + alpha
    expect(checkIcon(greyBytes, { file: 'outline.png', role: 'outline' })).toEqual([]);
    const rgb = PNG.sync.write(PNG.sync.read(png(192, 192, [0, 120, 212, 255])), { colorType: 2 });
    expect(rgb[25]).toBe(2); // RGB, no alpha
    expect(checkIcon(rgb, { file: 'color.png', role: 'color' })).toEqual([]);
    // An RGB outline has no transparency at all.
    const rgbOutline = PNG.sync.write(PNG.sync.read(png(32, 32, [255, 255, 255, 255])), { colorType: 2 });
    expect(checkIcon(rgbOutline, { file: 'outline.png', role: 'outline' })).toEqual([
      'outline.png has no transparent pixel: it must be a white shape on a transparent background',
    ]);
  });
});
