/** Admin API: the record of processing activities (GDPR Art 30(1)) on a date, and what it still lacks. */
import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import { dateParam, formatParam, localeParam, type RequestContext } from '../http/request';
import { pluginConfig } from '../config/access';
import { todayIn } from '../domain/dates';
import { momentOf } from '../domain/in-force';
import { RECORD_FORMAT_NAMES, RECORD_LANGUAGES } from '../domain/record';

type AdminContext = RequestContext & { state: { user?: { id: number; preferedLanguage?: string | null } } };

/** The admin's language: asked for, else the one set in their profile, else English. */
function languageOf(ctx: AdminContext): string {
  const asked = localeParam(ctx.query.locale);
  const preferred = ctx.state.user?.preferedLanguage ?? undefined;
  return [asked, preferred].find((language): language is string => !!language && RECORD_LANGUAGES.includes(language)) ?? 'en';
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const record = () => getService(strapi, 'record');

  return {
    /** `?format=json|csv|xlsx|html&at=YYYY-MM-DD&locale=`: the published versions in force by the end of that day. */
    async export(ctx: AdminContext) {
      const format = formatParam(ctx.query.format, RECORD_FORMAT_NAMES);
      const { timeZone } = pluginConfig(strapi);
      const date = dateParam(ctx.query.at, 'at') ?? todayIn(timeZone);
      const document = await record().document({ at: momentOf(date, timeZone) as Date, date, language: languageOf(ctx) }, format);
      ctx.set('Content-Type', document.contentType);
      // The files are downloads; HTML opens in the browser, to print.
      if (format === 'csv' || format === 'xlsx') ctx.set('Content-Disposition', `attachment; filename="${document.filename}"`);
      ctx.set('Cache-Control', 'no-store');
      ctx.body = document.body;
    },

    async gaps(ctx: AdminContext) {
      ctx.body = { data: await record().gaps() };
    },
  };
};
