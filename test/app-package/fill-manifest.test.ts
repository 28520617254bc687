import { DEFAULT_DEVELOPER_URL, ManifestFillError, fillManifest, placeholders } from '../../src/app-package/fill-manifest';
import { APP_ID, BOT_ID, ENV, templateText } from './support';

/** The error fillManifest throws, or a failure when it does not throw. */
function fillError(env: Record<string, string | undefined>, version = '1.2.3', text = templateText()): ManifestFillError {
  try {
    fillManifest(text, env, version);
  } catch (e) {
    if (e instanceof ManifestFillError) return e;
    throw e;
  }
  throw new Error('fillManifest did not throw');
}

describe('fillManifest', () => {
  it('puts the ids, the version and the default URLs where the template has placeholders', () => {
    const m = fillManifest(templateText(), ENV, '1.2.3') as Record<string, any>;
    expect(m.id).toBe(APP_ID);
    expect(m.version).toBe('1.2.3');
    expect(m.bots[0].botId).toBe(BOT_ID);
    expect(m.composeExtensions[0].botId).toBe(BOT_ID);
    expect(m.developer).toEqual({
      name: 'Fine-Tune Scout',
      websiteUrl: DEFAULT_DEVELOPER_URL,
      privacyUrl: DEFAULT_DEVELOPER_URL,
      termsOfUseUrl: DEFAULT_DEVELOPER_URL,
    });
    expect(JSON.stringify(m)).not.toContain('${{');
  });

  it('commits nothing tenant-specific: the template has placeholders for both ids and no GUID at all', () => {
    const text = templateText();
    expect(placeholders(JSON.parse(text))).toEqual(
      expect.arrayContaining(['APP_VERSION', 'TEAMS_APP_ID', 'MicrosoftAppId', 'WEBSITE_URL', 'PRIVACY_URL', 'TERMS_OF_USE_URL']),
    );
    expect(text).not.toMatch(/[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}/i);
  });

  it('takes the developer URLs from the environment when they are set', () => {
    const m = fillManifest(
      templateText(),
      { ...ENV, WEBSITE_URL: 'https://scout.example.com/', PRIVACY_URL: 'https://example.com/privacy', TERMS_OF_USE_URL: 'https://example.com/terms' },
      '1.0.0',
    ) as Record<string, any>;
    expect(m.developer.websiteUrl).toBe('https://scout.example.com/');
    expect(m.developer.privacyUrl).toBe('https://example.com/privacy');
    expect(m.developer.termsOfUseUrl).toBe('https://example.com/terms');
  });

  it('trims values and treats an empty one as unset', () => {
    const m = fillManifest(templateText(), { MicrosoftAppId: `  ${BOT_ID}\n`, TEAMS_APP_ID: APP_ID, WEBSITE_URL: '' }, '1.0.0') as Record<string, any>;
    expect(m.bots[0].botId).toBe(BOT_ID);
    expect(m.developer.websiteUrl).toBe(DEFAULT_DEVELOPER_URL);
    expect(fillError({ MicrosoftAppId: '   ', TEAMS_APP_ID: APP_ID }).variables).toEqual(['MicrosoftAppId']);
  });

  it.each([
    ['MicrosoftAppId', { TEAMS_APP_ID: APP_ID }, /^MicrosoftAppId is not set: .*Azure Bot registration/],
    ['TEAMS_APP_ID', { MicrosoftAppId: BOT_ID }, /^TEAMS_APP_ID is not set: .*randomUUID/],
    ['MicrosoftAppId', { ...ENV, MicrosoftAppId: 'my-bot' }, /^MicrosoftAppId is not a GUID \(got "my-bot"\)/],
    ['TEAMS_APP_ID', { ...ENV, TEAMS_APP_ID: `${APP_ID}0` }, /^TEAMS_APP_ID is not a GUID/],
    ['TEAMS_APP_ID', { ...ENV, TEAMS_APP_ID: '00000000-0000-0000-0000-000000000000' }, /^TEAMS_APP_ID is the all-zero GUID/],
    ['PRIVACY_URL', { ...ENV, PRIVACY_URL: 'http://example.com/privacy' }, /^PRIVACY_URL must be an https:\/\/ URL/],
    ['WEBSITE_URL', { ...ENV, WEBSITE_URL: 'example.com' }, /^WEBSITE_URL is not a URL/],
  ])('stops with a message naming %s', (variable, env, message) => {
    const e = fillError(env);
    expect(e.variables).toEqual([variable]);
    expect(e.problems).toHaveLength(1);
    expect(e.problems[0]).toMatch(message);
  });

  it('names every missing variable at once', () => {
    const e = fillError({});
    expect([...e.variables].sort()).toEqual(['MicrosoftAppId', 'TEAMS_APP_ID']);
    expect(e.message).toContain('MicrosoftAppId is not set');
    expect(e.message).toContain('TEAMS_APP_ID is not set');
  });

  it('wants a MAJOR.MINOR.PATCH app version (from package.json)', () => {
    expect(fillError(ENV, '0.1.0-beta.1').problems[0]).toMatch(/^APP_VERSION is not a MAJOR\.MINOR\.PATCH version \(got "0\.1\.0-beta\.1"\): .*package\.json/);
    // The environment cannot override it.
    const m = fillManifest(templateText(), { ...ENV, APP_VERSION: '9.9.9' }, '0.1.0') as Record<string, any>;
    expect(m.version).toBe('0.1.0');
  });

  it('refuses a placeholder it does not know, and a template that is not JSON', () => {
    const unknown = fillError(ENV, '1.0.0', JSON.stringify({ id: '${{TEAMS_APP_ID}}', name: { short: '${{APP_NAME}}' } }));
    expect(unknown.variables).toEqual(['APP_NAME']);
    expect(unknown.problems[0]).toMatch(/^\$\{\{APP_NAME\}\} in the manifest template is not a known variable/);
    expect(fillError(ENV, '1.0.0', '{ "id": ').problems[0]).toMatch(/^the manifest template is not valid JSON/);
  });

  it('replaces inside JSON values, so a value cannot break the JSON', () => {
    const m = fillManifest(JSON.stringify({ a: 'x ${{WEBSITE_URL}} y', b: ['${{ TEAMS_APP_ID }}'] }), { ...ENV, WEBSITE_URL: 'https://e.com/?q="}' }, '1.0.0');
    expect(m).toEqual({ a: 'x https://e.com/?q="} y', b: [APP_ID] });
  });
});
