import { PLUGIN_ID } from './pluginId';
import { getTranslation, loadTranslations } from './translations';
import { PluginIcon } from './components/PluginIcon';

export default {
  register(app: {
    addMenuLink: (link: unknown) => void;
    registerPlugin: (plugin: unknown) => void;
  }) {
    app.addMenuLink({
      to: `plugins/${PLUGIN_ID}`,
      icon: PluginIcon,
      intlLabel: { id: getTranslation('plugin.name'), defaultMessage: 'Privacy notices' },
      permissions: [{ action: `plugin::${PLUGIN_ID}.read`, subject: null }],
      Component: () => import('./pages/App'),
    });
    app.registerPlugin({ id: PLUGIN_ID, name: PLUGIN_ID });
  },

  async registerTrads({ locales }: { locales: string[] }) {
    return Promise.all(locales.map(async (locale) => ({ locale, data: await loadTranslations(locale) })));
  },
};
