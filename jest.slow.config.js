/** Load, soak and bench-smoke tests: minutes each. Run with `npm run test:slow` (.ci/run does). */
const base = require('./jest.config.js');
/** @type {import('jest').Config} */
module.exports = {
  ...base,
  testMatch: ['**/slow/**/*.test.ts'],
  testPathIgnorePatterns: ['/node_modules/'],
};
