// Fine-Tune Scout in a real Teams-like client: the Microsoft 365 Agents Playground (pinned npm package, run
// offline on 127.0.0.1 by scripts/playground/start-playground.ts) with the real bot behind it, driven in
// Debian's chromium by playwright-core. Asks in the personal chat and with an @mention in a channel, presses
// "Check" on a card after changing its region, and runs a message-extension search. Saves the screenshots
// the README uses: docs/playground.png (the personal chat) and docs/playground/*.png.
// Selectors and the playground's behaviour: docs/playground-notes.md.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
// @ts-ignore -- playwright-core's types; see test/support/playground.ts
import type { Browser, Locator, Page } from 'playwright-core';
import type { App } from '../../src/bot/app';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../src/bot/scout-bot';
import { startBot } from '../support/bot-server';
import {
  CONVERSATIONS,
  INVOKE_OK_TEXT,
  PLAYGROUND_BOT_NAME,
  SEL,
  blockedRequests,
  cardAuthors,
  cardTexts,
  cards,
  clickCardButton,
  launchChromium,
  logPanelText,
  messageWithText,
  openConversation,
  openPlayground,
  postInChannel,
  searchMessageExtension,
  sendMessage,
  showLogPanel,
  startPlayground,
  type Playground,
} from '../support/playground';

const ROOT = path.join(__dirname, '..', '..');
// Tests never rewrite tracked files: the pictures go to a temporary folder, and into docs/ (the README's
// pictures) only when asked for with UPDATE_SCREENSHOTS=1.
const OUT = process.env.UPDATE_SCREENSHOTS === '1' ? path.join(ROOT, 'docs') : fs.mkdtempSync(path.join(os.tmpdir(), 'scout-playground-'));
const README_SHOT = path.join(OUT, 'playground.png');
const SHOTS = path.join(OUT, 'playground');
fs.mkdirSync(SHOTS, { recursive: true });
const QUESTION = 'can I fine-tune o4-mini in West Europe?';
const WAIT = 30_000; // generous: a card normally shows up in well under a second
/** Narrower than the playground's default and without the Log Panel: the screenshots stay readable in the README. */
const VIEWPORT = { width: 1280, height: 900 };

// The few DOM members used inside the page (the project compiles without lib "dom").
interface ScrollEl {
  parentElement: ScrollEl | null;
  scrollHeight: number;
  clientHeight: number;
  scrollTop: number;
  getBoundingClientRect(): { top: number };
}
declare function getComputedStyle(el: ScrollEl): { overflowY: string };

let bot: App | undefined;
let playground: Playground | undefined;
let browser: Browser | undefined;
let page: Page;

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  bot = await startBot();
  // The preload's debug log names every listen it moved to 127.0.0.1 and every outgoing connection it refused.
  playground = await startPlayground({ botEndpoint: `${bot.url}/api/messages`, env: { PLAYGROUND_PRELOAD_DEBUG: '1' } });
  browser = await launchChromium();
  page = await openPlayground(browser, playground.url, 60_000);
  page.setDefaultTimeout(WAIT);
  await page.setViewportSize(VIEWPORT);
  await showLogPanel(page, false);
}, 110_000);

afterAll(async () => {
  // Each step on its own, so that one failing does not leave the others running.
  await browser?.close().catch(() => undefined);
  await playground?.stop().catch(() => undefined);
  await bot?.close(2000).catch(() => undefined);
}, 30_000);

/** Runs a step; on failure saves what the page looked like and the playground's log panel in the message. */
async function step(name: string, body: () => Promise<void>): Promise<void> {
  try {
    await body();
  } catch (e) {
    const shot = path.join(os.tmpdir(), `playground-e2e-${name}-failure.png`);
    await page?.screenshot({ path: shot }).catch(() => undefined);
    await page?.keyboard.press('Escape').catch(() => undefined); // a popover could hide the Log Panel button
    const log = page
      ? await showLogPanel(page, true)
          .then(() => logPanelText(page))
          .catch((err: Error) => `(no log panel: ${err.message})`)
      : '';
    (e as Error).message += `\n(screenshot: ${shot})\n--- log panel ---\n${log}\n--- playground output ---\n${playground?.output() ?? ''}`;
    throw e;
  }
}

async function waitUntil<T>(what: string, probe: () => Promise<T | undefined>, timeout = WAIT): Promise<T> {
  const deadline = Date.now() + timeout;
  for (;;) {
    const value = await probe();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeout} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits for a card from the bot in the open conversation whose text passes `match` (never the welcome card
 * the bot sends when a conversation is opened), and returns its index among all cards: the newest such card,
 * i.e. the last in a chat, the first in a channel (the newest post comes first there).
 */
async function waitForBotCard(match: (text: string) => boolean, what: string, newestFirst = false): Promise<number> {
  return waitUntil(what, async () => {
    const [texts, authors] = await Promise.all([cardTexts(page), cardAuthors(page)]);
    const found = texts.flatMap((t, i) => (authors[i] === PLAYGROUND_BOT_NAME && !t.includes('Try asking') && match(t) ? [i] : []));
    return found.length ? (newestFirst ? found[0] : found[found.length - 1]) : undefined;
  });
}

/**
 * Screenshot of the page with the conversation scrolled so that `top` is at the top, the window made tall
 * enough (up to 2000 px) to show everything down to `bottom`.
 */
async function screenshot(file: string, top: Locator, bottom: Locator): Promise<void> {
  await top.scrollIntoViewIfNeeded();
  const a = await top.boundingBox();
  const b = await bottom.boundingBox();
  const needed = a && b ? Math.ceil(b.y + b.height - a.y) + 280 : VIEWPORT.height;
  await page.setViewportSize({ width: VIEWPORT.width, height: Math.min(Math.max(needed, VIEWPORT.height), 2000) });
  try {
    await top.evaluate((el: ScrollEl) => {
      // Scroll the conversation (the nearest scrolling ancestor) so that `top` sits just below its top edge.
      for (let e = el.parentElement; e; e = e.parentElement) {
        if (e.scrollHeight > e.clientHeight + 1 && /auto|scroll/.test(getComputedStyle(e).overflowY)) {
          e.scrollTop += el.getBoundingClientRect().top - e.getBoundingClientRect().top - 56;
          return;
        }
      }
    });
    await page.mouse.move(0, 0); // no hover highlight on a button
    await page.locator(':focus').evaluateAll((els: { blur(): void }[]) => els.forEach((e) => e.blur())); // nor a focus ring
    await page.screenshot({ path: file });
  } finally {
    await page.setViewportSize(VIEWPORT);
  }
}

let answerIndex = -1;

test('personal chat: "can I fine-tune o4-mini in West Europe?" gets a card that says yes, with Global training', async () => {
  await step('personal', async () => {
    await sendMessage(page, QUESTION);
    answerIndex = await waitForBotCard((t) => t.includes('o4-mini in West Europe'), 'the answer card');
    const text = (await cardTexts(page))[answerIndex] ?? '';
    expect(text).toMatch(/^(✅\s*)?Yes, with Global training\n/);
    expect(text).toContain('o4-mini in West Europe');
    const asked = await messageWithText(page, QUESTION);
    await expect(asked.isVisible()).resolves.toBe(true);
    await screenshot(README_SHOT, asked, cards(page).nth(answerIndex));
  });
});

test('personal chat: picking another region and pressing "Check" replaces the card in place', async () => {
  await step('check', async () => {
    expect(answerIndex).toBeGreaterThanOrEqual(0);
    const card = cards(page).nth(answerIndex);
    const count = await cards(page).count();
    // Input.ChoiceSet style "filtered" renders as a Fluent combobox: type to filter, pick the option.
    const region = card.getByPlaceholder('Choose a region');
    await region.click();
    await region.fill('Sweden');
    await page.getByRole('option', { name: 'Sweden Central', exact: true }).click();
    await expect(region.inputValue()).resolves.toBe('Sweden Central');
    await expect(card.getByPlaceholder('Choose a model').inputValue()).resolves.toBe('o4-mini');
    await clickCardButton(page, 'Check', card);
    await page.getByText(INVOKE_OK_TEXT).first().waitFor({ state: 'visible' });
    await waitUntil('the card to change to Sweden Central', async () =>
      ((await cardTexts(page))[answerIndex] ?? '').includes('o4-mini in Sweden Central') ? true : undefined,
    );
    const text = (await cardTexts(page))[answerIndex] ?? '';
    expect(text).toMatch(/^(✅\s*)?Yes, with Standard or Global training\n/);
    expect(await cards(page).count()).toBe(count); // replaced, not a new message
    // The question (West Europe), then the same card, now answering for Sweden Central, and the banner.
    await screenshot(path.join(SHOTS, 'check.png'), await messageWithText(page, QUESTION), page.getByText(INVOKE_OK_TEXT).first());
  });
});

test('personal chat: "where can I deploy a fine-tuned gpt-4o?" gets the deployment regions, not the training regions', async () => {
  await step('deploy', async () => {
    const asked = 'where can I deploy a fine-tuned gpt-4o?';
    await sendMessage(page, asked);
    const i = await waitForBotCard((t) => t.includes('Deploying a fine-tuned gpt-4o'), 'the deployment card');
    const text = (await cardTexts(page))[i] ?? '';
    expect(text).toMatch(/^A fine-tuned gpt-4o can be deployed in 3 regions\n/);
    expect(text).toContain('Standard: East US 2 and Sweden Central');
    expect(text).not.toMatch(/Global training region/);
    await screenshot(path.join(SHOTS, 'deploy.png'), await messageWithText(page, asked), cards(page).nth(i));
  });
});

test('channel: an @mention with the question gets the answer card in the thread', async () => {
  await step('channel', async () => {
    await openConversation(page, CONVERSATIONS.channel);
    await postInChannel(page, QUESTION, { mention: PLAYGROUND_BOT_NAME });
    // Channel posts are listed newest first; the bot answers in the post's thread.
    const i = await waitForBotCard((t) => t.includes('o4-mini in West Europe'), 'the answer card in the channel', true);
    const text = (await cardTexts(page))[i] ?? '';
    expect(text).toMatch(/^(✅\s*)?Yes, with Global training\n/);
    const post = await messageWithText(page, QUESTION);
    await screenshot(path.join(SHOTS, 'channel.png'), post, cards(page).nth(i));
  });
});

test('message extension: searching "o4-mini west europe" and picking the first result posts the answer card', async () => {
  await step('search', async () => {
    await openConversation(page, CONVERSATIONS.group);
    const results = await searchMessageExtension(page, { query: 'o4-mini west europe', commandId: SEARCH_COMMAND_ID, parameterName: SEARCH_PARAMETER });
    // Each result shows its preview (a thumbnail card): the title is an h1.
    const first = results.locator('h1').first();
    await first.waitFor({ state: 'visible' });
    const title = (await first.innerText()).trim();
    expect(title).toBe('Yes, with Global training');
    await page.screenshot({ path: path.join(SHOTS, 'search-results.png') });
    // Picking it puts the card in the compose box; Send posts it as the user's message.
    await first.click();
    const composed = page.locator(`${SEL.composeBox} ${SEL.card}`);
    await composed.first().waitFor({ state: 'visible' });
    await expect(composed.first().innerText()).resolves.toMatch(/o4-mini in West Europe/);
    await page.getByRole('button', { name: 'Send Message' }).first().click();
    await composed.first().waitFor({ state: 'detached' });
    // The posted card: the current user's (no author shown on one's own messages), not the bot's.
    const posted = await waitUntil('the posted card', async () => {
      const [texts, authors] = await Promise.all([cardTexts(page), cardAuthors(page)]);
      const i = texts.findIndex((t, k) => authors[k] !== PLAYGROUND_BOT_NAME && t.includes('o4-mini in West Europe'));
      return i >= 0 ? i : undefined;
    });
    const text = (await cardTexts(page))[posted] ?? '';
    expect(text).toContain('o4-mini');
    expect(text).toContain('West Europe');
    // A card shared through the extension says who asked what, then the answer.
    expect(text).toMatch(/^Asked by Alex Wilber: “o4-mini west europe”\n+(✅\s*)?Yes, with Global training\n/);
    await screenshot(path.join(SHOTS, 'search.png'), cards(page).nth(posted), cards(page).nth(posted));
  });
});

test('offline: the playground listened on 127.0.0.1 only and tried no outside connection', () => {
  const out = playground?.output() ?? '';
  // Every listen went to 127.0.0.1 (the preload moved it there), and nothing dialled out (APPLICATION_INSIGHTS_NO_STATSBEAT).
  expect(out).toMatch(/\[playground-preload\] listen\(\d+\) -> 127\.0\.0\.1/);
  expect(out).not.toMatch(/blocked outgoing connection/);
  // The page only asked for fonts and an animation script from Microsoft's CDN, refused by the browser context.
  for (const url of blockedRequests(page)) expect(new URL(url).hostname).toBe('res-1.cdn.office.net');
});
