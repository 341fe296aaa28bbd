import { PLUGIN_ID } from './pluginId';
import { getTranslation, loadTranslations } from './translations';
import { PluginIcon } from './components/PluginIcon';
import { OPEN_PLUGIN, WEBHOOK_PERMISSIONS } from './permissions';

export default {
  register(app: {
    addMenuLink: (link: unknown) => void;
    addSettingsLink: (section: unknown, link: unknown) => void;
    registerPlugin: (plugin: unknown) => void;
  }) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Privacy notices' },
      // Either action shows the link (Strapi needs any one of them); the pages check their own.
      permissions: OPEN_PLUGIN,
      Component: () => import('./pages/App'),
    });
    // Settings → Privacy notices → Webhook events: the plugin's events for Strapi's own webhooks.
    app.addSettingsLink(
      { id: PLUGIN_ID, intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Privacy notices' } },
      {
        id: `${PLUGIN_ID}-webhook-events`,
        to: `${PLUGIN_ID}/webhook-events`,
        intlLabel: { id: getTranslation('webhooks.title'), defaultMessage: 'Webhook events' },
        permissions: WEBHOOK_PERMISSIONS.read,
        Component: () => import('./pages/WebhookEventsPage/WebhookEventsPage'),
      },
    );
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(locales.map(async (locale) => ({ locale, data: await loadTranslations(locale) })));
  },
};
