// Runs the playground app as its own process (as `strapi start` would), serving the built admin
// from playground/build. The launcher sets PORT, the database file and the other variables.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../../../playground');

createStrapi({ appDir, distDir: appDir, autoReload: false })
  .start()
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
