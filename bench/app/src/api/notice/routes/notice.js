module.exports = require('@strapi/strapi').factories.createCoreRouter('api::notice.notice', { only: ['find', 'findOne'] });
