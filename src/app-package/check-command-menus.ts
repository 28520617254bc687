// The bot's command menus within what Teams shows. Manifest schema 1.30 allows 12 commands per list, titles of
// 128 characters and descriptions of 4000, but Microsoft's "Create a commands menu" page still says a menu holds
// up to 10 commands, and the schemas before 1.28 (which Teams clients were built against) cap a title at 32
// characters and a description at 128: the stricter limits are kept, so the menu looks the same on every client.
// A title is the word the bot reads (Teams inserts it into the compose box), so it is one lower-case word.

export const MENU_LIMITS = { commands: 10, title: 32, description: 128 } as const;

/** Every way the manifest's command menus break those limits, as "bots[0].commandLists[1]: ..." lines. */
export function checkCommandMenus(manifest: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const bots = Array.isArray(manifest['bots']) ? (manifest['bots'] as Record<string, unknown>[]) : [];
  bots.forEach((bot, b) => {
    const lists = Array.isArray(bot?.['commandLists']) ? (bot['commandLists'] as Record<string, unknown>[]) : [];
    lists.forEach((list, l) => {
      const where = `bots[${b}].commandLists[${l}]`;
      const commands = Array.isArray(list?.['commands']) ? (list['commands'] as Record<string, unknown>[]) : [];
      if (commands.length > MENU_LIMITS.commands)
        problems.push(`${where}: ${commands.length} commands, more than the ${MENU_LIMITS.commands} a Teams menu shows`);
      const seen = new Set<string>();
      commands.forEach((c, i) => {
        const title = typeof c?.['title'] === 'string' ? c['title'] : '';
        const description = typeof c?.['description'] === 'string' ? c['description'] : '';
        const at = `${where}.commands[${i}]`;
        if (!/^[a-z][a-z0-9-]*$/.test(title)) problems.push(`${at}.title: "${title}" is not one lower-case word (the word the bot reads)`);
        if (title.length > MENU_LIMITS.title) problems.push(`${at}.title: ${title.length} characters, more than ${MENU_LIMITS.title}`);
        if (description.length > MENU_LIMITS.description)
          problems.push(`${at}.description: ${description.length} characters, more than ${MENU_LIMITS.description}`);
        if (seen.has(title)) problems.push(`${at}.title: "${title}" is listed twice`);
        seen.add(title);
      });
    });
  });
  return problems;
}
