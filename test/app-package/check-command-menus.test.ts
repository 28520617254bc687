// The command menus within Teams' limits: 10 commands, a title of 32 characters (one lower-case word, the word
// the bot reads), a description of 128. Manifest schema 1.30 allows more, so the schema alone would not say.

// The validator's strip-bom@5 is an ES module jest cannot require (see validate-manifest.test.ts); a stand-in.
jest.mock(
  require.resolve('strip-bom', { paths: [require('node:path').dirname(require.resolve('@microsoft/app-manifest'))] }),
  () => (text: string) => text.replace(/^\uFEFF/, ''),
);

import { checkCommandMenus, MENU_LIMITS } from '../../src/app-package/check-command-menus';
import { validateManifest } from '../../src/app-package/validate-manifest';
import { clone, filled } from './support';

type Menu = { title: string; description: string }[];
const withMenu = (commands: Menu): Record<string, any> => {
  const m = clone(filled()) as Record<string, any>;
  m.bots[0].commandLists[0].commands = commands;
  return m;
};
const command = (i: number) => ({ title: `word${i}`, description: `word${i} — a command` });

test('the shipped menus fit', () => {
  expect(checkCommandMenus(filled())).toEqual([]);
});

test('an 11th command, which manifest schema 1.30 still accepts, is refused', async () => {
  const m = withMenu(Array.from({ length: 11 }, (_, i) => command(i)));
  expect(await validateManifest(m)).toEqual([]);
  expect(checkCommandMenus(m)).toEqual([`bots[0].commandLists[0]: 11 commands, more than the ${MENU_LIMITS.commands} a Teams menu shows`]);
  expect(checkCommandMenus(withMenu(Array.from({ length: 10 }, (_, i) => command(i))))).toEqual([]);
});

test('a title over 32 characters, a description over 128, a title that is not one lower-case word, and a title twice are each named', () => {
  const long = 'a'.repeat(33);
  const m = withMenu([
    { title: long, description: 'x' },
    { title: 'ok', description: 'd'.repeat(129) },
    { title: 'Check Model', description: 'x' },
    { title: 'ok', description: 'x' },
  ]);
  expect(checkCommandMenus(m)).toEqual([
    'bots[0].commandLists[0].commands[0].title: 33 characters, more than 32',
    'bots[0].commandLists[0].commands[1].description: 129 characters, more than 128',
    'bots[0].commandLists[0].commands[2].title: "Check Model" is not one lower-case word (the word the bot reads)',
    'bots[0].commandLists[0].commands[3].title: "ok" is listed twice',
  ]);
});
