module.exports = require('@strapi/strapi').factories.createCoreController('api::purpose.purpose');
