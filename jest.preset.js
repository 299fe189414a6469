const nxPreset = require('@nx/jest/preset').default;

module.exports = {
  ...nxPreset,
  // Dependencies that ship ESM only are converted for jest's CommonJS runtime.
  transform: {
    'node_modules/.+\\.m?js$': require.resolve('./tools/jest/esm-to-cjs.transformer.cjs'),
  },
  transformIgnorePatterns: ['/node_modules/(typescript|@angular/compiler-cli|@nx|nx|jest-[^/]+|@jest|esbuild)/'],
};
