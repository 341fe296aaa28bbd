module.exports = require('@strapi/strapi').factories.createCoreRouter('api::data-category.data-category', { only: ['find', 'findOne'] });
