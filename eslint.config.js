// @ts-check
const js = require('@eslint/js');
const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['.tmp/**', 'node_modules/**', 'static/*/build/**', 'data/**', 'coverage/**', 'docs/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    files: ['**/*.js'],
    languageOptions: {
      sourceType: 'commonjs',
      globals: {
        require: 'readonly',
        module: 'writable',
        process: 'readonly',
        console: 'readonly',
        __dirname: 'readonly',
        __filename: 'readonly',
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Plain browser scripts the local host serves as they are (and a scratch bundle served like them).
  {
    files: ['local/host/public/**/*.js', 'test/fixtures/csp-scratch/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'localStorage',
          'fetch',
          'URL',
          'URLSearchParams',
          'Map',
          'Promise',
          'ResizeObserver',
          'MutationObserver',
          'setTimeout',
          'clearTimeout',
        ].map((g) => [g, 'readonly']),
      ),
    },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // The dependency rule of ARCHITECTURE.md, enforced: nothing in src or static reaches local/;
  // static reaches src only through src/contract, and no surface imports another surface;
  // only src/store imports @forge/kvs and only src/jira imports @forge/api; domain and contract
  // import nothing of ours but each other.
  {
    files: ['static/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/local/**',
            '**/src/**',
            '!**/src/contract',
            '!**/src/contract/**',
            '@forge/kvs',
            '@forge/api',
          ],
        },
      ],
    },
  },
  {
    files: ['src/**'],
    ignores: ['src/store/**', 'src/jira/**', 'src/domain/**', 'src/contract/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/local/**', '@forge/kvs', '@forge/api'] }] },
  },
  {
    files: ['src/store/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/local/**', '@forge/api'] }] },
  },
  {
    files: ['src/jira/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/local/**', '@forge/kvs'] }] },
  },
  {
    files: ['src/domain/**', 'src/contract/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            '**/local/**',
            '@forge/*',
            '../store',
            '../store/**',
            '../jira',
            '../jira/**',
            '../resolvers',
            '../resolvers/**',
            '../deps',
            '../index',
          ],
        },
      ],
    },
  },
);
