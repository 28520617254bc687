// Drives the Microsoft 365 Agents Playground (npm @microsoft/m365agentsplayground, pinned) against a
// local bot, offline and on 127.0.0.1 only, with Debian's chromium through playwright-core.
// Findings, selectors and gotchas: docs/playground-notes.md.
//
//   const bot = await startBot();                                   // test/support/bot-server.ts
//   const pg = await startPlayground({ botEndpoint: `${bot.url}/api/messages` });
//   const browser = await launchChromium();
//   const page = await openPlayground(browser, pg.url);            // personal chat, compose box ready
//   await sendMessage(page, 'where can I fine-tune gpt-4o?');
//   const card = await waitForCards(page, 1);                      // locator of the newest card
//   await clickCardButton(page, 'Check');                          // Action.Execute -> adaptiveCard/action
//   ...
//   await browser.close(); await pg.stop(); await bot.close();
import { PLAYGROUND_BOT_NAME } from '../../scripts/playground/start-playground';
// playwright-core is a devDependency that comes with this file. The ts-ignore only keeps
// `npm run typecheck` green on a checkout where it is not installed yet (the types are then `any`).
// @ts-ignore -- see above
import { CHROMIUM_ARGS as BASE_CHROMIUM_ARGS, CHROMIUM_PATH } from '../../scripts/chromium';
import type { Browser, BrowserContext, Locator, Page, Route } from 'playwright-core';

// The process side (config, ports, startPlayground/stop) lives in scripts/playground/start-playground.ts so
// that `npm run playground` does not import from test/; re-exported here for the tests.
export {
  CONVERSATIONS,
  DEFAULT_PLAYGROUND_PORT,
  PLAYGROUND_BOT_ID,
  PLAYGROUND_BOT_NAME,
  PLAYGROUND_IDS,
  defaultPlaygroundConfig,
  freePort,
  isPortFree,
  startPlayground,
  type Playground,
  type PlaygroundConfig,
  type PlaygroundUser,
  type StartPlaygroundOptions,
} from '../../scripts/playground/start-playground';

export { CHROMIUM_PATH };
export const CHROMIUM_ARGS: readonly string[] = [
  ...BASE_CHROMIUM_ARGS,
  // The page asks a CDN for Segoe UI fonts and an animation worklet; resolve nothing but loopback.
  '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1, EXCLUDE localhost',
];

/** Verified DOM hooks of playground 0.2.28 (the CSS classes are generated; do not use them). */
export const SEL = {
  /** Lexical editors: in a chat the compose box; in a channel [0] = "Start a new post", [1..] = thread replies. */
  composeBox: '[data-lexical-editor="true"][contenteditable="true"]',
  /** Every rendered Adaptive Card (bot cards and cards the user sent through a message extension). */
  card: '.ac-adaptiveCard',
  /** Typeahead shown after typing "@" in a group chat or channel: role=listbox, items role=menuitem. */
  mentionMenu: '[role="listbox"][aria-label="Typeahead menu"]',
} as const;

// Minimal typings for the functions that run inside the page (the project compiles without lib "dom").
interface DomEl {
  parentElement: DomEl | null;
  children: ArrayLike<DomEl>;
  textContent: string | null;
  innerText: string;
  getAttribute(name: string): string | null;
  setAttribute(name: string, value: string): void;
  querySelector(selector: string): DomEl | null;
  closest(selector: string): DomEl | null;
  contains(other: DomEl): boolean;
}
declare const document: { body: DomEl; querySelectorAll(selector: string): ArrayLike<DomEl> };

/** The banner the playground shows under a card after an Action.Execute that returned a card. */
export const INVOKE_OK_TEXT = 'Your response was sent to the app';
export const INVOKE_ERROR_TEXT = 'Unable to reach app. Please try again.';

// ---------------------------------------------------------------------------------------------
// The browser
// ---------------------------------------------------------------------------------------------

/**
 * Debian's chromium via playwright-core (never `npx playwright install`). playwright passes
 * --headless and a fresh temporary --user-data-dir itself (and deletes it on close).
 */
export async function launchChromium(): Promise<Browser> {
  const { chromium } = require('playwright-core') as { chromium: { launch(o: object): Promise<Browser> } };
  return chromium.launch({ executablePath: CHROMIUM_PATH, headless: true, args: [...CHROMIUM_ARGS] });
}

const LOOPBACK_URL = /^(https?|wss?):\/\/(127\.\d+\.\d+\.\d+|localhost|\[::1\])(:\d+)?\//;

const blockedByContext = new WeakMap<object, string[]>();

/** Aborts every request that does not go to loopback; returns the (live) list of what it blocked. */
export async function blockNonLoopback(context: BrowserContext): Promise<string[]> {
  const blocked: string[] = [];
  blockedByContext.set(context, blocked);
  await context.route(
    (u: URL) => !LOOPBACK_URL.test(u.href) && u.protocol !== 'data:' && u.protocol !== 'blob:',
    (route: Route) => {
      blocked.push(route.request().url());
      return route.abort('blockedbyclient');
    },
  );
  return blocked;
}

/** What the page tried to fetch from outside (CDN fonts, an animation worklet) and was refused. */
export function blockedRequests(page: Page): string[] {
  return blockedByContext.get(page.context()) ?? [];
}

/**
 * New context + page on the playground UI with outside requests blocked; waits until the
 * playground says "Connected." to the bot (it probes the bot endpoint with HEAD for up to 15 s
 * on every page load; without the bot the UI stays on "Connecting to your application ...").
 * Every page load is a fresh session: empty history, and the playground sends the bot an
 * installationUpdate + conversationUpdate (membersAdded: user + bot) for the personal chat.
 */
export async function openPlayground(browser: Browser, url: string, timeout = 30_000): Promise<Page> {
  const context: BrowserContext = await browser.newContext({ viewport: { width: 1400, height: 900 }, locale: 'en-US', timezoneId: 'UTC' });
  await blockNonLoopback(context);
  const page: Page = await context.newPage();
  await page.goto(url);
  await page.locator(SEL.composeBox).first().waitFor({ state: 'visible', timeout });
  try {
    await page.getByText('Connected.', { exact: true }).first().waitFor({ state: 'visible', timeout });
  } catch {
    throw new Error(`playground did not connect to the bot; log panel:\n${await logPanelText(page)}`);
  }
  return page;
}

/**
 * Text of the Log Panel (right side): "Connected.", every request with its status
 * ("message 200", "invoke 501" ...) and warnings such as "The API to handle 'adaptiveCard/action'
 * invoke request is not implemented in your application." (what a failed invoke looks like).
 */
export async function logPanelText(page: Page): Promise<string> {
  const title = page.getByText('Log Panel', { exact: true }).first();
  if ((await title.count()) === 0) return '';
  return title.evaluate((el: DomEl) => el.parentElement?.parentElement?.innerText ?? '');
}

// ---------------------------------------------------------------------------------------------
// Page helpers (selectors verified on playground 0.2.28)
// ---------------------------------------------------------------------------------------------

/** Shows or hides the Log Panel (header button titled "Toggle Log Panel"); screenshots read better without it. */
export async function showLogPanel(page: Page, show: boolean): Promise<void> {
  const title = page.getByText('Log Panel', { exact: true });
  if ((await title.count()) > 0 === show) return;
  await page.getByRole('button', { name: 'Toggle Log Panel' }).click();
  await title.first().waitFor({ state: show ? 'visible' : 'detached' });
}

let marks = 0;

/**
 * The newest message text in the open conversation containing `text` (the innermost element holding it),
 * leaving out cards (their buttons may say the same) and the Log Panel (it echoes what was sent). Messages
 * have no stable hooks, so the element found is tagged with a data attribute and returned as a locator.
 */
export async function messageWithText(page: Page, text: string): Promise<Locator> {
  const mark = `m${++marks}`;
  const found = await page.evaluate(
    ({ text, mark }: { text: string; mark: string }) => {
      const title = Array.from(document.querySelectorAll('*')).find((e) => e.textContent?.trim() === 'Log Panel' && e.children.length === 0);
      const logPanel = title?.parentElement?.parentElement ?? null;
      const holds = (e: DomEl) => (e.textContent ?? '').includes(text);
      const hits = Array.from(document.querySelectorAll('body *')).filter(
        (e) => holds(e) && !Array.from(e.children).some(holds) && !e.closest('.ac-adaptiveCard') && !(logPanel && logPanel.contains(e)),
      );
      const last = hits[hits.length - 1];
      last?.setAttribute('data-e2e-mark', mark);
      return Boolean(last);
    },
    { text, mark },
  );
  if (!found) throw new Error(`no message with the text ${JSON.stringify(text)} in the conversation`);
  return page.locator(`[data-e2e-mark="${mark}"]`);
}

/**
 * Switch conversation via the left rail: 'Personal Chat', 'Group Chat', or '<team> - <channel>'
 * (see CONVERSATIONS). The playground then sends installationUpdate + conversationUpdate for it.
 */
export async function openConversation(page: Page, name: string): Promise<void> {
  await page.getByRole('treeitem', { name, exact: true }).click();
  // The rail marks nothing as selected: wait for the kind of view instead (a channel has a "Post" button),
  // so that the next step does not act on the conversation that was shown before.
  const post = page.getByRole('button', { name: 'Post', exact: true });
  if (name.includes(' - ')) await post.first().waitFor({ state: 'visible' });
  else await post.first().waitFor({ state: 'detached' });
  await page.locator(SEL.composeBox).first().waitFor({ state: 'visible' });
}

export interface SendOptions {
  /** Insert an @mention of this member (bot or user display name) before the text. */
  mention?: string;
  /** Which editor: default the first one (chat compose box, or a channel's "Start a new post"). */
  editor?: Locator;
}

/** Type "@<prefix>" and pick `name` from the typeahead; the editor gets a mention node. */
export async function typeMention(page: Page, name: string): Promise<void> {
  await page.keyboard.type(`@${name.slice(0, 4)}`);
  // The item's accessible name also holds the avatar (initials), so match on its text.
  await page.locator(SEL.mentionMenu).getByRole('menuitem').filter({ hasText: name }).first().click();
}

async function typeInto(page: Page, editor: Locator, text: string, mention?: string): Promise<void> {
  await editor.click();
  if (mention) {
    await typeMention(page, mention);
    await page.keyboard.type(text.startsWith(' ') ? text : ` ${text}`);
  } else {
    await page.keyboard.type(text);
  }
}

/**
 * Personal chat / group chat: type into the compose box and press Enter. In a group chat (or a
 * channel) the bot only receives messages that @mention it, like in Teams.
 */
export async function sendMessage(page: Page, text: string, options: SendOptions = {}): Promise<void> {
  const editor = options.editor ?? page.locator(SEL.composeBox).first();
  await typeInto(page, editor, text, options.mention);
  await page.keyboard.press('Enter');
}

/** Channel: a new post ("Start a new post" editor + "Post" button). Mention the bot or it gets nothing. */
export async function postInChannel(page: Page, text: string, options: { mention?: string } = { mention: PLAYGROUND_BOT_NAME }): Promise<void> {
  await typeInto(page, page.locator(SEL.composeBox).first(), text, options.mention);
  await page.getByRole('button', { name: 'Post', exact: true }).click();
}

/** Channel: reply in the thread of post `threadIndex` (0 = first post shown). */
export async function replyInThread(
  page: Page,
  text: string,
  options: { mention?: string; threadIndex?: number } = { mention: PLAYGROUND_BOT_NAME },
): Promise<void> {
  const editor = page.locator(SEL.composeBox).nth(1 + (options.threadIndex ?? 0));
  await typeInto(page, editor, text, options.mention);
  await page.keyboard.press('Enter');
}

/** All Adaptive Cards on the page, oldest first. */
export function cards(page: Page): Locator {
  return page.locator(SEL.card);
}

/** Waits until at least `n` cards are rendered; returns the newest one. */
export async function waitForCards(page: Page, n: number, timeout = 15_000): Promise<Locator> {
  await page.waitForFunction(
    ({ sel, count }: { sel: string; count: number }) => document.querySelectorAll(sel).length >= count,
    { sel: SEL.card, count: n },
    { timeout },
  );
  return cards(page).last();
}

/** innerText of every card, oldest first. */
export async function cardTexts(page: Page): Promise<string[]> {
  return cards(page).evaluateAll((els: DomEl[]) => els.map((e) => e.innerText.trim()));
}

/**
 * Author of each card, oldest first: the bot's display name for bot cards, a user's name for
 * cards posted by users in channels, null for the current user's own chat messages.
 */
export async function cardAuthors(page: Page): Promise<(string | null)[]> {
  return cards(page).evaluateAll((els: DomEl[]) =>
    els.map((card) => {
      for (let e = card.parentElement; e && e !== document.body; e = e.parentElement) {
        // chats: message = <div><div aria-label="Message header">[<div aria-label="Message author">]...</div>...</div>
        const header = Array.from(e.children).find((c) => c.getAttribute('aria-label') === 'Message header');
        if (header) {
          const author = header.querySelector('[aria-label="Message author"]');
          if (author) return (author.textContent ?? '').trim();
        }
        // chats (bot avatar beside the card) and channels (avatar in the item header)
        const avatar = e.querySelector('.fui-Avatar[aria-label]');
        if (avatar) return avatar.getAttribute('aria-label');
        if (header) return null;
      }
      return null;
    }),
  );
}

/**
 * The action button titled `title` in `card` (default: the newest card). Action.Execute and
 * Action.Submit render as role=button, Action.OpenUrl as role=link (title attribute = the URL),
 * all with aria-label = the action title.
 */
export function cardButton(page: Page, title: string, card?: Locator): Locator {
  const target = card ?? cards(page).last();
  return target.getByRole('button', { name: title, exact: true }).or(target.getByRole('link', { name: title, exact: true }));
}

/**
 * Clicks a card action. Action.Execute -> the playground POSTs an `adaptiveCard/action` invoke
 * (value.action = { type, title, verb, data }, replyToId = the card's message id); a card in the
 * response replaces this card in place (card count unchanged) with INVOKE_OK_TEXT under it; a
 * `application/vnd.microsoft.activity.message` response shows its text there instead. A non-200
 * invoke changes nothing on the card: look in logPanelText(). Action.Submit sends a message
 * activity with `value` = data and no text. Action.OpenUrl opens a popup (refused offline).
 */
export async function clickCardButton(page: Page, title: string, card?: Locator): Promise<void> {
  await cardButton(page, title, card).click();
}

/** Waits for the banner under a card after an Action.Execute (text = INVOKE_OK_TEXT or the bot's message). */
export async function waitForInvokeBanner(page: Page, text: string | RegExp = INVOKE_OK_TEXT, timeout = 15_000): Promise<void> {
  await page.getByText(text).last().waitFor({ state: 'visible', timeout });
}

/** Waits for some text anywhere in the conversation (e.g. a plain-text bot reply). */
export async function waitForText(page: Page, text: string | RegExp, timeout = 15_000): Promise<Locator> {
  const loc = page.getByText(text).last();
  await loc.waitFor({ state: 'visible', timeout });
  return loc;
}

/**
 * Search-based message extension (the "+" = "Trigger Message Extension App" button beside the
 * compose box -> "Search Command"). Sends `composeExtension/query` with value
 * { commandId, parameters: [{ name: parameterName, value: query }], queryOptions: { skip: 0, count: 25 },
 *   commandContext: 'compose' } once the query is typed. Returns the result list's popover.
 */
export async function searchMessageExtension(
  page: Page,
  opts: { query: string; commandId?: string; parameterName?: string; editorIndex?: number },
): Promise<Locator> {
  await page
    .getByRole('button', { name: 'Trigger Message Extension App' })
    .nth(opts.editorIndex ?? 0)
    .click();
  await page.getByRole('menuitem', { name: 'Search Command' }).click();
  const search = page.getByPlaceholder('Enter a search term');
  await search.waitFor({ state: 'visible' });
  if (opts.commandId !== undefined || opts.parameterName !== undefined) {
    await page.getByText('Specify Command ID or Parameter').click();
    if (opts.commandId !== undefined) await page.getByRole('textbox', { name: 'Command ID' }).fill(opts.commandId);
    if (opts.parameterName !== undefined) await page.getByRole('textbox', { name: 'Parameter name' }).fill(opts.parameterName);
  }
  await search.fill(opts.query);
  return page.locator('.fui-PopoverSurface').filter({ has: search });
}

/**
 * Picks a message-extension result by its preview title: the card goes into the compose box; then
 * "Send Message" posts it as the user's message (the bot receives a message whose text is an
 * `inline-compose-card` span, and the card shows in the chat as the user's card).
 */
export async function pickMessageExtensionResult(page: Page, title: string | RegExp, send = true): Promise<void> {
  await page.locator('.fui-PopoverSurface').getByText(title).first().click();
  if (send) await page.getByRole('button', { name: 'Send Message' }).first().click();
}
