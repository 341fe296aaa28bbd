// Fixed secrets: this app only ever listens on the loopback interface during a benchmark.
module.exports = {
  auth: { secret: 'bench-admin-jwt-secret' },
  apiToken: { salt: 'bench-api-token-salt' },
  transfer: { token: { salt: 'bench-transfer-token-salt' } },
  secrets: { encryptionKey: 'bench-encryption-key-32-characters' },
  flags: { nps: false, promoteEE: false },
};
