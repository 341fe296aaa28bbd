const path = require('path');

// @strapi/plugin-graphql is a dev dependency of the repository, not of this app: declared by path.
const GRAPHQL_PACKAGE = (() => {
  try {
    return require.resolve('@strapi/plugin-graphql/package.json');
  } catch {
    return null;
  }
})();

module.exports = ({ env }) => ({
  'privacy-notices': {
    enabled: true,
    // The plugin is this repository itself, built into ../dist by `npm run build`.
    resolve: path.resolve(__dirname, '..', '..'),
    config: {
      languages: ['fi', 'sv', 'en'],
      defaultLanguage: 'fi',
      publicApi: env.bool('PRIVACY_NOTICES_PUBLIC_API', true),
      effectiveCheckRule: env('PRIVACY_NOTICES_EFFECTIVE_CHECK_RULE', '* * * * *'),
      feedSize: env.int('PRIVACY_NOTICES_FEED_SIZE', 50),
      cacheSize: env.int('PRIVACY_NOTICES_CACHE_SIZE', 64 * 2 ** 20),
    },
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'playground-users-permissions-jwt-secret') },
  },
  // GraphQL at /graphql (with its playground in development) unless PLAYGROUND_GRAPHQL=false.
  ...(GRAPHQL_PACKAGE && {
    graphql: {
      enabled: env.bool('PLAYGROUND_GRAPHQL', true),
      resolve: GRAPHQL_PACKAGE,
      // Strapi's operation limits, unbounded unless set: how deep a query may nest, and how many
      // entries a collection query may return (`maxLimit`; Strapi 4 called it `amountLimit`).
      config: { depthLimit: 10, defaultLimit: 25, maxLimit: 100 },
    },
  }),
});
