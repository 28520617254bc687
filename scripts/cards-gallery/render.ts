// Renders gallery cards to PNG: the adaptivecards JavaScript renderer (the SDK's dist build) with a Teams-like
// host config, in Debian's headless chromium driven by playwright-core. Each picture is also measured: any
// element that sticks out of the card or is clipped (an ellipsised button, a cut-off name) is reported.
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { projectRoot } from '../../src/paths';
import type { GalleryExample } from './examples';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../chromium';
import { CANVAS_PADDING, FONT_STACK, pageHtml, type Theme } from './page';

export const THEMES: readonly Theme[] = ['light', 'dark'];
/** Card width as Teams shows a full-width card in a desktop chat, and the width of a phone screen. */
export const DESKTOP_CARD_WIDTH = 560;
export const MOBILE_SCREEN_WIDTH = 360;

export { CHROMIUM_PATH };

export interface Picture {
  kind: string;
  theme: Theme;
  mobile: boolean;
  /** File name inside the output folder: <kind>-<theme>[-mobile].png */
  file: string;
  width: number;
  height: number;
  /** Parse events the SDK logged, and elements that overflow or are clipped; empty when the card looks right. */
  problems: string[];
}

export function pictureName(kind: string, theme: Theme, mobile: boolean): string {
  return `${kind}-${theme}${mobile ? '-mobile' : ''}.png`;
}

export function hostConfig(theme: Theme): object {
  return JSON.parse(readFileSync(path.join(projectRoot(), 'scripts', 'cards-gallery', `host-config-${theme}.json`), 'utf8'));
}

interface InPage {
  card: object;
  hostConfig: object;
  cardWidth: number;
  padding: number;
}

interface Rendered {
  width: number;
  height: number;
  problems: string[];
}

/** Runs in the page (serialised by playwright): renders the card and reports layout faults. */
function renderInPage(arg: InPage): Promise<Rendered> {
  const w = globalThis as any;
  const doc = w.document;
  const AC = w.AdaptiveCards;
  doc.documentElement.style.setProperty('--card-width', `${arg.cardWidth}px`);
  doc.documentElement.style.setProperty('--canvas-padding', `${arg.padding}px`);
  const host = doc.getElementById('host');
  host.innerHTML = '';
  const card = new AC.AdaptiveCard();
  card.hostConfig = new AC.HostConfig(arg.hostConfig);
  // Buttons only need to look like buttons here; Action.Execute is a 1.4 action the SDK renders natively.
  card.onExecuteAction = () => undefined;
  const context = new AC.SerializationContext(AC.Versions.v1_5);
  card.parse(arg.card, context);
  const problems: string[] = [];
  for (let i = 0; i < context.eventCount; i++) problems.push(`parse: ${context.getEventAt(i).message}`);
  const rendered = card.render();
  if (!rendered) return Promise.resolve({ width: 0, height: 0, problems: [...problems, 'the SDK rendered nothing'] });
  host.appendChild(rendered);
  // The SDK's filtered ChoiceSet shows the chosen value as typed ("westeurope"); Teams shows its title.
  for (const input of card.getAllInputs()) {
    if (input.style !== 'filtered' || !input._textInput || !input.defaultValue) continue;
    const choice = (input.choices ?? []).find((c: any) => c.value === input.defaultValue);
    if (choice) input._textInput.value = choice.title;
  }
  return doc.fonts.ready.then(() => {
    const box = host.getBoundingClientRect();
    const describe = (el: any) => {
      const text = String(el.tagName === 'INPUT' ? el.value : (el.innerText ?? ''))
        .replace(/\s+/g, ' ')
        .trim()
        .slice(0, 60);
      return `${el.tagName.toLowerCase()}${el.className && typeof el.className === 'string' ? '.' + el.className.split(/\s+/).join('.') : ''} "${text}"`;
    };
    for (const el of Array.from(host.querySelectorAll('*')) as any[]) {
      if (el.getClientRects().length === 0) continue; // not displayed (hidden containers, closed menus)
      const style = w.getComputedStyle(el);
      if (style.visibility === 'hidden') continue;
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.right > box.right + 0.5 || r.left < box.left - 0.5)
        problems.push(`sticks out of the card by ${Math.round(Math.max(r.right - box.right, box.left - r.left))}px: ${describe(el)}`);
      const clips = style.overflowX === 'hidden' || style.overflow === 'hidden' || style.textOverflow === 'ellipsis';
      if (clips && el.scrollWidth > el.clientWidth + 1 && el.children.length === 0)
        problems.push(`clipped (${el.scrollWidth}px of text in ${el.clientWidth}px): ${describe(el)}`);
      if (clips && el.scrollWidth > el.clientWidth + 1 && /ac-pushButton/.test(String(el.className))) problems.push(`button title cut off: ${describe(el)}`);
      if (el.tagName === 'INPUT' && el.value && el.scrollWidth > el.clientWidth + 1)
        problems.push(`input too narrow for its value (${el.scrollWidth}px in ${el.clientWidth}px): ${describe(el)}`);
    }
    const frame = doc.getElementById('frame').getBoundingClientRect();
    return { width: Math.ceil(frame.width), height: Math.ceil(frame.height), problems: [...new Set(problems)] };
  });
}

/** Runs in the page: whether emoji come out in colour, as Teams shows them (needs fonts-noto-color-emoji). */
function colourEmojiInPage(fontStack: string): boolean {
  const doc = (globalThis as any).document;
  const canvas = doc.createElement('canvas');
  canvas.width = 32;
  canvas.height = 32;
  const g = canvas.getContext('2d', { willReadFrequently: true });
  g.font = `24px ${fontStack}`;
  g.textBaseline = 'top';
  g.fillStyle = '#000000';
  g.fillText('\u2705', 2, 2);
  const px = g.getImageData(0, 0, 32, 32).data;
  for (let i = 0; i < px.length; i += 4) if (px[i + 3] > 0 && (Math.abs(px[i] - px[i + 1]) > 40 || Math.abs(px[i + 1] - px[i + 2]) > 40)) return true;
  return false;
}

const EMOJI = /\p{Extended_Pictographic}/u;

async function openPage(context: BrowserContext): Promise<Page> {
  const page = context.pages()[0] ?? (await context.newPage());
  // Nothing on these pages needs the network: refuse every request so a card can never reach out.
  await page.route('**/*', (route) => route.abort());
  return page;
}

export interface RenderOptions {
  outDir: string;
  examples: GalleryExample[];
  log?: (line: string) => void;
}

/** Renders every example in both themes at desktop and mobile width; returns what was written. */
export async function renderPictures({ outDir, examples, log = () => undefined }: RenderOptions): Promise<Picture[]> {
  if (!existsSync(CHROMIUM_PATH)) throw new Error(`no chromium at ${CHROMIUM_PATH}: apt-get install -y chromium fonts-noto-color-emoji (or set CHROMIUM_PATH)`);
  const sdk = require.resolve('adaptivecards/dist/adaptivecards.min.js');
  const userDataDir = mkdtempSync(path.join(os.tmpdir(), 'cards-gallery-chromium-'));
  const context = await chromium.launchPersistentContext(userDataDir, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    args: ['--headless', ...CHROMIUM_ARGS],
    viewport: { width: MOBILE_SCREEN_WIDTH, height: 800 },
    deviceScaleFactor: 1,
    colorScheme: 'light',
    offline: true,
  });
  const pictures: Picture[] = [];
  try {
    const page = await openPage(context);
    for (const theme of THEMES) {
      await page.setContent(pageHtml(theme));
      await page.addScriptTag({ path: sdk });
      const config = hostConfig(theme);
      const colourEmoji = await page.evaluate(colourEmojiInPage, FONT_STACK);
      if (!colourEmoji) log("warning: emoji do not render in colour here; install Debian's fonts-noto-color-emoji");
      for (const mobile of [false, true]) {
        const padding = mobile ? CANVAS_PADDING.mobile : CANVAS_PADDING.desktop;
        // The card has a 1px border on each side; on mobile the whole picture is exactly the screen's width.
        const cardWidth = mobile ? MOBILE_SCREEN_WIDTH - 2 * padding - 2 : DESKTOP_CARD_WIDTH;
        const viewportWidth = cardWidth + 2 * padding + 2;
        for (const ex of examples) {
          await page.setViewportSize({ width: viewportWidth, height: 800 });
          const measured = await page.evaluate(renderInPage, { card: ex.card, hostConfig: config, cardWidth, padding });
          await page.setViewportSize({ width: viewportWidth, height: Math.max(200, measured.height) });
          if (!colourEmoji && EMOJI.test(JSON.stringify(ex.card)))
            measured.problems.push('emoji are not in colour (no colour emoji font: apt-get install -y fonts-noto-color-emoji)');
          const file = pictureName(ex.kind, theme, mobile);
          await page.locator('#frame').screenshot({ path: path.join(outDir, file), animations: 'disabled' });
          pictures.push({ kind: ex.kind, theme, mobile, file, width: measured.width, height: measured.height, problems: measured.problems });
          log(`${file} ${measured.width}x${measured.height}${measured.problems.length ? ` — ${measured.problems.length} problem(s)` : ''}`);
        }
      }
    }
  } finally {
    await context.close();
    rmSync(userDataDir, { recursive: true, force: true });
  }
  return pictures;
}
