'use strict';

// Fallback for loaders that look for strapi-server.js instead of the package exports.
module.exports = require('./dist/server');
