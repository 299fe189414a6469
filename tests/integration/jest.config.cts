/* Integration tests: the real API over HTTP on a real PostgreSQL (embedded, or TEST_DATABASE_URL). */
const preset = require('../../jest.preset.js');

module.exports = {
  displayName: 'integration',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.integration-spec.ts'],
  transform: {
    ...preset.transform,
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  globalSetup: '<rootDir>/support/global-setup.mjs',
  globalTeardown: '<rootDir>/support/global-teardown.mjs',
  testTimeout: 120000,
  maxWorkers: 2,
};
