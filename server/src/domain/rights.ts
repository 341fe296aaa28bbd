/**
 * The data subject's rights a notice states, derived from its purposes' legal bases (and from the
 * Art 9(2)(a) explicit consent of its special categories), never from a text the editor wrote:
 * access, rectification, erasure and restriction always; objection where a purpose rests on Art
 * 6(1)(e) or (f); the unconditional objection to direct marketing where a purpose is direct
 * marketing; portability where one rests on consent or contract; withdrawal of consent where one
 * rests on consent. The complaint to the supervisory authority is always stated beside them.
 */
import type { LegalBasis } from './types';

export const DERIVED_RIGHTS = [
  'access',
  'rectification',
  'erasure',
  'restriction',
  'objection',
  'directMarketingObjection',
  'portability',
  'withdrawConsent',
] as const;
export type DerivedRight = (typeof DERIVED_RIGHTS)[number];

/** The GDPR article of each right, e.g. for the JSON-LD (`eu-gdpr:A15`) and the check. */
export const RIGHT_ARTICLES: Record<DerivedRight | 'complaint', string> = {
  access: '15',
  rectification: '16',
  erasure: '17',
  restriction: '18',
  objection: '21(1)',
  directMarketingObjection: '21(2)',
  portability: '20',
  withdrawConsent: '7(3)',
  complaint: '77',
};

/** What the derivation reads of a notice: the snapshot and the localised notice both have it. */
export interface RightsBasis {
  purposes: ReadonlyArray<{ legalBasis: LegalBasis; directMarketing?: boolean | null }>;
  dataCategories?: ReadonlyArray<{ special: string; art9Ground?: string | null }>;
}

const restsOn = (basis: RightsBasis, ...legalBases: LegalBasis[]) => basis.purposes.some((purpose) => legalBases.includes(purpose.legalBasis));

/** Consent under Art 6(1)(a) or explicit consent under Art 9(2)(a): both can be withdrawn (Art 7(3), 13(2)(c)). */
export const restsOnConsent = (basis: RightsBasis): boolean =>
  restsOn(basis, 'consent') || (basis.dataCategories ?? []).some((category) => category.special === 'art9' && category.art9Ground === 'a');

/** The rights that apply, in the order the notice lists them. */
export function derivedRights(basis: RightsBasis): DerivedRight[] {
  const applies: Record<DerivedRight, boolean> = {
    access: true,
    rectification: true,
    erasure: true,
    restriction: true,
    objection: restsOn(basis, 'public-task', 'legitimate-interests'),
    directMarketingObjection: basis.purposes.some((purpose) => purpose.directMarketing === true),
    portability: restsOn(basis, 'consent', 'contract'),
    withdrawConsent: restsOnConsent(basis),
  };
  return DERIVED_RIGHTS.filter((right) => applies[right]);
}
