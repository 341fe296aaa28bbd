module.exports = require('@strapi/strapi').factories.createCoreRouter('api::notice-change.notice-change', { only: ['find', 'findOne'] });
