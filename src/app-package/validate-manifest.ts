// Offline validation of a filled manifest against the official Teams/Microsoft 365 app manifest JSON schema
// that @microsoft/app-manifest bundles. The schema is read from the package's own files and handed to its
// validator, so nothing is ever fetched from the network (the package would otherwise fall back to a fetch).
import fs from 'node:fs';
import path from 'node:path';
import type { AppManifest } from '@microsoft/app-manifest';

type Validator = (typeof import('@microsoft/app-manifest'))['AppManifestUtils'];

/**
 * The manifest schema version appPackage/manifest.json is pinned to. appPackage/README.md says why; a test
 * keeps the template, this constant and the bundled schemas in step.
 */
export const PINNED_MANIFEST_VERSION = '1.30';

export function schemaUrl(manifestVersion: string): string {
  return `https://developer.microsoft.com/json-schemas/teams/v${manifestVersion}/MicrosoftTeams.schema.json`;
}

function packageDir(): string {
  return path.dirname(require.resolve('@microsoft/app-manifest/package.json'));
}

/** The version of @microsoft/app-manifest that is installed. */
export function validatorVersion(): string {
  return (JSON.parse(fs.readFileSync(path.join(packageDir(), 'package.json'), 'utf8')) as { version: string }).version;
}

function teamsSchemasDir(): string {
  return path.join(packageDir(), 'build', 'json-schemas', 'teams');
}

/** The Teams manifest versions whose schema the installed @microsoft/app-manifest bundles, oldest first. */
export function bundledManifestVersions(): string[] {
  const num = (v: string) => v.split('.').map(Number);
  return fs
    .readdirSync(teamsSchemasDir())
    .filter((d) => /^v\d+\.\d+$/.test(d) && fs.existsSync(path.join(teamsSchemasDir(), d, 'MicrosoftTeams.schema.json')))
    .map((d) => d.slice(1))
    .sort((a, b) => {
      const [a1 = 0, a2 = 0] = num(a);
      const [b1 = 0, b2 = 0] = num(b);
      return a1 - b1 || a2 - b2;
    });
}

/** The bundled schema for a manifest version, or null when the package has none for it. */
export function bundledSchema(manifestVersion: string): object | null {
  if (!/^\d+\.\d+$/.test(manifestVersion)) return null;
  const file = path.join(teamsSchemasDir(), `v${manifestVersion}`, 'MicrosoftTeams.schema.json');
  if (!fs.existsSync(file)) return null;
  // The same clean-up the package applies to schema text before parsing it.
  const text = fs.readFileSync(file, 'utf8').replace(/\\a/g, '\\u0007').replace(/\\v/g, '\\u000b');
  return JSON.parse(text) as object;
}

/**
 * The package's validator, loaded on first use. It needs Node 20.19+ (or 22.12+): the package requires
 * strip-bom@5, an ES module, which older Node versions cannot require(); that is said in one line here rather
 * than as a stack trace at start-up.
 */
function validator(): Validator {
  try {
    // eslint-disable-next-line @typescript-eslint/no-require-imports -- loaded on first use, for the reason above
    return (require('@microsoft/app-manifest') as typeof import('@microsoft/app-manifest')).AppManifestUtils;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why = code === 'ERR_REQUIRE_ESM' ? `it needs Node 20.19+ or 22.12+ (this is ${process.version})` : (e as Error).message;
    throw new Error(`cannot load @microsoft/app-manifest: ${why}`, { cause: e });
  }
}

/** "/bots/0/botId must match pattern ..." -> "bots[0].botId: must match pattern ...". */
function readable(error: string): string {
  const space = error.indexOf(' ');
  const pointer = space === -1 ? error : error.slice(0, space);
  const message = space === -1 ? '' : error.slice(space + 1);
  if (pointer !== '' && !pointer.startsWith('/')) return error;
  const where =
    pointer === ''
      ? '(root)'
      : pointer
          .slice(1)
          .split('/')
          .map((p) => p.replace(/~1/g, '/').replace(/~0/g, '~'))
          .reduce((acc, p) => (/^\d+$/.test(p) ? `${acc}[${p}]` : acc === '' ? p : `${acc}.${p}`), '');
  return `${where}: ${message}`;
}

/**
 * Validates a filled manifest. Returns one line per problem ("path: message" with the schema's own message),
 * or [] when it is valid. The schema is the one its "$schema" names, taken from the bundled copies only.
 */
export async function validateManifest(manifest: unknown): Promise<string[]> {
  if (manifest === null || typeof manifest !== 'object' || Array.isArray(manifest)) return ['(root): the manifest is not a JSON object'];
  const m = manifest as Record<string, unknown>;
  const declared = m['$schema'];
  const version = m['manifestVersion'];
  if (typeof declared !== 'string') return ['$schema: missing; it must name the official schema, e.g. ' + schemaUrl(PINNED_MANIFEST_VERSION)];
  const match = /^https:\/\/developer\.microsoft\.com\/(?:[a-z]{2}(?:-[a-z]{2})?\/)?json-schemas\/teams\/v(\d+\.\d+)\/MicrosoftTeams\.schema\.json$/i.exec(
    declared,
  );
  if (match === null) return [`$schema: "${declared}" is not an official Teams manifest schema URL such as ${schemaUrl(PINNED_MANIFEST_VERSION)}`];
  const schemaVersion = match[1] as string;
  const schema = bundledSchema(schemaVersion);
  if (schema === null) {
    return [
      `$schema: no bundled schema for v${schemaVersion} in @microsoft/app-manifest ${validatorVersion()} (it bundles ${bundledManifestVersions().join(', ')})`,
    ];
  }
  const errors = await validator().validateAgainstSchema(manifest as AppManifest, schema as Parameters<Validator['validateAgainstSchema']>[1]);
  const problems = [...new Set(errors.map(readable))];
  if (typeof version === 'string' && version !== schemaVersion && problems.length === 0) {
    problems.push(`manifestVersion: "${version}" does not match the $schema's v${schemaVersion}`);
  }
  return problems;
}
