const path = require('path');

module.exports = ({ env }) => ({
  // The plugin is this repository, built into ../../dist by `npm run build`.
  'privacy-notices': {
    enabled: true,
    resolve: path.resolve(__dirname, '..', '..', '..'),
    config: { cacheSize: env.int('BENCH_CACHE_SIZE', 64 * 2 ** 20) },
  },
  'users-permissions': { config: { jwtSecret: 'bench-users-permissions-jwt-secret' } },
  // GraphQL beside REST, configured as the playground has it (a dev dependency of the repository).
  graphql: {
    enabled: true,
    resolve: path.dirname(require.resolve('@strapi/plugin-graphql/package.json')),
    config: { depthLimit: 10, defaultLimit: 25, maxLimit: 100 },
  },
});
