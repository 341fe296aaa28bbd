/** Valid request bodies for the admin API, overridable per test. */
import type { AdminClient } from './admin';

let sequence = 0;
export const unique = (prefix: string) => `${prefix}-${Date.now().toString(36)}-${(sequence += 1)}`;

export const controllerBody = (overrides: object = {}) => ({
  name: 'Esimerkki Oy',
  businessId: '0737546-2',
  streetAddress: 'Mannerheimintie 1',
  postalCode: '00100',
  city: 'Helsinki',
  country: 'FI',
  email: 'tietosuoja@esimerkki.example',
  phone: '+358 9 123 4567',
  ...overrides,
});

export const purposeBody = (overrides: object = {}) => ({
  title: { fi: 'Asiakassuhteen hoitaminen', en: 'Customer relationship' },
  legalBasis: 'contract',
  ...overrides,
});

export const dataCategoryBody = (overrides: object = {}) => ({
  name: { fi: 'Yhteystiedot', en: 'Contact details' },
  examples: { fi: ['nimi', 'sähköposti'] },
  ...overrides,
});

export const recipientBody = (overrides: object = {}) => ({
  name: { fi: 'Tilitoimisto', en: 'Accounting firm' },
  role: 'processor',
  country: 'FI',
  ...overrides,
});

export async function create(admin: AdminClient, kind: string, data: object) {
  const response = await admin.post(`/privacy-notices/${kind}`, { data });
  if (response.status !== 201) throw new Error(`creating ${kind} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return response.body.data as { documentId: string } & Record<string, unknown>;
}

/** A register with a controller, a purpose, a data category and a recipient. */
export async function composedRegister(admin: AdminClient, overrides: object = {}) {
  const controller = await create(admin, 'controllers', controllerBody());
  const purpose = await create(admin, 'purposes', purposeBody());
  const category = await create(admin, 'data-categories', dataCategoryBody());
  const recipient = await create(admin, 'recipients', recipientBody());
  const register = await create(admin, 'registers', {
    slug: unique('asiakasrekisteri'),
    title: { fi: 'Asiakasrekisteri', sv: 'Kundregister', en: 'Customer register' },
    controller: controller.documentId,
    purposes: [purpose.documentId],
    dataCategories: [category.documentId],
    recipients: [recipient.documentId],
    retention: { fi: 'Tietoja säilytetään asiakkuuden ajan.', sv: 'Uppgifterna sparas under kundrelationen.' },
    ...overrides,
  });
  return { register, controller, purpose, category, recipient };
}

/** Publishes the register, confirming any completeness gaps as the publish dialog does (unless `data` says otherwise). */
export const publish = (admin: AdminClient, documentId: string, data: object = {}) =>
  admin.post(`/privacy-notices/registers/${documentId}/publish`, { data: { acceptGaps: true, ...data } });
