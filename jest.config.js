/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // `npm test` is the fast loop. Load, soak and bench-smoke tests (test/slow) run with `npm run test:slow`,
  // browser tests (test/e2e) with `npm run test:e2e`; .ci/run runs all three.
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/', '/test/slow/'],
  transform: {
    // Type-checking happens once in `npm run typecheck`; jest only strips types, which keeps it fast.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
  },
};
