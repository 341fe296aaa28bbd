const tseslint = require('typescript-eslint');

module.exports = tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'playground/build/**', 'playground/.strapi/**', 'playground/.tmp/**', 'playground/types/**', 'playground/public/**'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.js'],
    languageOptions: { sourceType: 'commonjs', globals: { require: 'readonly', module: 'writable', process: 'readonly', __dirname: 'readonly', console: 'readonly' } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  // The layers of docs/ARCHITECTURE.md: what may import what.
  {
    files: ['server/src/domain/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['@strapi/*'], message: 'The domain is plain TypeScript: no Strapi.' },
          { group: ['**/repositories/*', '**/services/*', '**/controllers/*', '**/http/*', '**/validation/*', '**/graphql/*', '**/config/*'], message: 'The domain imports only the domain.' },
        ],
      }],
    },
  },
  {
    files: ['server/src/controllers/*.ts'],
    ignores: ['server/src/controllers/index.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['./*'], message: 'A controller imports no other controller: share through http/ or a service.' },
          { group: ['**/repositories/*'], message: 'Controllers reach data through services.' },
        ],
      }],
    },
  },
  {
    files: ['admin/src/**/*.ts', 'admin/src/**/*.tsx'],
    rules: {
      '@typescript-eslint/no-restricted-imports': ['error', {
        patterns: [
          { group: ['**/server/src/*', '!**/server/src/domain', '!**/server/src/contracts'], message: 'The admin takes from the server only the domain and the contracts.' },
          { group: ['**/server/src/contracts', '**/server/src/contracts/*'], allowTypeImports: true, message: 'Contracts are types: import type.' },
        ],
      }],
    },
  },
);
