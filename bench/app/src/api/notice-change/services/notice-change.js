module.exports = require('@strapi/strapi').factories.createCoreService('api::notice-change.notice-change');
