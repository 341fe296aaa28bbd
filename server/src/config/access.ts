import type { Core } from '@strapi/strapi';
import type { PluginConfig } from './index';

export function pluginConfig(strapi: Core.Strapi): PluginConfig {
  return strapi.config.get('plugin::privacy-notices') as PluginConfig;
}
