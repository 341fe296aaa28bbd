// The benchmark app has no bootstrap of its own: server.js seeds it once it listens.
module.exports = { register() {}, bootstrap() {} };
