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

/** True when a text refers to a law other than a data-protection law: "yhdistyslain mukaan", "(503/1989)". */
function lawCiter(dictionary: ImportDictionary): (text: string) => boolean {
  const { law, lawExcept, dataProtectionLaw } = dictionary.legalGroundTerms;
  const laws = law.map(namePattern);
  const blanked = [...dataProtectionLaw, ...lawExcept].map((term) => global(namePattern(term)));
  return (text) => {
    const rest = blanked.reduce((left, pattern) => left.replace(pattern, (found) => ' '.repeat(found.length)), text);
    return mentionsAny(rest, laws) || STATUTE_NUMBER.test(rest);
  };
}

/**
 * Laws a list names rather than purposes: an item that is a law's name ("varhaiskasvatuslaki
 * (540/2018)", "laki viranomaisten toiminnan julkisuudesta", "Accounting Act"), and the items of a
 * list a paragraph introduces as laws ("Keskeiset säädökset:"). An item that only cites its law in
 * parentheses ("jäsenmaksujen perintä (yhdistyslaki)") or in passing is a purpose.
 */
export function lawListReader(dictionary: ImportDictionary): { isLawName: (item: string) => boolean; introducesLaws: (paragraph: string) => boolean } {
  const citesLaw = lawCiter(dictionary);
  const names = dictionary.legalGroundTerms.lawName.map(namePattern);
  const intros = dictionary.legalGroundTerms.lawListIntro.map(termPattern);
  const isName = (word: string | undefined) => word !== undefined && names.some((pattern) => new RegExp(`^(?:${pattern.source})$`, pattern.flags).test(word));
  return {
    isLawName: (item) => {
      const outside = item.replace(/\([^)]*\)/g, ' ').replace(/[\s.,;:]+$/, '').trim();
      if (!citesLaw(outside)) return false;
      const words = outside.split(/\s+/).filter((word) => !/^(?:the|en|ett)$/i.test(word));
      // Named from its head word ("laki …", "lagen om …", "Act on …"), or a name in capitals ending in one ("Early Childhood Education Act").
      return isName(words[0]) || (isName(words[words.length - 1]) && words.every((word) => /^[\p{Lu}\d]/u.test(word)));
    },
    // The paragraph ends leading into the list with a word for laws: "Keskeiset säädökset:", "based on the following laws:"
    // ("Enligt lagstiftningen behandlar vi uppgifter för följande ändamål:" leads into purposes).
    introducesLaws: (paragraph) => {
      const lead = /(\S+)\s*:$/u.exec(paragraph.trim());
      return lead !== null && mentionsAny(lead[1], intros);
    },
  };
}

export function groundsReader(dictionary: ImportDictionary): (text: string) => StatedGrounds {
  const bases = LEGAL_BASES.map((basis) => ({ basis, terms: dictionary.legalBasisTerms[basis].map(termPattern) }));
  const { partOfProcessing } = dictionary.legalGroundTerms;
  const parts = partOfProcessing.map(termPattern);
  const citesLaw = lawCiter(dictionary);
  return (text) => {
    const named = bases.filter(({ terms }) => mentionsAny(text, terms)).map(({ basis }) => basis);
    const lawGround = !named.some((basis) => LAW_GROUNDED.includes(basis)) && citesLaw(text);
    return { bases: named, law: lawGround, partial: (named.length > 0 || lawGround) && mentionsAny(text, parts) };
  };
}

/** True when a text states any ground: a basis, or a law. */
export const statesGround = (grounds: StatedGrounds) => grounds.bases.length > 0 || grounds.law;
