const { seedDemoData } = require('./demo-data');
const { ensureDemoAdmin } = require('./demo-admin');

module.exports = {
  register() {},

  async bootstrap({ strapi }) {
    // Tests boot this app without demo data (PLAYGROUND_DEMO_DATA=false) and create their own.
    if (process.env.PLAYGROUND_DEMO_DATA === 'false') return;
    await ensureDemoAdmin(strapi);
    await seedDemoData(strapi);
  },
};
