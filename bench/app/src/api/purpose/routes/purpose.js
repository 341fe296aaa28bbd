module.exports = require('@strapi/strapi').factories.createCoreRouter('api::purpose.purpose', { only: ['find', 'findOne'] });
