const { winston, formats: { prettyPrint } } = require('@strapi/logger');

// STRAPI_LOG_LEVEL=error keeps the test output quiet; the playground logs requests by default.
module.exports = {
  transports: [
    new winston.transports.Console({
      level: process.env.STRAPI_LOG_LEVEL || 'http',
      format: winston.format.combine(prettyPrint({ timestamps: 'YYYY-MM-DD HH:mm:ss.SSS' })),
    }),
  ],
};
