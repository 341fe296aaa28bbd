const path = require('path');

/** SQLite in the app's .tmp by default; BENCH_DATABASE=postgres uses the database named in BENCH_DATABASE_NAME on 127.0.0.1:5432. */
module.exports = ({ env }) =>
  env('BENCH_DATABASE', 'sqlite') === 'postgres'
    ? {
        connection: {
          client: 'postgres',
          connection: {
            host: env('DATABASE_HOST', '127.0.0.1'),
            port: env.int('DATABASE_PORT', 5432),
            user: env('DATABASE_USERNAME', 'postgres'),
            password: env('DATABASE_PASSWORD', ''),
            database: env('BENCH_DATABASE_NAME', 'privacy_notices_bench'),
          },
        },
      }
    : {
        connection: {
          client: 'sqlite',
          connection: { filename: path.resolve(__dirname, '..', '.tmp', 'data.db') },
          useNullAsDefault: true,
        },
      };
