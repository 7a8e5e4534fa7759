/** @type {import('jest').Config} */
const shared = {
  testEnvironment: 'node',
  transform: {
    '^.+\\.(t|j)sx?$': [
      '@swc/jest',
      {
        jsc: {
          target: 'es2022',
          parser: { syntax: 'typescript', tsx: true },
          transform: { react: { runtime: 'automatic' } },
        },
        module: { type: 'commonjs' },
      },
    ],
  },
};

// Two projects: the UI bundles are built (once, in globalSetup) only when a test that needs
// them runs: the manifest check (Forge validates the resources it uploads) and the browser tests.
const needsUi = ['<rootDir>/test/e2e/**/*.test.ts', '<rootDir>/test/contract/manifest.test.ts'];

module.exports = {
  testTimeout: 20000,
  projects: [
    {
      ...shared,
      displayName: 'backend',
      testMatch: ['<rootDir>/test/**/*.test.ts'],
      testPathIgnorePatterns: ['/test/e2e/', '/test/contract/manifest.test.ts'],
    },
    { ...shared, displayName: 'ui', testMatch: needsUi, globalSetup: '<rootDir>/test/setup/global-setup.js' },
  ],
};
