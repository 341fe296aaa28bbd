module.exports = require('@strapi/strapi').factories.createCoreService('api::purpose.purpose');
