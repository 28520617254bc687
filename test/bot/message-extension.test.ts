// Sharing: the search message extension answers composeExtension/query invokes with full answer cards and
// hero/thumbnail previews, and the manifest's command is the one the bot handles.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../src/bot/scout-bot';
import { headlineOf, textOf } from '../support/cards';
import { post, withBot } from '../support/bot-server';
import { fixture, personalMessage } from '../support/fixtures';
import { ROOT } from '../support/knowledge';
import { cardProblems } from '../support/validate-card';

const bot = withBot();

function search(query: string | null) {
  return fixture(query === null ? 'invoke-composeExtension-query-initialRun' : 'invoke-composeExtension-query', bot.connector.serviceUrl, (a) => {
    a.value.commandId = SEARCH_COMMAND_ID;
    if (query !== null) a.value.parameters = [{ name: SEARCH_PARAMETER, value: query }];
  });
}

async function results(query: string | null) {
  const res = await post(bot.app.url, search(query));
  expect(res.status).toBe(200);
  expect(res.body.composeExtension).toMatchObject({ type: 'result', attachmentLayout: 'list' });
  return res.body.composeExtension.attachments as any[];
}

test('a search returns full answer cards with thumbnail previews: headline as title, reason as text', async () => {
  const items = await results('o4-mini west europe');
  expect(items.length).toBeGreaterThan(1);
  expect(items.length).toBeLessThanOrEqual(10);
  const [first] = items;
  expect(first.contentType).toBe('application/vnd.microsoft.card.adaptive');
  expect(first.preview.contentType).toBe('application/vnd.microsoft.card.thumbnail');
  expect(first.preview.content.title).toBe('Yes, with Global training');
  expect(first.preview.content.text).toMatch(/West Europe is a Global training region/);
  expect(first.preview.content.subtitle).toBe('o4-mini in West Europe');
  expect(first.preview.content.tap).toBeUndefined();
  for (const item of items) expect(cardProblems(item.content)).toEqual([]);
});

test('an inserted card reads well to people who did not ask: who asked, model, region and date', async () => {
  const [first] = await results('o4-mini west europe');
  const text = textOf(first.content);
  expect(text).toMatch(/Asked by Ada Lovelace/);
  expect(text).toMatch(/o4-mini in West Europe/);
  expect(text).toMatch(/Fine-tuning model support, 2026-10-06/);
  // Its buttons come back to the bot as extension cards, updated in place.
  const execute = JSON.stringify(first.content);
  expect(execute).toContain('"origin":"extension"');
});

test('an empty search (the initial run) offers useful starting questions', async () => {
  const items = await results(null);
  expect(items.length).toBeGreaterThanOrEqual(3);
  expect(items.map((i) => i.preview.content.title)).toEqual(
    expect.arrayContaining([
      'Yes, with Global training',
      expect.stringMatching(/models can be fine-tuned/),
      expect.stringMatching(/Fine-tuning is available in/),
    ]),
  );
  expect(await results('   ')).toHaveLength(items.length);
});

test('a search naming nothing known returns one result that says so', async () => {
  const items = await results('purple elephants');
  expect(items).toHaveLength(1);
  expect(items[0].preview.content.title).toBe("Sorry, I didn't understand that");
  expect(headlineOf(items[0].content)).toMatch(/didn't understand/);
});

test('a search for an ambiguous name offers the clarification and each candidate’s answer', async () => {
  const items = await results('mini sweden central');
  const titles = items.map((i) => textOf(i.content));
  expect(titles.some((t) => /gpt-4o-mini in Sweden Central/.test(t))).toBe(true);
  expect(titles.some((t) => /o4-mini in Sweden Central/.test(t))).toBe(true);
});

test('the manifest’s search command and parameter are the ones the bot handles', () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appPackage', 'manifest.json'), 'utf8'));
  const command = manifest.composeExtensions[0].commands[0];
  expect(command).toMatchObject({ id: SEARCH_COMMAND_ID, type: 'query' });
  expect(command.parameters.map((p: { name: string }) => p.name)).toEqual([SEARCH_PARAMETER]);
});

test('every commandLists title, typed bare as the Teams menu inserts it, gets the right answer', async () => {
  const manifest = JSON.parse(readFileSync(path.join(ROOT, 'appPackage', 'manifest.json'), 'utf8'));
  const expected: Record<string, RegExp> = {
    // Bare "check": how to ask, with the model and region pickers to check without typing.
    check: /^Ask me where you can fine-tune/,
    // Bare "model", "region", "compare": the lists to choose from.
    model: /^\d+ models can be fine-tuned/,
    region: /^Fine-tuning is available in \d+ regions/,
    models: /^\d+ models can be fine-tuned/,
    regions: /^Fine-tuning is available in \d+ regions/,
    compare: /^\d+ models can be fine-tuned/,
    help: /^Ask me where you can fine-tune/,
    // Bare "deploy": where fine-tuned models can be deployed; bare "changes": what changed between the documents.
    deploy: /^Fine-tuned models can be deployed in \d+ regions/,
    changes: /^Since \d{4}-\d\d-\d\d: /,
    // The watch commands answer in a line of text: bare "watch" asks what to watch; nothing is watched yet.
    watch: /^What should I watch\?/,
    watches: /^Nothing is watched in this chat/,
    unwatch: /^Nothing is watched in this chat/,
  };
  for (const list of manifest.bots[0].commandLists) {
    for (const { title } of list.commands) {
      const conv = `a:menu-${list.scopes.join('-')}-${title}`;
      await post(bot.app.url, personalMessage(bot.connector.serviceUrl, title, conv));
      const [reply] = await bot.connector.waitFor(1, conv);
      const card = reply!.activity.attachments?.[0]?.content;
      expect([title, card ? headlineOf(card) : reply!.activity.text]).toEqual([title, expect.stringMatching(expected[title]!)]);
      if (title === 'check') expect(textOf(card)).toMatch(/\[Check\]/);
    }
  }
});
