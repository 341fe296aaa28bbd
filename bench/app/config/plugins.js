const path = require('path');

module.exports = {
  // The plugin is this repository, built into ../../dist by `npm run build`.
  'privacy-notices': { enabled: true, resolve: path.resolve(__dirname, '..', '..', '..') },
  'users-permissions': { config: { jwtSecret: 'bench-users-permissions-jwt-secret' } },
};
