/**
 * Contact details from a controller or contact person section: "Label: value" lines using the
 * dictionary's label words, or unlabelled lines recognised by their shape (an e-mail address,
 * "02700 Kauniainen", a phone number, a Y-tunnus). The first unlabelled line is the name.
 * A later line that names another person ("Junioripäällikkö Ari Lehto, 044 987 1122, juniorit@…")
 * is that person's: none of its details are read, and it is kept as written.
 */
import { sortBy } from 'lodash';
import { businessIdProblem } from '../business-id';
import { normaliseLabel } from './headings';
import { bulletText, textLines, wordCount } from './lines';
import type { SourceLine } from './lines';
import { CONTACT_DETAILS } from './types';
import type { ContactDetail, ImportDictionary } from './types';

export interface ContactDetails {
  name: string | null;
  businessId: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
}

export interface ContactReading {
  details: ContactDetails;
  /** Lines that said nothing the reader understood. */
  unread: SourceLine[];
  /** Y-tunnus values refused by their check digit. */
  invalidBusinessIds: Array<{ line: number; value: string }>;
}

const EMAIL = /[^\s@<>()]+@[^\s@<>()]+\.[^\s@<>().,;]+/;
/** An address written to keep it from harvesters: "tietosuoja(at)testi.fi", "tietosuoja [at] testi.fi". */
const WRITTEN_EMAIL = /([^\s@<>()[\]]+)\s?[([]at[)\]]\s?([^\s@<>()[\]]+\.[^\s@<>().,;[\]]+)/i;

/** The e-mail address in a value, "(at)" read as "@"; null without one. */
function emailIn(text: string): string | null {
  const plain = EMAIL.exec(text);
  if (plain) return plain[0];
  const written = WRITTEN_EMAIL.exec(text);
  return written ? `${written[1]}@${written[2]}` : null;
}
const WEBSITE = /^(?:https?:\/\/|www\.)\S+$/i;
const BUSINESS_ID = /\b\d{7}-\d\b/;
const PHONE = /^\+?[\d\s()/-]{6,}$/;
// "Ullanmäentie 10a A1, 02700, Kauniainen" or "00100 Helsinki": a Finnish postal code has five digits.
const ADDRESS = /^(.*?)[\s,]*\b(?:FI-)?(\d{5})\b[\s,]*(.*)$/;

/** Which detail a value is by its shape alone, e.g. an e-mail address or "02700 Kauniainen". */
function shapeOf(text: string): ContactDetail | null {
  if (emailIn(text) !== null && (!/\s/.test(text.trim()) || WRITTEN_EMAIL.exec(text)?.[0] === text.trim())) return 'email';
  if (WEBSITE.test(text)) return 'website';
  if (BUSINESS_ID.test(text) && text.replace(BUSINESS_ID, '').trim() === '') return 'businessId';
  if (ADDRESS.test(text) && /\p{L}/u.test(text)) return 'address';
  if (PHONE.test(text) && text.replace(/\D/g, '').length >= 6) return 'phone';
  return null;
}

/** Details whose values have a shape of their own: after their label, a value without it is none of them. */
const SHAPED: ContactDetail[] = ['phone', 'email', 'businessId', 'website', 'postalCode'];

/** A line of this many words ending in a full stop is a sentence, not a name ("Testi Oy." is a name). */
const MIN_SENTENCE_WORDS = 6;

/** An unlabelled line without a telling shape: the name first, then a street ("Katu 1"). */
function byPosition(text: string, details: ContactDetails): ContactDetail | null {
  // "Cloudbench Oy is the controller of …": a sentence about the controller is kept as written, not taken as its name.
  if (details.name === null) return /[.!?]$/.test(text) && wordCount(text) >= MIN_SENTENCE_WORDS ? null : 'name';
  return details.streetAddress === null && /\d/.test(text) ? 'address' : null;
}

/** A person's name ends in a first name and a surname, both capitalised: "Seuran sihteeri Sari Heikkinen". */
const PERSON_NAME = /\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+$/u;

/** "Tekniikantie 14", "Ullanmäentie 10a A1": a street and its number, read as such only just before "02150 Espoo". */
const STREET = /^\p{Lu}[\p{L}.-]*(?:\s[\p{L}.-]+)*\s\d+\s?[a-z]?(?:\s[A-Z](?:\s?\d+)?)?$/u;

/**
 * "Testi Oy (Y-tunnus 0737546-2), Esimerkkikatu 1, 00100 Helsinki, tietosuoja@testi.example":
 * a whole contact card on one line, cut at its commas, parentheses and sentence ends
 * ("70100 Kuopio. Sähköposti …") into one detail each.
 * A line is cut when two of its parts are details of a telling shape, or all but one (the name) are,
 * so "Oy Yhtiö Ab, Helsingin toimipiste, puh. 09 123 456" stays whole.
 */
function oneLineParts(text: string, isDetail: (part: string) => boolean): string[] {
  const parts = text
    .split(/,\s+|(?<=\p{L}{2})\.\s+(?=\p{Lu})/u)
    .flatMap((part) => {
      const aside = /^(.+?)\s*\(([^()]+)\)$/.exec(part);
      return aside && isDetail(aside[2]) ? [aside[1], aside[2]] : [part];
    })
    .map((part) => part.trim())
    .filter(Boolean);
  if (parts.length < 2) return [text];
  const street = (part: string, i: number) => STREET.test(part) && i + 1 < parts.length && shapeOf(parts[i + 1]) === 'address';
  const details = parts.filter((part, i) => isDetail(part) || street(part, i)).length;
  return details >= 2 || (details === 1 && parts.length === 2) ? parts : [text];
}

/** A city as written after its postal code; a full stop after it ends the sentence. Null when more follows ("Espoo, Finland"). */
function cityOf(text: string): string | null {
  const city = text.replace(/\.$/, '').trim();
  return /^\p{Lu}[\p{L}' -]*$/u.test(city) ? city : null;
}

export function contactReader(dictionary: ImportDictionary): (lines: SourceLine[]) => ContactReading {
  const labels = new Map<string, ContactDetail>();
  CONTACT_DETAILS.forEach((detail) =>
    dictionary.contactLabels[detail].forEach((label) => labels.set(normaliseLabel(label), detail)),
  );
  const byLength = sortBy([...labels.keys()], (label) => -label.length);
  const homeCountry = new Set(dictionary.homeCountryNames.map(normaliseLabel));

  /** "(03) 578 1000 (vaihde)": a phone number with a phone word after it in parentheses is that number. */
  const withoutPhoneAside = (text: string): string => {
    const aside = /^(.*\d)\s*\(([^()\d]+)\)$/.exec(text);
    return aside && labels.get(normaliseLabel(aside[2])) === 'phone' ? aside[1] : text;
  };

  /** The label word a value starts with, as in "puh. 040 123"; null without one. */
  const labelAtStart = (text: string): string | undefined => {
    const lower = text.toLowerCase();
    return byLength.find((l) => lower.startsWith(l) && /^[\s.:]/.test(text.slice(l.length)));
  };

  /** "Puhelin: 040 123" or "puh. 040 123"; without a colon only for details with a clear shape. */
  const labelled = (text: string): { detail: ContactDetail; value: string } | null => {
    const colon = /^([^:]{1,40}?)\s*:\s*(.+)$/.exec(text);
    const named = colon ? labels.get(normaliseLabel(colon[1])) : undefined;
    if (colon && named) return { detail: named, value: colon[2].trim() };
    const label = labelAtStart(text);
    if (!label) return null;
    const value = text.slice(label.length).replace(/^[\s.:]+/, '');
    const detail = labels.get(label) as ContactDetail;
    // "Tietosuojavastaava Pekka Virtanen": a role before a name, which has no shape of its own.
    const roleBeforeName = detail === 'name' && /^\p{Lu}/u.test(value) && shapeOf(value) === null;
    return shapeOf(value) === detail || roleBeforeName ? { detail, value } : null;
  };

  return (lines) => {
    const details: ContactDetails = {
      name: null,
      businessId: null,
      streetAddress: null,
      postalCode: null,
      city: null,
      email: null,
      phone: null,
      website: null,
    };
    const unread: SourceLine[] = [];
    const invalidBusinessIds: ContactReading['invalidBusinessIds'] = [];
    const setOnce = (key: keyof ContactDetails, value: string | null | undefined): boolean => {
      if (!value || details[key] !== null) return false;
      details[key] = value;
      return true;
    };
    const assign = (detail: ContactDetail, value: string, line: SourceLine): boolean => {
      switch (detail) {
        case 'address': {
          const address = ADDRESS.exec(value);
          if (!address) return setOnce('streetAddress', value);
          const [, street, postalCode, written] = address;
          const city = cityOf(written);
          // A city the reader cannot tell from what follows it: the line is kept as written, the details not guessed.
          if (written && city === null) return false;
          return [setOnce('streetAddress', street), setOnce('postalCode', postalCode), setOnce('city', city)].some(Boolean);
        }
        case 'email':
          return setOnce('email', emailIn(value) ?? value);
        case 'businessId': {
          const id = (BUSINESS_ID.exec(value) ?? [value])[0];
          if (businessIdProblem(id) === null) return setOnce('businessId', id);
          invalidBusinessIds.push({ line: line.number, value: id });
          return true;
        }
        default:
          return setOnce(detail, value);
      }
    };

    const isDetail = (part: string) => labelled(part) !== null || (shapeOf(part) ?? 'name') !== 'name';
    /** After the name is known: a part that names someone ("Yhteyshenkilö: Ari Lehto", "Junioripäällikkö Ari Lehto"). */
    const namesAnother = (part: string): boolean => {
      if (details.name === null) return false;
      const found = labelled(part);
      if (found) return found.detail === 'name';
      return shapeOf(part) === null && !/\d/.test(part) && /^\p{Lu}/u.test(part) && PERSON_NAME.test(part);
    };
    for (const line of textLines(lines)) {
      const parts = oneLineParts(bulletText(line.text) ?? line.text, isDetail);
      // Another person's phone or e-mail is not this one's, though this one has none of its own.
      if (namesAnother(parts[0])) {
        unread.push(line);
        continue;
      }
      const read = parts.map((part, i) => {
        // "Espoo, Finland": the country after the city is the controller's own (FI), not a detail of its own.
        if (i > 0 && homeCountry.has(normaliseLabel(part)) && details.city !== null) return true;
        const text = withoutPhoneAside(part);
        const found = labelled(text);
        // A value after a label that does not fit it ("puh. 040 123 (vain arkisin)") is no name or street either: kept as written.
        const startLabel = found ? undefined : labelAtStart(text);
        const labelledWrong = startLabel !== undefined && SHAPED.includes(labels.get(startLabel) as ContactDetail);
        const detail = found ? found.detail : (shapeOf(text) ?? (labelledWrong ? null : byPosition(text, details)));
        return detail !== null && assign(detail, found ? found.value : text, line);
      });
      if (!read.every(Boolean)) unread.push(line);
    }
    return { details, unread, invalidBusinessIds };
  };
}
