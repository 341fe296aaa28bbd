// Two projects: pure domain unit tests, and integration tests that boot a real Strapi.
const transform = { '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { parser: { syntax: 'typescript' }, target: 'es2020' } }] };
// `feed` is published only as an ES module, which Node >= 20.19 can require but Jest's loader cannot: compile it too.
const transformIgnorePatterns = ['/node_modules/(?!feed/)'];

module.exports = {
  maxWorkers: 2,
  // Booting Strapi or a browser takes seconds on a loaded 2-core machine (a per-project value is ignored).
  testTimeout: 300000,
  projects: [
    {
      displayName: 'unit',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/unit/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      displayName: 'integration',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/integration/**/*.test.ts'],
      transform,
      transformIgnorePatterns,
    },
    {
      // Real Chromium (Debian's package) driven by playwright-core.
      displayName: 'e2e',
      testEnvironment: 'node',
      testMatch: ['<rootDir>/tests/e2e/**/*.test.ts'],
      // The admin panel is built once, before any browser test file starts (they run side by side).
      globalSetup: '<rootDir>/tests/e2e/helpers/global-setup.ts',
      transform,
      transformIgnorePatterns,
    },
  ],
};
