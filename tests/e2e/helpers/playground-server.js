// Runs the playground app as its own process (as `strapi start` would), serving the built admin
// from playground/build. The launcher sets PORT (0: any free one), the database file and the other variables.
const path = require('path');
const { createStrapi } = require('@strapi/strapi');

const appDir = path.resolve(__dirname, '../../../playground');

const strapi = createStrapi({ appDir, distDir: appDir, autoReload: false });
strapi
  .start()
  // With PORT=0 the system picks the port: the launcher reads it from this line.
  .then(() => console.log(`PLAYGROUND LISTENING ON PORT ${strapi.server.httpServer.address().port}`))
  .catch((error) => {
    console.error(error);
    process.exit(1);
  });
