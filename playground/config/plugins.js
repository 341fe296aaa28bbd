const path = require('path');

module.exports = ({ env }) => ({
  'privacy-notices': {
    enabled: true,
    // The plugin is this repository itself, built into ../dist by `npm run build`.
    resolve: path.resolve(__dirname, '..', '..'),
    config: {
      languages: ['fi', 'sv', 'en'],
      defaultLanguage: 'fi',
      publicApi: env.bool('PRIVACY_NOTICES_PUBLIC_API', true),
    },
  },
  'users-permissions': {
    config: { jwtSecret: env('JWT_SECRET', 'playground-users-permissions-jwt-secret') },
  },
});
