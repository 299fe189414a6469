/* Scale tests (`npm run test:scale`): API replicas behind nginx, and a streaming read replica. */
const preset = require('../../jest.preset.js');

module.exports = {
  displayName: 'scale',
  preset: '../../jest.preset.js',
  rootDir: '.',
  testEnvironment: 'node',
  testMatch: ['<rootDir>/**/*.scale-spec.ts'],
  transform: {
    ...preset.transform,
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.json' }],
  },
  // The replicas test uses the integration tests' embedded PostgreSQL; the read-replica test
  // starts its own primary and standby.
  globalSetup: '<rootDir>/../integration/support/global-setup.mjs',
  globalTeardown: '<rootDir>/../integration/support/global-teardown.mjs',
  testTimeout: 180000,
  // One file at a time: each starts several servers, and the machine has two cores.
  maxWorkers: 1,
};
