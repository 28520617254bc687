// ESLint: typescript-eslint's recommended rules, and the import boundaries that keep the layout honest
// (the README's Layout). Formatting is Prettier's alone: eslint-config-prettier turns off every rule that
// would disagree with it. `npm run lint` runs both, and `npm test` runs lint first.
import { builtinModules } from 'node:module';
import js from '@eslint/js';
import { defineConfig } from 'eslint/config';
import prettier from 'eslint-config-prettier';
import globals from 'globals';
import tseslint from 'typescript-eslint';

// ---------------------------------------------------------------------------------------------------
// Import boundaries, in src/:
//   core          -> only itself, and the pure libraries in CORE_LIBRARIES (no Node I/O, no Teams)
//   presentation  -> core; node:fs and node:path to read its card templates
//   pipeline      -> core, presentation, knowledge
//   knowledge     -> core, importer, paths, log
//   bot, the rest -> anything in src/
// Everywhere outside src/core (bench/ and scripts/ too) the core is imported only through its entry,
// src/core/index.ts, so the core's inner layout can change without touching its callers. test/ may
// import the core's inner modules: unit tests test them one by one.
// botbuilder, botbuilder-*, botframework-* and restify(-*) only in src/bot/ and src/index.ts (bench/,
// scripts/ and test/ may use them: they drive the bot from outside).
//
// Written with no-restricted-imports, whose patterns see the import as written ('../core/answer/types'),
// not the file it resolves to: so each rule is generated once per folder depth (a file in src/core/answer/
// leaves the core with '../../', one in src/core/ with '../'), and every file matches exactly one block
// (a later block's options would replace, not add to, an earlier one's).
// ---------------------------------------------------------------------------------------------------

/** Libraries the core may use: pure computation, no I/O and no state. Add one here deliberately. */
const CORE_LIBRARIES = ['zod', 'fuse.js'];
/** Node built-ins the presentation may use: card-render.ts reads the templates in cards/ once, at start. */
const PRESENTATION_BUILTINS = ['node:fs', 'node:path'];
/** Deepest folder nesting the generated rules cover (src/bot/http/ is 2); lint fails loudly past it. */
const MAX_DEPTH = 5;

const esc = (s) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (names) => names.map(esc).join('|');

/** A regex prefix matching a relative import that climbs from a file `depth` folders below src/ up to src/. */
const upToSrc = (depth) => (depth === 0 ? '\\./' : `(\\.\\./){${depth - 1}}\\.\\.(/|$)`);

const BOT_LIBRARIES = {
  regex: '^(botbuilder|botbuilder-[^/]+|botframework-[^/]+|restify|restify-[^/]+)(/.*)?$',
  message: 'Bot Framework and restify belong in src/bot/ (and src/index.ts, which starts it): the rest of src/ must run without Teams.',
};

const coreOnlyThroughEntry = (prefix) => ({
  regex: `^${prefix}core/(?!index$).+`,
  message: "Import the core through its public entry (src/core/index.ts, e.g. '../core'): its inner layout is the core's own business.",
});

/** Relative imports from a file `depth` folders below src/ into any src/ folder or file not in `allowed`. */
const onlyInto = (depth, allowed, why) => ({
  regex: `^${upToSrc(depth)}(?!(${allowed.map((a) => `${esc(a)}(/|$)`).join('|')}))`,
  message: why,
});

const BARE_BUILTINS = builtinModules.filter((m) => !m.startsWith('node:') && !m.startsWith('_'));
const builtinsExcept = (allowed, why) => ({
  regex: `^(?!(${alternatives(allowed)})$)(node:.+|(${alternatives(BARE_BUILTINS)})(/.*)?)$`,
  message: why,
});

/** Per layer: the patterns for one of its files, `depth` folders below src/ (src/core/x.ts is 1, src/core/answer/x.ts 2). */
const LAYERS = {
  core: (depth) => [
    onlyInto(depth, ['core'], 'src/core is the pure core: it imports nothing from the rest of src/ (they import it).'),
    {
      regex: `^(?![./])(?!(${alternatives(CORE_LIBRARIES)})(/|$))`,
      message: `src/core is pure (no I/O, no Teams, no state): besides its own files it may import only ${CORE_LIBRARIES.join(', ')} (CORE_LIBRARIES in eslint.config.mjs). Do I/O in src/knowledge, Teams in src/bot.`,
    },
  ],
  presentation: (depth) => [
    BOT_LIBRARIES,
    coreOnlyThroughEntry(upToSrc(depth)),
    onlyInto(depth, ['presentation', 'core'], 'src/presentation turns answers into cards and text: it imports only the core.'),
    builtinsExcept(PRESENTATION_BUILTINS, `src/presentation may read its templates (${PRESENTATION_BUILTINS.join(', ')}) but does no other I/O.`),
  ],
  pipeline: (depth) => [
    BOT_LIBRARIES,
    coreOnlyThroughEntry(upToSrc(depth)),
    onlyInto(
      depth,
      ['pipeline', 'core', 'presentation', 'knowledge'],
      'src/pipeline joins the core, the presentation and the knowledge; the bot calls it, not the other way round.',
    ),
  ],
  knowledge: (depth) => [
    BOT_LIBRARIES,
    coreOnlyThroughEntry(upToSrc(depth)),
    onlyInto(
      depth,
      ['knowledge', 'core', 'importer', 'paths', 'log'],
      'src/knowledge loads and refreshes the catalog: it uses only the core, the importer, paths and log.',
    ),
  ],
  bot: (depth) => [coreOnlyThroughEntry(upToSrc(depth))],
};
const otherSrc = (depth) => [BOT_LIBRARIES, coreOnlyThroughEntry(upToSrc(depth))];

const restrict = (patterns) => ({ '@typescript-eslint/no-restricted-imports': ['error', { patterns }] });
const depths = Array.from({ length: MAX_DEPTH + 1 }, (_, d) => d);
const under = (folder, depth) => `${folder}/${'*/'.repeat(depth)}*.{ts,js}`;

const boundaries = [
  // A layer's files: src/<layer>/ is depth 1.
  ...Object.entries(LAYERS).flatMap(([layer, patterns]) =>
    depths
      .slice(1)
      .map((depth) => ({ name: `boundaries/src/${layer}/depth-${depth}`, files: [under(`src/${layer}`, depth - 1)], rules: restrict(patterns(depth)) })),
  ),
  // Everything else in src/; src/index.ts starts the bot, so it may import botbuilder and restify.
  ...depths.map((depth) => ({
    name: `boundaries/src/other/depth-${depth}`,
    files: [under('src', depth)],
    ignores: [...Object.keys(LAYERS).map((layer) => `src/${layer}/**`), 'src/index.ts'],
    rules: restrict(otherSrc(depth)),
  })),
  { name: 'boundaries/src/index.ts', files: ['src/index.ts'], rules: restrict([coreOnlyThroughEntry(upToSrc(0))]) },
  // bench/ and scripts/ use the core as the bot does, through its entry ('../src/core').
  ...['bench', 'scripts'].flatMap((top) =>
    depths.map((depth) => ({
      name: `boundaries/${top}/depth-${depth}`,
      files: [under(top, depth)],
      rules: restrict([
        {
          regex: `^(\\.\\./){${depth + 1}}src/core/(?!index$).+`,
          message: "Import the core through its public entry ('../src/core'); only test/ may reach its inner modules.",
        },
      ]),
    })),
  ),
  {
    name: 'boundaries/too-deep',
    files: [`src/${'*/'.repeat(MAX_DEPTH + 1)}**/*`, `bench/${'*/'.repeat(MAX_DEPTH + 1)}**/*`, `scripts/${'*/'.repeat(MAX_DEPTH + 1)}**/*`],
    rules: restrict([{ regex: '.', message: 'This file is nested deeper than the import-boundary rules reach: raise MAX_DEPTH in eslint.config.mjs.' }]),
  },
];

export default defineConfig(
  { name: 'ignores', ignores: ['dist/', 'coverage/', 'appPackage/build/', '.azurite/', 'test/fixtures/'] },
  js.configs.recommended,
  tseslint.configs.recommended,
  {
    name: 'project/typescript',
    files: ['**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: {
      // The import rules above are typescript-eslint's version, which also sees `import x = require()`.
      'no-restricted-imports': 'off',
      // `_name` marks a parameter kept for its position (a handler's signature); anything else unused is dead code.
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrorsIgnorePattern: '^_' }],
      // A @ts-ignore must say why after `--` (the two in test/ keep playwright-core's types optional); one
      // that says nothing is still an error.
      '@typescript-eslint/ban-ts-comment': ['error', { 'ts-ignore': 'allow-with-description' }],
    },
  },
  {
    name: 'project/javascript',
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: globals.node },
    // Plain CommonJS (jest configs, the scripts that run without a build step): require() is how it imports.
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  { name: 'project/eslint-config', files: ['eslint.config.mjs'], languageOptions: { globals: globals.node } },
  {
    // Tests and tools walk JSON of any shape (cards, activities, jest reports) to assert on it; typing every
    // node of it would say nothing. They also load the CommonJS they build (require). The product's own code
    // (src/) stays without either.
    name: 'project/tests-and-tools',
    files: ['test/**/*.ts', 'bench/**/*.ts', 'scripts/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off', '@typescript-eslint/no-require-imports': 'off' },
  },
  ...boundaries,
  prettier,
);
