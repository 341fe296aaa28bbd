module.exports = require('@strapi/strapi').factories.createCoreRouter('api::recipient.recipient', { only: ['find', 'findOne'] });
