import type { LocalizedNotice } from '../../localize';
import { authorityText } from '../supervisory-authority';
import { blocks, bulletList, editorMarkdown, emailLink, escapeInline, hasValue, labelled, websiteLink } from '../markdown-text';
import { fillTemplate, type NoticeTexts } from '../texts';
import type { SectionContext } from './context';

/** The right to withdraw consent (Art 13(2)(c)) applies when any purpose rests on consent. */
export function restsOnConsent(notice: Pick<LocalizedNotice, 'purposes'>): boolean {
  return notice.purposes.some((purpose) => purpose.legalBasis === 'consent');
}

function standardRights(rights: NoticeTexts['standard']['rights']): string {
  return blocks(rights.intro, bulletList(rights.items), rights.exercise);
}

/** The right to lodge a complaint (Art 13(2)(d), Art 77) with the authority's contact details. */
function complaint({ texts, language, defaultLanguage, supervisoryAuthority: authority }: SectionContext): string {
  const { fields } = texts;
  const name = authorityText(authority.name, language, defaultLanguage);
  const address = authorityText(authority.address, language, defaultLanguage);
  return blocks(
    fillTemplate(texts.standard.complaint, { authority: escapeInline(name) }),
    bulletList([
      hasValue(address) && labelled(fields.address, escapeInline(address)),
      hasValue(authority.email) && labelled(fields.email, emailLink(authority.email)),
      hasValue(authority.phone) && labelled(fields.phone, escapeInline(authority.phone)),
      hasValue(authority.website) && labelled(fields.website, websiteLink(authority.website)),
    ]),
  );
}

/**
 * 12 Rekisteröidyn oikeudet (Art 13(2)(b)–(d)): the editor's text or the standard text, then the
 * right to withdraw consent where it applies, then the complaint to the supervisory authority.
 */
export function rightsSection(context: SectionContext): string {
  const { notice, texts } = context;
  return blocks(
    hasValue(notice.rights) ? editorMarkdown(notice.rights) : standardRights(texts.standard.rights),
    restsOnConsent(notice) && texts.standard.withdrawConsent,
    complaint(context),
  );
}
