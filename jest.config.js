/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/test'],
  testMatch: ['**/*.test.ts'],
  // Browser tests live in test/e2e and run with `npm run test:e2e` (they need chromium).
  testPathIgnorePatterns: ['/node_modules/', '/test/e2e/'],
  transform: {
    // Type-checking happens once in `npm run typecheck`; jest only strips types, which keeps it fast.
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.test.json', diagnostics: false }],
  },
};
