/**
 * The grounds of processing a sentence states: the GDPR bases it names (sopimus, consent), and
 * whether it grounds processing on a law without naming a basis ("perustuu yhdistyslakiin",
 * "grundar sig på föreningslagen (503/1989)", "under the Accounting Act"). Such a law is a ground
 * the importer cannot classify: it may be a legal obligation, a public task, or only what permits
 * the processing, so it is never turned into a basis; it only keeps another basis from being
 * taken as the one the text states. Data-protection laws (henkilötietolaki, GDPR) ground nothing.
 * The words are data: legalBasisTerms and legalGroundTerms in locales/import/<lang>.json.
 */
import { LEGAL_BASES } from '../types';
import type { LegalBasis } from '../types';
import { mentionsAny, namePattern, termPattern } from './patterns';
import type { ImportDictionary } from './types';

/** A statute number as Finnish and Swedish notices cite one: "503/1989", "(1301/2014)", "SFS 2018:218". */
const STATUTE_NUMBER = /(?<![\p{L}\p{N}/])(?:\d{1,4}\/(?:18|19|20)\d{2}|SFS\s*\d{4}:\d+)(?![\p{N}/])/u;

/** Bases that a cited law can be the source of: with one of them named, the law is its source, not a ground of its own. */
const LAW_GROUNDED: LegalBasis[] = ['legal-obligation', 'public-task'];

export interface StatedGrounds {
  /** GDPR bases the text names. */
  bases: LegalBasis[];
  /** The text grounds processing on a law without naming a basis the law would be the source of. */
  law: boolean;
  /** The text states its ground for part of the processing only ("valokuvien osalta"). */
  partial: boolean;
}

const global = (pattern: RegExp) => new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);

export function groundsReader(dictionary: ImportDictionary): (text: string) => StatedGrounds {
  const bases = LEGAL_BASES.map((basis) => ({ basis, terms: dictionary.legalBasisTerms[basis].map(termPattern) }));
  const { law, lawExcept, dataProtectionLaw, partOfProcessing } = dictionary.legalGroundTerms;
  const laws = law.map(namePattern);
  const blanked = [...dataProtectionLaw, ...lawExcept].map((term) => global(namePattern(term)));
  const parts = partOfProcessing.map(termPattern);
  const citesLaw = (text: string) => {
    const rest = blanked.reduce((left, pattern) => left.replace(pattern, (found) => ' '.repeat(found.length)), text);
    return mentionsAny(rest, laws) || STATUTE_NUMBER.test(rest);
  };
  return (text) => {
    const named = bases.filter(({ terms }) => mentionsAny(text, terms)).map(({ basis }) => basis);
    const lawGround = !named.some((basis) => LAW_GROUNDED.includes(basis)) && citesLaw(text);
    return { bases: named, law: lawGround, partial: (named.length > 0 || lawGround) && mentionsAny(text, parts) };
  };
}

/** True when a text states any ground: a basis, or a law. */
export const statesGround = (grounds: StatedGrounds) => grounds.bases.length > 0 || grounds.law;
