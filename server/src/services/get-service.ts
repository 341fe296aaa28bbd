/** The plugin's services by name, typed: `getService(strapi, 'library').load(…)`. */
import type { Core } from '@strapi/strapi';
import { PLUGIN_ID } from '../uids';
import type services from './index';

export type Services = { [Name in keyof typeof services]: ReturnType<(typeof services)[Name]> };

export function getService<Name extends keyof Services>(strapi: Core.Strapi, name: Name): Services[Name] {
  return strapi.plugin(PLUGIN_ID).service(name) as Services[Name];
}
