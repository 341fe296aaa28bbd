module.exports = require('@strapi/strapi').factories.createCoreRouter('api::organisation.organisation', { only: ['find', 'findOne'] });
