module.exports = require('@strapi/strapi').factories.createCoreController('api::notice.notice');
