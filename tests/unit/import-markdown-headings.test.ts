/**
 * A line written as a Markdown heading ("## 7. Retention") is a heading: a wording the dictionary
 * knows starts its section, any other starts an extra section under its own heading. It never runs
 * into the section before it, and never becomes a contact's name or address.
 */
import { readOne, targetOf } from './helpers/import';



const CONTACT: Record<string, string[]> = {
  fi: ['## 2. Tietosuojavastaava', 'Laura Mäkinen', 'tietosuoja@testi.fi'],
  sv: ['## 2. Dataskyddsombud', 'Laura Mäkinen', 'dataskydd@test.fi'],
  en: ['## 2. Data Protection Officer', 'Laura Mäkinen', 'dpo@test.example'],
};

describe('an unknown Markdown heading after a contact section', () => {
  it.each([
    ['fi', '## 3. Jäsenedut', 'Jäsenet saavat alennuksia yhteistyökumppaneilta.', '- alennus kuntosalilta'],
    ['fi', '### Kameravalvonta', 'Toimitiloissa on tallentava kameravalvonta.', 'Tallenteet poistetaan kuukauden kuluttua.'],
    ['sv', '## 3. Medlemsförmåner', 'Medlemmarna får rabatter hos samarbetspartner.', '- rabatt på gymmet'],
    ['en', '## 3. Member benefits', 'Members receive discounts from our partners.', '- a gym discount'],
    ['en', '#### 3. Cookies and similar things we run', 'We use a session cookie.', 'It expires when you close the browser.'],
  ])('%s: "%s" starts an extra section under its own heading', (locale, heading, ...body) => {
    const text = [...CONTACT[locale], '', heading, ...body].join('\n');
    const { draft, warnings } = readOne(text, locale);
    expect(draft.contactPerson).toMatchObject({ name: 'Laura Mäkinen', address: null });
    expect(draft.extraSections).toHaveLength(1);
    expect(draft.extraSections[0].title[locale]).toBe(heading.replace(/^#+\s+(\d+\.\s+)?/, ''));
    expect(draft.extraSections[0].body[locale]).toContain(body[0]);
    expect(targetOf(draft, 5)).toBe('extraSections.0');
    expect(warnings.map((w) => w.code)).toContain('unknownHeading');
  });

  it.each([
    ['fi', '## 3. Jäsenedut'],
    ['sv', '## 3. Medlemsförmåner'],
    ['en', '## 3. Member benefits'],
  ])('%s: "%s" on the line right after the contact\'s lines is not their address', (locale, heading) => {
    const text = [...CONTACT[locale], heading, 'Members get discounts.'].join('\n');
    const { draft } = readOne(text, locale);
    expect(draft.contactPerson?.address).toBeNull();
    expect(targetOf(draft, 4)).toBe('extraSections.0');
  });
});

describe('an unknown Markdown heading after a known section\'s text', () => {
  it.each([
    ['fi', '## 1. Rekisterin nimi\nAsiakasrekisteri\n\n## 2. Tietojen säilytys\nTiedot poistetaan vuoden kuluttua.\n## 3. Asiakasedut\nAsiakkaat saavat etuja.'],
    ['sv', '## 1. Registrets namn\nKundregister\n\n## 2. Lagringstid\nUppgifterna raderas efter ett år.\n## 3. Kundförmåner\nKunderna får förmåner.'],
    ['en', '## 1. Name of the register\nCustomer register\n\n## 2. Retention period\nData is deleted after a year.\n## 3. Customer perks\nCustomers get perks.'],
  ])('%s: is not glued into that text', (locale, text) => {
    const { draft } = readOne(text, locale);
    expect(draft.fields.retention?.[locale]).not.toMatch(/förmåner|etuja|perks/);
    expect(draft.extraSections).toHaveLength(1);
    expect(targetOf(draft, 7)).toBe('extraSections.0');
  });
});

describe('wordings a web page\'s notice uses', () => {
  it.each([
    ['en', '## 1. Who we are', 'controller'],
    ['en', '## 3. What personal data we process', 'dataCategoriesText'],
    ['en', '## 7. Retention', 'fields.retention'],
    ['en', '## 9. Your rights', 'fields.rights'],
    ['en', '## 2. Data Protection Officer', 'contactPerson'],
    ['en', '## 4. Purposes and legal bases', 'purposesText'],
    ['fi', '## 1. Keitä olemme', 'controller'],
    ['fi', '## 7. Säilytys', 'fields.retention'],
    ['fi', '## 9. Oikeutesi', 'fields.rights'],
    ['sv', '## 1. Vilka vi är', 'controller'],
    ['sv', '## 3. Vilka personuppgifter vi behandlar', 'dataCategoriesText'],
    ['sv', '## 7. Lagring', 'fields.retention'],
    ['sv', '## 9. Dina rättigheter', 'fields.rights'],
  ])('%s: "%s" is a known heading', (locale, heading, target) => {
    const body = { fi: 'Testi Oy', sv: 'Test Ab', en: 'Test Ltd' }[locale] as string;
    const text = `${heading}\n${body}`;
    const { draft } = readOne(text, locale);
    expect(targetOf(draft, 1)).toBe(target);
    expect(draft.extraSections).toEqual([]);
  });
});

describe('a notice from a web page, in Markdown', () => {
  const text = [
    '# Privacy Policy',
    '',
    '## 1. Who we are',
    'Cloudbench Analytics Oy ("Cloudbench", "we") is the controller of the personal data described in this policy.',
    'Address: Itämerenkatu 5, 00180 Helsinki, Finland',
    'Email: privacy@cloudbench.io',
    '',
    '## 2. Data Protection Officer',
    'We have appointed a Data Protection Officer: Laura Mäkinen, dpo@cloudbench.io, +358 50 444 1234.',
    '',
    '## 3. What personal data we process',
    '- **Account data:** name, work e-mail, company',
    '',
    '## 7. Retention',
    'Account data is deleted 90 days after the subscription ends.',
  ].join('\n');

  it('reads each section under its own heading; a sentence is no contact\'s name and a heading no address', () => {
    const { draft } = readOne(text, 'en');
    expect(draft.controller).toMatchObject({ name: null, email: 'privacy@cloudbench.io', postalCode: '00180' });
    expect(draft.contactPerson).toEqual({ name: null, email: null, phone: null, address: null });
    expect(targetOf(draft, 9)).toBe('contactPerson');
    expect(draft.dataCategoriesText?.en).toContain('Account data');
    expect(draft.fields.retention?.en).toBe('Account data is deleted 90 days after the subscription ends.');
  });
});
