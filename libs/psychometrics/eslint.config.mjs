import baseConfig from '../../eslint.config.mjs';

export default [
  ...baseConfig,
  {
    // tools/cat-sim runs this source with Node's type stripping, which keeps every import that is not
    // marked `type`: a type imported without it would fail at link time.
    files: ['**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }] },
  },
];
