// The manifest and the bot must agree: the compose extension's command id and parameter name are what
// ScoutBot handles, and the command menu lists exactly the commands the bot understands.
import fs from 'node:fs';
import path from 'node:path';
import { SEARCH_COMMAND_ID, SEARCH_PARAMETER } from '../../src/bot/scout-bot';
import { COMMAND_NAMES } from '../../src/core/understand/commands';
import { WATCH_COMMAND_NAMES } from '../../src/core/watch-command';
import { BOT_ID, ROOT, filled } from './support';

const manifest = filled() as Record<string, any>;

describe('the app manifest and the bot', () => {
  it('the search message extension is the command and parameter ScoutBot handles', () => {
    expect(manifest.composeExtensions).toHaveLength(1);
    const ext = manifest.composeExtensions[0];
    expect(ext.botId).toBe(BOT_ID);
    expect(ext.commands).toHaveLength(1);
    const cmd = ext.commands[0];
    expect(cmd.id).toBe(SEARCH_COMMAND_ID);
    expect(cmd).toMatchObject({ id: 'findFineTuning', type: 'query', title: 'Fine-tuning', initialRun: true });
    expect(typeof cmd.description).toBe('string');
    expect(cmd.parameters).toHaveLength(1);
    expect(cmd.parameters[0].name).toBe(SEARCH_PARAMETER);
    expect(cmd.parameters[0]).toMatchObject({ name: 'question', title: 'Question', description: 'e.g. o4-mini west europe' });
  });

  it('the bot is conversational, takes no files, and is in personal, team and group chat', () => {
    const bot = manifest.bots[0];
    expect(manifest.bots).toHaveLength(1);
    expect(bot.botId).toBe(BOT_ID);
    expect([...bot.scopes].sort()).toEqual(['groupChat', 'personal', 'team']);
    expect(bot.supportsFiles).toBe(false);
    expect(bot.isNotificationOnly).toBe(false);
  });

  // Teams shows at most 10 commands per menu (check-command-menus.ts), and the bot understands more than that
  // (compare and regions are typed, and on the help card), so the menu is a choice: what people ask most,
  // and the three watch commands. Every menu word is a command the bot understands.
  const MENU = ['check', 'deploy', 'model', 'region', 'models', 'changes', 'help', 'watch', 'watches', 'unwatch'];
  const lists = manifest.bots[0].commandLists as Array<{ scopes: string[]; commands: Array<{ title: string; description: string }> }>;

  it('has one command list for each scope, each the same menu in the same order', () => {
    expect(lists.flatMap((l) => l.scopes).sort()).toEqual(['groupChat', 'personal', 'team']);
    for (const list of lists) expect(list.commands.map((c) => c.title)).toEqual(MENU);
  });

  it('lists only commands the bot understands, within Teams’ 10', () => {
    const understood: string[] = [...COMMAND_NAMES, ...WATCH_COMMAND_NAMES];
    for (const title of MENU) expect([title, understood.includes(title)]).toEqual([title, true]);
    expect(MENU.length).toBeLessThanOrEqual(10);
  });

  it('each command description shows its arguments and stays within 128 characters, each title within 32', () => {
    const expected: Record<string, string> = {
      check: 'check <model> <region> — can I fine-tune it there?',
      deploy: 'deploy <model> [type] [region] — where a fine-tuned model can be deployed',
      model: 'model <model> — where and how a model can be fine-tuned',
      region: 'region <region> — what can be fine-tuned in a region',
      models: 'models [sft|dpo|rft] — every fine-tunable model, or those with a method',
      changes: "changes [since <month>] — what changed in Microsoft's fine-tuning documents",
      help: 'help — what I can answer',
      watch: 'watch <question> — post here when its answer changes',
      watches: 'watches — what this conversation watches',
      unwatch: 'unwatch <n> or all — stop watching',
    };
    for (const list of lists) {
      for (const c of list.commands) {
        expect(c.description).toBe(expected[c.title]);
        expect(c.description.length).toBeLessThanOrEqual(128);
        expect(c.title.length).toBeLessThanOrEqual(32);
      }
    }
  });

  it('names, developer, accent colour, domains and version are as the issue asks', () => {
    expect(manifest.name).toEqual({ short: 'Fine-Tune Scout', full: 'Fine-Tune Scout: where can I fine-tune Azure OpenAI models?' });
    expect(manifest.developer.name).toBe('Fine-Tune Scout');
    expect(manifest.description.short.length).toBeGreaterThan(0);
    expect(manifest.description.full.length).toBeGreaterThan(manifest.description.short.length);
    expect(manifest.accentColor).toMatch(/^#[0-9A-F]{6}$/i);
    expect(manifest.validDomains).toEqual([]);
    expect(manifest.icons).toEqual({ color: 'color.png', outline: 'outline.png' });
    const template = JSON.parse(fs.readFileSync(path.join(ROOT, 'appPackage', 'manifest.json'), 'utf8')) as Record<string, unknown>;
    expect(template['version']).toBe('${{APP_VERSION}}');
  });
});

describe('src/app-package', () => {
  it('imports neither botbuilder nor restify, nor the bot', () => {
    const dir = path.join(ROOT, 'src', 'app-package');
    // Its own files, Node, its packages, and the project's shared modules that import only Node (the file writer,
    // the paths, the argument parser).
    const allowed = /^(node:.*|\.\/.*|\.\.\/(write-atomically|paths|command-line)|@microsoft\/app-manifest|yazl|yauzl|pngjs)$/;
    let seen = 0;
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.ts'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const specifiers = [...text.matchAll(/(?:from\s+|require\(\s*|import\(\s*)['"]([^'"]+)['"]/g)].map((m) => m[1] as string);
      seen += specifiers.length;
      for (const s of specifiers) expect(allowed.test(s) ? 'allowed' : `${file} imports ${s}`).toBe('allowed');
    }
    expect(seen).toBeGreaterThan(10);
  });
});
