module.exports = require('@strapi/strapi').factories.createCoreController('api::data-category.data-category');
