// Pure: the manifest template (appPackage/manifest.json) + the environment + the app's version -> the filled
// manifest. Placeholders are `${{NAME}}` inside JSON string values; they are replaced after parsing, so a
// value can never break the JSON. Every problem names the variable it is about, all of them at once.

/** A string that is a GUID, as the Teams schema's #/definitions/guid has it. */
export const GUID = /^[0-9a-fA-F]{8}-([0-9a-fA-F]{4}-){3}[0-9a-fA-F]{12}$/;

const NIL_GUID = '00000000-0000-0000-0000-000000000000';

/**
 * Where people learn about the bot's data: the public Microsoft Learn page whose fine-tuning table the
 * catalog is imported from. The default for the developer URLs; set WEBSITE_URL, PRIVACY_URL and
 * TERMS_OF_USE_URL to your organisation's own pages before publishing to an org-wide app catalog.
 */
export const DEFAULT_DEVELOPER_URL = 'https://learn.microsoft.com/azure/ai-foundry/openai/concepts/models';

export type Env = Readonly<Record<string, string | undefined>>;

interface Variable {
  /** What it is and how to get it, for the message when it is missing or wrong. */
  readonly hint: string;
  readonly kind: 'guid' | 'https-url' | 'semver';
  /** Absent = required. */
  readonly fallback?: string;
  /** Filled from the app's version (package.json), never from the environment. */
  readonly fromVersion?: true;
}

export const VARIABLES: Readonly<Record<string, Variable>> = {
  MicrosoftAppId: {
    kind: 'guid',
    hint: 'the Azure Bot registration’s Microsoft App ID (the same variable the bot server reads)',
  },
  TEAMS_APP_ID: {
    kind: 'guid',
    hint: 'the Teams app’s own id: create it once per deployment with node -e "console.log(crypto.randomUUID())" and keep it across versions',
  },
  WEBSITE_URL: { kind: 'https-url', fallback: DEFAULT_DEVELOPER_URL, hint: 'the developer website shown in the app’s details' },
  PRIVACY_URL: { kind: 'https-url', fallback: DEFAULT_DEVELOPER_URL, hint: 'the privacy statement shown in the app’s details' },
  TERMS_OF_USE_URL: { kind: 'https-url', fallback: DEFAULT_DEVELOPER_URL, hint: 'the terms of use shown in the app’s details' },
  APP_VERSION: { kind: 'semver', fromVersion: true, hint: 'the "version" in package.json' },
};

export class ManifestFillError extends Error {
  /** One line per problem, each naming its variable (or the template). */
  readonly problems: readonly string[];
  /** The variables the problems are about, in order. */
  readonly variables: readonly string[];
  constructor(problems: readonly string[], variables: readonly string[]) {
    super(problems.join('\n'));
    this.name = 'ManifestFillError';
    this.problems = problems;
    this.variables = variables;
  }
}

const PLACEHOLDER = /\$\{\{\s*([A-Za-z_][A-Za-z0-9_]*)\s*\}\}/g;

/** The names of the placeholders in the template's string values, in order of first appearance. */
export function placeholders(template: unknown): string[] {
  const found = new Set<string>();
  walkStrings(template, (s) => {
    for (const m of s.matchAll(PLACEHOLDER)) found.add(m[1] as string);
    return s;
  });
  return [...found];
}

function walkStrings(value: unknown, f: (s: string) => string): unknown {
  if (typeof value === 'string') return f(value);
  if (Array.isArray(value)) return value.map((v) => walkStrings(v, f));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walkStrings(v, f)]));
  }
  return value;
}

function problemWith(kind: Variable['kind'], value: string): string | null {
  switch (kind) {
    case 'guid':
      if (!GUID.test(value)) return `is not a GUID (got "${value}")`;
      if (value === NIL_GUID) return 'is the all-zero GUID, a placeholder rather than a real id';
      return null;
    case 'https-url': {
      let url: URL;
      try {
        url = new URL(value);
      } catch {
        return `is not a URL (got "${value}")`;
      }
      return url.protocol === 'https:' ? null : `must be an https:// URL (got "${value}")`;
    }
    case 'semver':
      // Teams wants MAJOR.MINOR.PATCH; the Teams admin centre and store refuse pre-release tags.
      return /^\d+\.\d+\.\d+$/.test(value) ? null : `is not a MAJOR.MINOR.PATCH version (got "${value}")`;
  }
}

/**
 * Fills the template. `templateText` is the text of appPackage/manifest.json; `env` the environment (with
 * .env already merged in); `version` the app's version from package.json. Throws ManifestFillError.
 */
export function fillManifest(templateText: string, env: Env, version: string): Record<string, unknown> {
  let template: unknown;
  try {
    template = JSON.parse(templateText);
  } catch (e) {
    throw new ManifestFillError([`the manifest template is not valid JSON: ${(e as Error).message}`], []);
  }
  if (template === null || typeof template !== 'object' || Array.isArray(template)) {
    throw new ManifestFillError(['the manifest template is not a JSON object'], []);
  }

  const values = new Map<string, string>();
  const problems: string[] = [];
  const variables: string[] = [];
  for (const name of placeholders(template)) {
    const spec = VARIABLES[name];
    if (spec === undefined) {
      problems.push(`\${{${name}}} in the manifest template is not a known variable (known: ${Object.keys(VARIABLES).join(', ')})`);
      variables.push(name);
      continue;
    }
    const raw = (spec.fromVersion ? version : env[name])?.trim() ?? '';
    const value = raw === '' ? spec.fallback : raw;
    if (value === undefined) {
      problems.push(`${name} is not set: it must be ${spec.hint}`);
      variables.push(name);
      continue;
    }
    const problem = problemWith(spec.kind, value);
    if (problem !== null) {
      problems.push(`${name} ${problem}: it must be ${spec.hint}`);
      variables.push(name);
      continue;
    }
    values.set(name, value);
  }
  if (problems.length > 0) throw new ManifestFillError(problems, variables);

  return walkStrings(template, (s) => s.replace(PLACEHOLDER, (_, name: string) => values.get(name) as string)) as Record<string, unknown>;
}
