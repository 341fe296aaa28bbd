/**
 * What an import asks the editor to check, as codes with parameters: the admin shows each as
 * `import.warning.<code>` (locales/admin) in the editor's language, naming fields by their labels.
 * One problem gives one warning.
 */
export const IMPORT_WARNING_CODES = [
  // Reading the text
  'noDictionary',
  'noHeadings',
  'unknownHeading',
  'looseText',
  'titleHasMore',
  'titleFromHeading',
  'genericTitle',
  'titleTooLong',
  'sameTitle',
  'otherLanguage',
  'disclosuresAndTransfersCombined',
  // Controller and contact person
  'noController',
  'controllerWithoutName',
  'controllerShared',
  'contactLineUnread',
  'invalidBusinessId',
  'contactDetailRefused',
  // Purposes and data categories
  'purposeNoBasis',
  'purposeNoInterest',
  'purposeTitleTooLong',
  'purposeBasisFromText',
  'sectionKept',
  'dataCategoryNameTooLong',
  'exampleTooLong',
  // Statements to review: special data mentioned, rights narrowed, repealed law cited
  'specialCategoryMentioned',
  'rightsLimited',
  'repealedLaw',
  // The library and the registers already there
  'controllerReused',
  'purposeReused',
  'dataCategoryReused',
  'registerTitleExists',
] as const;
export type ImportWarningCode = (typeof IMPORT_WARNING_CODES)[number];

export type WarningParams = Record<string, string | number>;

export interface ImportWarning {
  code: ImportWarningCode;
  params: WarningParams;
  /** The register it is about (1-based), when the document holds several. */
  register?: number;
}

export const warning = (code: ImportWarningCode, params: WarningParams = {}): ImportWarning => ({ code, params });

/** The warnings of one register of several, numbered. */
export const forRegister = (warnings: ImportWarning[], index: number, count: number): ImportWarning[] =>
  count > 1 ? warnings.map((w) => ({ ...w, register: index + 1 })) : warnings;
