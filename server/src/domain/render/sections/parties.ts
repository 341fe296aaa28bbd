import { countryName } from '../country-names';
import { blocks, bulletList, editorMarkdown, emailLink, escapeInline, hasValue, labelled, websiteLink } from '../markdown-text';
import type { PersonContact } from '../../types';
import type { SectionContext } from './context';

/** 1 Rekisterinpitäjä: identity and contact details of the controller (Art 13(1)(a)). */
export function controllerSection({ notice, texts, language }: SectionContext): string {
  const controller = notice.controller;
  if (!controller) return '';
  const { fields } = texts;
  const cityLine = [controller.postalCode, controller.city].filter(hasValue).join(' ');
  const addressParts = [controller.streetAddress, cityLine].filter(hasValue);
  // The country is only worth naming next to an address.
  if (addressParts.length > 0 && hasValue(controller.country)) addressParts.push(countryName(controller.country, language));
  return bulletList([
    hasValue(controller.name) && labelled(fields.name, escapeInline(controller.name)),
    hasValue(controller.businessId) && labelled(fields.businessId, escapeInline(controller.businessId)),
    addressParts.length > 0 && labelled(fields.address, escapeInline(addressParts.join(', '))),
    hasValue(controller.email) && labelled(fields.email, emailLink(controller.email)),
    hasValue(controller.phone) && labelled(fields.phone, escapeInline(controller.phone)),
    hasValue(controller.website) && labelled(fields.website, websiteLink(controller.website)),
    hasValue(controller.representative) && labelled(fields.representative, editorMarkdown(controller.representative)),
  ]);
}

function contactDetails(person: PersonContact & { address?: string | null }, fields: SectionContext['texts']['fields']): string {
  return bulletList([
    hasValue(person.name) && labelled(fields.name, escapeInline(person.name)),
    hasValue(person.address) && labelled(fields.address, escapeInline(person.address)),
    hasValue(person.email) && labelled(fields.email, emailLink(person.email)),
    hasValue(person.phone) && labelled(fields.phone, escapeInline(person.phone)),
  ]);
}

/** 2 Yhteyshenkilö: the contact person, and the tietosuojavastaava (DPO, Art 13(1)(b)) if there is one. */
export function contactSection({ notice, texts }: SectionContext): string {
  const contact = notice.contactPerson ? contactDetails(notice.contactPerson, texts.fields) : '';
  const dpo = notice.controller?.dpo ? contactDetails(notice.controller.dpo, texts.fields) : '';
  return blocks(contact, dpo && `### ${texts.fields.dpo}\n\n${dpo}`);
}
