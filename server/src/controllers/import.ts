/**
 * POST /privacy-notices/import: `{ data: { text, locale, dryRun, legalBases } }` as JSON, or a
 * multipart upload with the .docx in `file` and the same options as JSON in `data`.
 */
import { rm } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { getService } from '../services/get-service';
import type { UploadedFile } from '../services/import';
import { fieldError, quoted } from '../errors';
import { assertStorableText } from '../http/storable-text';
import { bodyData, type RequestContext } from '../http/request';

type ImportContext = RequestContext & { request: { files?: Record<string, UploadedFile | UploadedFile[]> } };

/** The options sent beside an upload: Strapi's convention is a JSON string in the `data` field. */
function uploadOptions(body: unknown): Record<string, unknown> {
  const raw = (body as { data?: unknown } | undefined)?.data;
  if (raw === undefined || raw === '') return {};
  let options: unknown = raw;
  if (typeof raw === 'string') {
    try {
      options = JSON.parse(raw);
    } catch {
      throw fieldError('data', 'data must be JSON, e.g. {"locale":"fi","dryRun":true}');
    }
  }
  if (!options || typeof options !== 'object' || Array.isArray(options)) throw fieldError('data', 'data must be an object');
  if ('text' in options) throw fieldError('data.text', 'give either a text or a file, not both');
  return options as Record<string, unknown>;
}

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const importer = () => getService(strapi, 'import');

  return {
    async create(ctx: ImportContext) {
      const files = ctx.request.files ?? {};
      let input: unknown;
      try {
        const unknown = Object.keys(files).find((field) => field !== 'file');
        if (unknown) throw fieldError(quoted(unknown), `unknown file field "${quoted(unknown)}": send the .docx as "file"`);
        input = files.file ? { ...uploadOptions(ctx.request.body), text: await importer().readDocx(files.file) } : bodyData(ctx);
        // The options were JSON inside a form field, the text came out of a document: neither passed the route's check.
        if (files.file) assertStorableText(input, 'data');
      } finally {
        // Strapi removes only uploads in the field `files`; these temporary files are ours to remove.
        await Promise.all(Object.values(files).flat().map((file) => rm(file.filepath, { force: true })));
      }
      if ((input as { dryRun?: unknown })?.dryRun === true) {
        ctx.body = { data: await importer().preview(input) };
        return;
      }
      ctx.status = 201;
      ctx.body = { data: await importer().create(input) };
    },
  };
};
