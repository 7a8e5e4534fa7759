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
      },
    },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  // Plain browser scripts the local host serves as they are.
  {
    files: ['local/host/public/**/*.js'],
    languageOptions: {
      sourceType: 'script',
      globals: Object.fromEntries(
        [
          'window',
          'document',
          'localStorage',
          'fetch',
          'URL',
          'Map',
          'Promise',
          'ResizeObserver',
          'MutationObserver',
        ].map((g) => [g, 'readonly']),
      ),
    },
    rules: { '@typescript-eslint/no-unused-expressions': 'off' },
  },
  // The dependency rule of ARCHITECTURE.md: src and static never reach local/.
  {
    files: ['src/**', 'static/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: ['**/local/**', '../local', '../../local'] }] },
  },
);
