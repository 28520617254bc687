// @microsoft/app-manifest requires strip-bom@5, an ES module. Node 20.19+ loads it with require(esm), jest
// (before Node 24.9) cannot; only the package's file readers call it, never its validator, so a CommonJS
// stand-in is enough here.
jest.mock(
  require.resolve('strip-bom', { paths: [require('node:path').dirname(require.resolve('@microsoft/app-manifest'))] }),
  () => (text: string) => text.replace(/^\uFEFF/, ''),
);

import fs from 'node:fs';
import path from 'node:path';
import { PNG } from 'pngjs';
import { ZIP_NAME, main, readEnvironment } from '../../src/app-package/cli';
import { readZip } from '../../src/app-package/read-zip';
import { APP_ID, BOT_ID, ENV, png, tempProject } from './support';

interface Run {
  code: number;
  out: string[];
  err: string[];
}

async function run(root: string, env: Record<string, string | undefined>, argv: string[] = []): Promise<Run> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(argv, { root, env, stdout: (l) => out.push(l), stderr: (l) => err.push(l) });
  return { code, out, err };
}

const roots: string[] = [];
function project(version?: string): string {
  const root = tempProject(version);
  roots.push(root);
  return root;
}
afterAll(() => {
  for (const r of roots) fs.rmSync(r, { recursive: true, force: true });
});

const zipPath = (root: string) => path.join(root, 'appPackage', 'build', ZIP_NAME);
const builtManifestPath = (root: string) => path.join(root, 'appPackage', 'build', 'manifest.json');

describe('npm run package (main)', () => {
  it('writes a zip with exactly manifest.json, color.png and outline.png, the manifest filled', async () => {
    const root = project('2.3.4');
    const r = await run(root, ENV);
    expect(r.err).toEqual([]);
    expect(r.code).toBe(0);
    expect(r.out[0]).toBe('wrote appPackage/build/appPackage.zip (manifest.json, color.png, outline.png) and appPackage/build/manifest.json');
    expect(r.out.join('\n')).toContain(`app id ${APP_ID}, bot id ${BOT_ID}`);

    const entries = await readZip(fs.readFileSync(zipPath(root)));
    expect(entries.map((e) => e.name)).toEqual(['manifest.json', 'color.png', 'outline.png']);
    const manifest = JSON.parse(entries[0]!.data.toString('utf8')) as Record<string, any>;
    expect(manifest.id).toBe(APP_ID);
    expect(manifest.version).toBe('2.3.4');
    expect(manifest.bots[0].botId).toBe(BOT_ID);
    expect(manifest.composeExtensions[0].botId).toBe(BOT_ID);
    expect(entries[1]!.data.equals(fs.readFileSync(path.join(root, 'appPackage', 'color.png')))).toBe(true);
    expect(entries[2]!.data.equals(fs.readFileSync(path.join(root, 'appPackage', 'outline.png')))).toBe(true);
    // The filled manifest is also written next to the zip, the same bytes.
    expect(fs.readFileSync(builtManifestPath(root)).equals(entries[0]!.data)).toBe(true);
  });

  it('the zip is readable by the system unzip too, when there is one', async () => {
    const { spawnSync } = await import('node:child_process');
    const root = project();
    expect((await run(root, ENV)).code).toBe(0);
    const listing = spawnSync('unzip', ['-Z1', zipPath(root)], { encoding: 'utf8' });
    if (listing.error) return; // no unzip on this machine: the in-process reader above is the check
    expect(listing.stdout.trim().split('\n')).toEqual(['manifest.json', 'color.png', 'outline.png']);
  });

  it('builds the same bytes twice from the same inputs', async () => {
    const root = project();
    await run(root, ENV);
    const first = fs.readFileSync(zipPath(root));
    await run(root, ENV);
    expect(fs.readFileSync(zipPath(root)).equals(first)).toBe(true);
  });

  it('reads the ids from a .env file at the project root; the environment wins over it', async () => {
    const root = project();
    const other = '99999999-8888-4777-8666-555555555555';
    fs.writeFileSync(path.join(root, '.env'), `# test\nMicrosoftAppId=${BOT_ID}\nTEAMS_APP_ID="${APP_ID}"\n`);
    expect((await run(root, {})).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(builtManifestPath(root), 'utf8')).id).toBe(APP_ID);
    expect((await run(root, { TEAMS_APP_ID: other })).code).toBe(0);
    expect(JSON.parse(fs.readFileSync(builtManifestPath(root), 'utf8')).id).toBe(other);
    expect(readEnvironment(root, { TEAMS_APP_ID: other, UNRELATED: undefined })).toMatchObject({ MicrosoftAppId: BOT_ID, TEAMS_APP_ID: other });
  });

  it.each([
    ['MicrosoftAppId', { TEAMS_APP_ID: APP_ID }],
    ['TEAMS_APP_ID', { MicrosoftAppId: BOT_ID, TEAMS_APP_ID: 'abc' }],
  ])('stops with exit 2, naming %s, and writes nothing', async (variable, env) => {
    const root = project();
    const r = await run(root, env);
    expect(r.code).toBe(2);
    expect(r.out).toEqual([]);
    expect(r.err[0]).toBe('package: cannot fill appPackage/manifest.json:');
    expect(r.err[1]).toMatch(new RegExp(`^package:   ${variable} is not`));
    expect(r.err.at(-1)).toBe('package: nothing written');
    expect(fs.existsSync(path.join(root, 'appPackage', 'build'))).toBe(false);
  });

  it('on a broken template: exit 2 with the schema’s message, no stack trace, and the old zip untouched', async () => {
    const root = project();
    expect((await run(root, ENV)).code).toBe(0);
    const before = fs.readFileSync(zipPath(root));
    const beforeManifest = fs.readFileSync(builtManifestPath(root));
    const templateFile = path.join(root, 'appPackage', 'manifest.json');
    const template = JSON.parse(fs.readFileSync(templateFile, 'utf8')) as Record<string, any>;
    delete template.bots[0].botId;
    template.name.short = 'A short name that is far too long for Teams';
    fs.writeFileSync(templateFile, JSON.stringify(template, null, 2));

    const r = await run(root, { ...ENV, TEAMS_APP_ID: '11111111-2222-4333-8444-555555555555' });
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe('package: the filled appPackage/manifest.json does not match the app manifest schema (v1.30, bundled with @microsoft/app-manifest):');
    expect(r.err).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^package: {3}name\.short: must NOT have more than 30 characters/),
        expect.stringMatching(/^package: {3}bots\[0\]: must have required property 'botId'/),
      ]),
    );
    expect(r.err.join('\n')).not.toMatch(/\n\s+at /);
    expect(fs.readFileSync(zipPath(root)).equals(before)).toBe(true);
    expect(fs.readFileSync(builtManifestPath(root)).equals(beforeManifest)).toBe(true);
  });

  it('on a command menu longer than Teams shows: exit 2 naming the list, nothing written', async () => {
    const root = project();
    const templateFile = path.join(root, 'appPackage', 'manifest.json');
    const template = JSON.parse(fs.readFileSync(templateFile, 'utf8')) as Record<string, any>;
    const list = template.bots[0].commandLists[1];
    list.commands = Array.from({ length: 11 }, (_, i) => ({ title: `word${i}`, description: 'a command' }));
    fs.writeFileSync(templateFile, JSON.stringify(template, null, 2));
    const r = await run(root, ENV);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      'package: the command menu does not fit Teams:',
      'package:   bots[0].commandLists[1]: 11 commands, more than the 10 a Teams menu shows',
      'package: nothing written',
    ]);
    expect(fs.existsSync(zipPath(root))).toBe(false);
  });

  it('on a template that is not JSON: exit 2, one clear line', async () => {
    const root = project();
    fs.writeFileSync(path.join(root, 'appPackage', 'manifest.json'), '{ "manifestVersion": "1.30", ');
    const r = await run(root, ENV);
    expect(r.code).toBe(2);
    expect(r.err[1]).toMatch(/^package: {3}the manifest template is not valid JSON/);
  });

  it('on bad icons: exit 2 naming each, nothing written', async () => {
    const root = project();
    fs.writeFileSync(path.join(root, 'appPackage', 'color.png'), png(100, 100, [0, 120, 212, 255]));
    // The committed outline drawn in black instead of white.
    const outline = PNG.sync.read(fs.readFileSync(path.join(root, 'appPackage', 'outline.png')));
    for (let i = 0; i < outline.data.length; i += 4) if (outline.data[i + 3] !== 0) outline.data.fill(0, i, i + 3);
    fs.writeFileSync(path.join(root, 'appPackage', 'outline.png'), PNG.sync.write(outline));
    const r = await run(root, ENV);
    expect(r.code).toBe(2);
    expect(r.err).toEqual([
      'package: the icons are not right:',
      'package:   color.png is 100x100 pixels; the color icon must be 192x192',
      expect.stringMatching(
        /^package: {3}outline\.png must be white on a transparent background: \d+ pixels are neither fully transparent nor white; the first, at \(\d+, \d+\) is rgba\(0, 0, 0, \d+\)$/,
      ),
      'package: nothing written',
    ]);
    expect(fs.existsSync(zipPath(root))).toBe(false);
  });

  it('on a missing icon: exit 2', async () => {
    const root = project();
    fs.rmSync(path.join(root, 'appPackage', 'outline.png'));
    const r = await run(root, ENV);
    expect(r.code).toBe(2);
    expect(r.err[0]).toBe('package: cannot read the outline icon appPackage/outline.png: no such file');
  });

  it('takes --app-dir and --out-dir', async () => {
    const root = project();
    fs.renameSync(path.join(root, 'appPackage'), path.join(root, 'teams'));
    const r = await run(root, ENV, ['--app-dir', 'teams', '--out-dir=out']);
    expect(r.code).toBe(0);
    expect((await readZip(fs.readFileSync(path.join(root, 'out', ZIP_NAME)))).map((e) => e.name)).toEqual(['manifest.json', 'color.png', 'outline.png']);
  });

  it('refuses an unknown argument and prints usage on --help', async () => {
    const root = project();
    const bad = await run(root, ENV, ['--zip']);
    expect(bad.code).toBe(2);
    expect(bad.err[0]).toMatch(/^package: unknown argument --zip; usage: npm run package/);
    for (const [argv, message] of [
      [['appPackage'], 'unknown argument appPackage'],
      [['--out-dir'], '--out-dir needs a value'],
      [['--app-dir=', 'x'], '--app-dir needs a value'],
    ] as const) {
      const r = await run(root, ENV, [...argv]);
      expect(r).toEqual({
        code: 2,
        out: [],
        err: [
          `package: ${message}; usage: npm run package [-- --app-dir DIR] [--out-dir DIR]   (defaults: appPackage, appPackage/build)`,
          'package: nothing written',
        ],
      });
    }
    expect(fs.existsSync(path.join(root, 'appPackage', 'build'))).toBe(false);
    const help = await run(root, ENV, ['--help']);
    expect(help.code).toBe(0);
    expect(help.out[0]).toMatch(/^usage: /);
  });
});
