/**
 * Public API, mounted at /api/privacy-notices. Readable without login when the plugin's
 * `publicApi` option is true (the default; see register.ts); otherwise Strapi's usual API
 * token or Users & Permissions rules apply.
 */
export default {
  type: 'content-api',
  routes: [
    { method: 'GET', path: '/notices', handler: 'notices.list', config: {} },
    { method: 'GET', path: '/notices/:slug', handler: 'notices.findOne', config: {} },
    { method: 'GET', path: '/notices/:slug/versions', handler: 'notices.versions', config: {} },
    { method: 'GET', path: '/notices/:slug/versions/:version', handler: 'notices.findVersion', config: {} },
    { method: 'GET', path: '/notices/:slug/diff', handler: 'notices.diff', config: {} },
    { method: 'GET', path: '/notices/:slug/changelog', handler: 'notices.changelog', config: {} },
    { method: 'GET', path: '/changelog', handler: 'notices.changelog', config: {} },
    { method: 'GET', path: '/embed.js', handler: 'notices.embed', config: {} },
  ] as { method: string; path: string; handler: string; config: { auth?: false } }[],
};
