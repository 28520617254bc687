// @microsoft/app-manifest requires strip-bom@5, an ES module. Node 20.19+ loads it with require(esm), jest
// (before Node 24.9) cannot; only the package's file readers call it, never its validator, so a CommonJS
// stand-in is enough here.
jest.mock(
  require.resolve('strip-bom', { paths: [require('node:path').dirname(require.resolve('@microsoft/app-manifest'))] }),
  () => (text: string) => text.replace(/^\uFEFF/, ''),
);

import fs from 'node:fs';
import path from 'node:path';
import { PINNED_MANIFEST_VERSION, bundledManifestVersions, bundledSchema, schemaUrl, validateManifest } from '../../src/app-package/validate-manifest';
import { ROOT, clone, filled, templateText } from './support';

describe('the manifest schema version', () => {
  it('is pinned in the template, bundled with @microsoft/app-manifest, and the pinned dependency is exact', () => {
    const template = JSON.parse(templateText()) as Record<string, unknown>;
    expect(template['manifestVersion']).toBe(PINNED_MANIFEST_VERSION);
    expect(template['$schema']).toBe(schemaUrl(PINNED_MANIFEST_VERSION));
    expect(bundledManifestVersions()).toContain(PINNED_MANIFEST_VERSION);
    expect(bundledSchema(PINNED_MANIFEST_VERSION)).not.toBeNull();
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8')) as { devDependencies: Record<string, string> };
    expect(pkg.devDependencies['@microsoft/app-manifest']).toMatch(/^\d+\.\d+\.\d+$/);
  });

  it('is the one appPackage/README.md explains', () => {
    const readme = fs.readFileSync(path.join(ROOT, 'appPackage', 'README.md'), 'utf8');
    expect(readme).toContain(`v${PINNED_MANIFEST_VERSION}`);
  });
});

describe('validateManifest (offline, against the bundled official schema)', () => {
  it('finds nothing wrong with the template filled with test ids', async () => {
    expect(await validateManifest(filled())).toEqual([]);
  });

  it('never touches the network', async () => {
    const fetch = jest.spyOn(globalThis, 'fetch').mockRejectedValue(new Error('no network in this test'));
    try {
      expect(await validateManifest(filled())).toEqual([]);
      expect(fetch).not.toHaveBeenCalled();
    } finally {
      fetch.mockRestore();
    }
  });

  it('reports a missing bots[0].botId with the schema’s message and where it is', async () => {
    const m = clone(filled()) as Record<string, any>;
    delete m.bots[0].botId;
    const problems = await validateManifest(m);
    expect(problems).toEqual([expect.stringMatching(/^bots\[0\]: must have required property 'botId'/)]);
  });

  it('reports a wrong manifestVersion', async () => {
    const m = { ...filled(), manifestVersion: '1.99' };
    const problems = await validateManifest(m);
    expect(problems).toEqual([expect.stringMatching(/^manifestVersion: must be equal to constant.*"allowedValue":"1\.30"/)]);
  });

  it('reports a short name over the schema’s 30 characters, and a bot id that is not a GUID', async () => {
    const m = clone(filled()) as Record<string, any>;
    m.name.short = 'Fine-Tune Scout for Azure OpenAI models';
    m.bots[0].botId = 'not-a-guid';
    const problems = await validateManifest(m);
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^name\.short: must NOT have more than 30 characters/),
        expect.stringMatching(/^bots\[0\]\.botId: must match pattern/),
      ]),
    );
  });

  it('reports an unknown property at the root', async () => {
    const problems = await validateManifest({ ...filled(), botId: 'x' });
    expect(problems).toEqual([expect.stringMatching(/^\(root\): must NOT have additional properties.*"additionalProperty":"botId"/)]);
  });

  it('refuses a $schema it has no bundled copy of, or that is not the official URL', async () => {
    expect(await validateManifest({ ...filled(), $schema: schemaUrl('1.18') })).toEqual([
      expect.stringMatching(/^\$schema: no bundled schema for v1\.18 in @microsoft\/app-manifest \d/),
    ]);
    expect(await validateManifest({ ...filled(), $schema: 'https://example.com/json-schemas/teams/v1.30/MicrosoftTeams.schema.json' })).toEqual([
      expect.stringMatching(/^\$schema: .* is not an official Teams manifest schema URL/),
    ]);
    // The localised form of the official URL is the same schema.
    expect(
      await validateManifest({ ...filled(), $schema: 'https://developer.microsoft.com/en-us/json-schemas/teams/v1.30/MicrosoftTeams.schema.json' }),
    ).toEqual([]);
    const { $schema: _, ...noSchema } = filled();
    expect(await validateManifest(noSchema)).toEqual([expect.stringMatching(/^\$schema: missing/)]);
  });

  it('catches a manifestVersion that disagrees with a $schema it is otherwise valid for', async () => {
    // v1.29 has the same bot and compose extension schema, so only the mismatch is reported.
    const m = { ...filled(), $schema: schemaUrl('1.29'), manifestVersion: '1.29' };
    expect(await validateManifest(m)).toEqual([]);
    expect(await validateManifest({ ...m, manifestVersion: '1.30' })).toEqual([expect.stringMatching(/^manifestVersion: must be equal to constant/)]);
  });
});
