const { winston, formats: { prettyPrint } } = require('@strapi/logger');

// Warnings and errors only: a log line per request would be part of what is measured.
module.exports = {
  transports: [new winston.transports.Console({ level: 'warn', format: winston.format.combine(prettyPrint()) })],
};
