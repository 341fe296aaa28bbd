/** The import route: a dry run (preview) of pasted text or a .docx, then creating the drafts. */
import { useMemo } from 'react';
import { useFetchClient } from '@strapi/strapi/admin';
import { PLUGIN_ID } from '../../../pluginId';
import type { BasisChoice, ImportPreview, ImportResult, ImportSource } from '../types';

const URL = `/${PLUGIN_ID}/import`;

/** The choices as the API takes them: null where the editor left the basis open. */
export const legalBasesOf = (choices: BasisChoice[][]) =>
  choices.map((register) =>
    register.map(({ legalBasis, legitimateInterest }) =>
      legalBasis ? { legalBasis, legitimateInterest: legitimateInterest.trim() || null } : null,
    ),
  );

export function useImportApi() {
  const { post } = useFetchClient();
  return useMemo(
    () => ({
      preview(source: ImportSource, locale: string) {
        if (source.kind === 'text') {
          return post<{ data: ImportPreview }>(URL, { data: { text: source.text, locale, dryRun: true } }).then(({ data }) => data.data);
        }
        const form = new FormData();
        form.append('file', source.file);
        form.append('data', JSON.stringify({ locale, dryRun: true }));
        return post<{ data: ImportPreview }>(URL, form).then(({ data }) => data.data);
      },

      create: (text: string, locale: string, choices: BasisChoice[][]) =>
        post<{ data: ImportResult }>(URL, { data: { text, locale, legalBases: legalBasesOf(choices) } }).then(({ data }) => data.data),
    }),
    [post],
  );
}
