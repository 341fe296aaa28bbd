module.exports = ({ env }) => ({
  host: env('HOST', '0.0.0.0'),
  port: env.int('PORT', 1337),
  app: {
    // Demo-only keys so the playground starts without a .env; a real app sets APP_KEYS.
    keys: env.array('APP_KEYS', ['playground-key-1', 'playground-key-2']),
  },
});
