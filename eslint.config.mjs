import nx from '@nx/eslint-plugin';

export default [
  ...nx.configs['flat/base'],
  ...nx.configs['flat/typescript'],
  ...nx.configs['flat/javascript'],
  {
    ignores: ['**/dist', '**/out-tsc', '**/.data*', '**/node_modules', '**/test-output', 'tests/e2e/report/**', 'tests/e2e/test-results/**', 'tests/e2e/screenshots/**', 'tools/*/results/**'],
  },
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.js', '**/*.jsx'],
    rules: {
      // One-way dependencies (DESIGN.md §6): apps → libs/api|web → libs/domain, libs/psychometrics → libs/contracts.
      '@nx/enforce-module-boundaries': [
        'error',
        {
          enforceBuildableLibDependency: true,
          allow: ['^.*/eslint(\\.base)?\\.config\\.[cm]?[jt]s$'],
          depConstraints: [
            {
              sourceTag: 'type:app',
              onlyDependOnLibsWithTags: [
                'type:api-feature',
                'type:web-feature',
                'type:web-core',
                'type:web-ui',
                'type:domain',
                'type:contracts',
              ],
            },
            {
              sourceTag: 'type:api-feature',
              onlyDependOnLibsWithTags: ['type:api-feature', 'type:domain', 'type:contracts'],
            },
            {
              sourceTag: 'type:web-feature',
              onlyDependOnLibsWithTags: ['type:web-core', 'type:web-ui', 'type:domain', 'type:contracts'],
            },
            { sourceTag: 'type:web-core', onlyDependOnLibsWithTags: ['type:web-ui', 'type:domain', 'type:contracts'] },
            { sourceTag: 'type:web-ui', onlyDependOnLibsWithTags: ['type:contracts'] },
            { sourceTag: 'type:domain', onlyDependOnLibsWithTags: ['type:domain', 'type:contracts'] },
            { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: [] },
            { sourceTag: 'scope:api', notDependOnLibsWithTags: ['scope:web'] },
            { sourceTag: 'scope:web', notDependOnLibsWithTags: ['scope:api'] },
          ],
        },
      ],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // Tests read JSON bodies of many shapes and assert on them directly.
    files: ['tests/**/*.ts'],
    rules: { '@typescript-eslint/no-explicit-any': 'off' },
  },
];
