// npm run cards:gallery [-- --out <dir>]: renders one card of each kind to PNG (light and dark, desktop and
// mobile width) under docs/cards/, and writes docs/cards/README.md, the index. Needs Debian's chromium.
// Exits 1 when a card does not parse cleanly or does not fit its width (the pictures are written anyway).
import { mkdirSync, readdirSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../../src/paths';
import { galleryExamples, type GalleryExample } from './examples';
import { pictureName, renderPictures, THEMES, DESKTOP_CARD_WIDTH, MOBILE_SCREEN_WIDTH, type Picture } from './render';

export const DEFAULT_OUT_DIR = path.join(projectRoot(), 'docs', 'cards');

/** Every file the gallery writes for these examples, index included. */
export function expectedFiles(examples: { kind: string }[]): string[] {
  const files: string[] = [];
  for (const ex of examples) for (const theme of THEMES) for (const mobile of [false, true]) files.push(pictureName(ex.kind, theme, mobile));
  return [...files, 'README.md'];
}

export function indexMarkdown(examples: GalleryExample[]): string {
  const img = (kind: string, theme: 'light' | 'dark', mobile: boolean) =>
    `![${kind}, ${theme}${mobile ? ', mobile' : ''}](${pictureName(kind, theme, mobile)})`;
  const lines = [
    '# Card gallery',
    '',
    'Every kind of Adaptive Card Fine-Tune Scout sends, rendered from the shipped catalog by the `adaptivecards`',
    'JavaScript renderer with Teams-like host configs (`scripts/cards-gallery/host-config-light.json`, `-dark.json`)',
    `in headless Chromium: ${DESKTOP_CARD_WIDTH} px wide as in a desktop chat, and ${MOBILE_SCREEN_WIDTH} px wide as on a phone.`,
    "Regenerate with `npm run cards:gallery` (needs Debian's `chromium`). Generated: do not edit.",
    '',
  ];
  for (const ex of examples) {
    lines.push(`## ${ex.title}`, '', `Asked: \`${ex.asked}\``, '');
    lines.push('| | light | dark |', '| --- | --- | --- |');
    lines.push(`| desktop | ${img(ex.kind, 'light', false)} | ${img(ex.kind, 'dark', false)} |`);
    lines.push(`| mobile | ${img(ex.kind, 'light', true)} | ${img(ex.kind, 'dark', true)} |`, '');
  }
  return lines.join('\n');
}

export interface GalleryResult {
  outDir: string;
  examples: GalleryExample[];
  pictures: Picture[];
}

export async function buildGallery(outDir = DEFAULT_OUT_DIR, log: (line: string) => void = () => undefined): Promise<GalleryResult> {
  mkdirSync(outDir, { recursive: true });
  const examples = galleryExamples();
  const keep = new Set(expectedFiles(examples));
  // Pictures of kinds that no longer exist would linger in the README otherwise.
  for (const f of readdirSync(outDir)) if (f.endsWith('.png') && !keep.has(f)) unlinkSync(path.join(outDir, f));
  const pictures = await renderPictures({ outDir, examples, log });
  writeFileSync(path.join(outDir, 'README.md'), indexMarkdown(examples) + '\n');
  return { outDir, examples, pictures };
}

async function main(argv: string[]): Promise<number> {
  const at = argv.indexOf('--out');
  const outDir = at >= 0 && argv[at + 1] ? path.resolve(argv[at + 1]!) : DEFAULT_OUT_DIR;
  const { pictures } = await buildGallery(outDir, (line) => console.log(line));
  const faulty = pictures.filter((p) => p.problems.length);
  for (const p of faulty) for (const problem of p.problems) console.error(`${p.file}: ${problem}`);
  console.log(`${pictures.length} pictures in ${path.relative(process.cwd(), outDir) || '.'}${faulty.length ? `, ${faulty.length} with problems` : ''}`);
  return faulty.length ? 1 : 0;
}

if (require.main === module) {
  main(process.argv.slice(2)).then(
    (code) => process.exit(code),
    (err: unknown) => {
      console.error(err instanceof Error ? (err.stack ?? err.message) : err);
      process.exit(2);
    },
  );
}
