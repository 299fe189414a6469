module.exports = {
  displayName: 'api-platform',
  preset: '../../../jest.preset.js',
  testEnvironment: 'node',
  transform: {
    ...require('../../../jest.preset.js').transform,
    '^.+\\.ts$': ['ts-jest', { tsconfig: '<rootDir>/tsconfig.spec.json' }],
  },
  moduleFileExtensions: ['ts', 'js', 'mjs'],
  coverageDirectory: '../../../coverage/libs/api/platform',
};
