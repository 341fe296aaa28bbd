/** The body of POST /privacy-notices/import. */
import { yup } from '@strapi/utils';
import { SECTION_TARGETS } from '../domain/import/types';
import { AUTOMATED_DECISION_ANSWERS, LEGAL_BASES, NOTICE_KINDS, TRANSFER_ANSWERS } from '../domain/types';
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
    /** The purpose's title: the choice follows that purpose wherever a section move puts it (without: by position). */
    title: yup.string().nullable().max(MAX_TEXT),
  })
    .nullable()
    .default(null);
  const documentId = yup.string().nullable().max(64, '${path} is not a documentId');
  /** A pick by the planned entry's identity (`key`: its title or name), or a documentId (or null) by list position. */
  const pick = (key: 'title' | 'name') =>
    yup
      .mixed()
      .test('pick', `\${path} must be a documentId, null, or { ${key}, documentId }`, (value: unknown) => {
        const isId = (id: unknown) => id === null || (typeof id === 'string' && id !== '' && id.length <= 64);
        if (value === undefined || isId(value)) return true;
        if (typeof value !== 'object' || value === null) return false;
        const entry = value as Record<string, unknown>;
        return (
          Object.keys(entry).every((field) => field === key || field === 'documentId') &&
          typeof entry[key] === 'string' &&
          (entry[key] as string).trim() !== '' &&
          (entry[key] as string).length <= MAX_TEXT &&
          'documentId' in entry &&
          isId(entry.documentId)
        );
      });
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
    /**
     * Per register, the library entries the editor picked instead of the planned ones: the
     * controller, and per purpose and data category a documentId (null: as planned). The service
     * checks that they exist.
     */
    reuse: yup
      .array()
      .nullable()
      .max(100)
      .of(
        strictObject({
          controller: documentId,
          purposes: yup.array().nullable().max(200).of(pick('title')),
          dataCategories: yup.array().nullable().max(200).of(pick('name')),
        })
          .nullable()
          .default(null),
      ),
    /** The editor's corrections of where sections start: from `line` on, the text belongs to `target` (null: an extra section). */
    sections: yup
      .array()
      .nullable()
      .max(1000)
      .of(
        strictObject({
          line: yup.number().required('${path} is required').integer('${path} must be a line number').min(1, '${path} must be a line number'),
          target: yup
            .string()
            .nullable()
            .defined('${path} is required: a section, or null for an extra section')
            .oneOf([...SECTION_TARGETS, null], `\${path} must be one of: ${SECTION_TARGETS.join(', ')}, or null`),
          heading: yup.boolean().nullable(),
        }),
      ),
    /** Per register, the notice kind the editor confirmed in the preview (null: as read from the text). */
    noticeKinds: yup
      .array()
      .nullable()
      .max(100)
      .of(
        yup
          .string()
          .nullable()
          .default(null)
          .oneOf([...NOTICE_KINDS, null], `\${path} must be one of: ${NOTICE_KINDS.join(', ')}`),
      ),
    /** Per register, the explicit answers the editor confirmed in the preview (a proposal is never applied by itself). */
    answers: yup
      .array()
      .nullable()
      .max(100)
      .of(
        strictObject({
          transfersOutsideEea: yup
            .string()
            .nullable()
            .oneOf([...TRANSFER_ANSWERS, null], `\${path} must be one of: ${TRANSFER_ANSWERS.join(', ')}`),
          automatedDecisionMaking: yup
            .string()
            .nullable()
            .oneOf([...AUTOMATED_DECISION_ANSWERS, null], `\${path} must be one of: ${AUTOMATED_DECISION_ANSWERS.join(', ')}`),
        })
          .nullable()
          .default(null),
      ),
  });
}
