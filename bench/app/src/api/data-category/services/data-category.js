module.exports = require('@strapi/strapi').factories.createCoreService('api::data-category.data-category');
