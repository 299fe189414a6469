const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  moduleFileExtensions: ['ts', 'js', 'mjs', 'cjs', 'json', 'txt', 'html'],
  // Dependencies that ship ESM only are converted for jest's CommonJS runtime.
  transform: {
    '\\.txt$': require.resolve('./tools/jest/text.transformer.cjs'),
    'node_modules/.+\\.m?js$': require.resolve('./tools/jest/esm-to-cjs.transformer.cjs'),
  },
  transformIgnorePatterns: ['/node_modules/(typescript|@angular/compiler-cli|@nx|nx|jest-[^/]+|@jest|esbuild)/'],
};
