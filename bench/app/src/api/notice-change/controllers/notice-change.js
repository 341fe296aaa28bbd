module.exports = require('@strapi/strapi').factories.createCoreController('api::notice-change.notice-change');
