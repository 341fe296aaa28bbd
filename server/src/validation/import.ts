/** The body of POST /privacy-notices/import. */
import { yup } from '@strapi/utils';
import { LEGAL_BASES } from '../domain/types';
import { MAX_TEXT, strictObject } from './fields';
import type { LanguageConfig } from './schemas';

/** A legacy notice is a few pages; this is far above any real one and keeps parsing quick. */
export const MAX_IMPORT_TEXT = 200_000;

export function importSchema({ languages }: LanguageConfig) {
  const choice = strictObject({
    legalBasis: yup
      .string()
      .required('${path} is required')
      .oneOf([...LEGAL_BASES], `\${path} must be one of: ${LEGAL_BASES.join(', ')}`),
    legitimateInterest: yup.string().nullable().max(MAX_TEXT),
  })
    .nullable()
    .default(null);
  return strictObject({
    text: yup
      .string()
      .required('${path} is required: the text of the notice')
      .max(MAX_IMPORT_TEXT, `\${path} must be at most ${MAX_IMPORT_TEXT} characters`)
      .test('not-blank', '${path} is empty: nothing to import', (value) => typeof value === 'string' && value.trim() !== ''),
    locale: yup
      .string()
      .nullable()
      .oneOf([...languages, null], `\${path} must be one of the configured languages: ${languages.join(', ')}`),
    dryRun: yup.boolean().nullable(),
    /** Per register, per purpose split from the text: the legal basis the editor chose in the preview. */
    legalBases: yup.array().nullable().max(100).of(yup.array().nullable().max(200).of(choice)),
  });
}
