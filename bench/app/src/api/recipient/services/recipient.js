module.exports = require('@strapi/strapi').factories.createCoreService('api::recipient.recipient');
