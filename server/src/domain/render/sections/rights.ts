import { derivedRights } from '../../rights';
import { authorityText } from '../supervisory-authority';
import { blocks, bulletList, editorMarkdown, emailLink, escapeInline, hasValue, labelled, websiteLink } from '../markdown-text';
import { fillTemplate } from '../texts';
import type { SectionContext } from './context';

export { restsOnConsent } from '../../rights';

/** The right to lodge a complaint (Art 13(2)(d), Art 77) with the authority's contact details. */
function complaint({ texts, language, defaultLanguage, supervisoryAuthority: authority }: SectionContext): string {
  const { fields } = texts;
  const name = authorityText(authority.name, language, defaultLanguage);
  const address = authorityText(authority.address, language, defaultLanguage);
  const website = authorityText(authority.website, language, defaultLanguage);
  return blocks(
    fillTemplate(texts.standard.complaint, { authority: escapeInline(name) }),
    bulletList([
      hasValue(address) && labelled(fields.address, escapeInline(address)),
      hasValue(authority.email) && labelled(fields.email, emailLink(authority.email)),
      hasValue(authority.phone) && labelled(fields.phone, escapeInline(authority.phone)),
      hasValue(website) && labelled(fields.website, websiteLink(website)),
    ]),
  );
}

/**
 * 12 Rekisteröidyn oikeudet (Art 13(2)(b)–(d)): the rights the purposes' legal bases give, how to
 * use them, then the register's own text (which adds to the list, never replaces it), then the
 * complaint to the supervisory authority.
 */
export function rightsSection(context: SectionContext): string {
  const { notice, texts } = context;
  const rights = texts.standard.rights;
  return blocks(
    rights.intro,
    bulletList(derivedRights(notice).map((right) => rights[right])),
    rights.exercise,
    hasValue(notice.rights) && editorMarkdown(notice.rights),
    complaint(context),
  );
}
