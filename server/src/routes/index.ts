import admin from './admin';
import contentApi from './content-api';
import { storableRequestText } from '../http/storable-text';

export interface RouteSet<Route> {
  type: string;
  routes: Route[];
}

/** Every route, admin and public, refuses text that no database stores before its controller runs. */
function withStorableText<Route extends { config: object }>(set: RouteSet<Route>): RouteSet<Route> {
  return {
    ...set,
    routes: set.routes.map((route) => {
      const { middlewares = [] } = route.config as { middlewares?: unknown[] };
      return { ...route, config: { ...route.config, middlewares: [storableRequestText, ...middlewares] } };
    }),
  };
}

export default { admin: withStorableText(admin), 'content-api': withStorableText(contentApi) };
