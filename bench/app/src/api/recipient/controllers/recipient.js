module.exports = require('@strapi/strapi').factories.createCoreController('api::recipient.recipient');
