import MarkdownIt from 'markdown-it';
import {
  DEFAULT_SUPERVISORY_AUTHORITY,
  renderHtml,
  renderMarkdown,
  resolveNotice,
  resolveSections,
  type RenderInput,
} from '../../server/src/domain/render';
import type { NoticeSnapshot, PurposeSnapshot, VersionSummary } from '../../server/src/domain/types';
import { customerPurposes, customerRegister, recipientSnapshot } from './fixtures/snapshot';
import { historyEntries, timeline } from '../../server/src/domain/timeline';

// A fictional Finnish company's customer register, published three times.
const snapshot = customerRegister;
const { contract, marketing } = customerPurposes;

function version(number: number, updatedOn: string, changeSummary: string, material = false): VersionSummary {
  return {
    version: number,
    updatedOn,
    effectiveFrom: `${updatedOn}T00:00:00.000Z`,
    changeSummary: { fi: changeSummary },
    material,
    contentHash: `hash-${number}`,
  };
}

const versions = [
  version(3, '2018-06-06', 'Lisätty uutiskirje.', true),
  version(2, '2018-05-30', 'Korjattu yhteystiedot.'),
  version(1, '2018-05-24', 'Ensimmäinen versio.'),
];
/** The päivitetty history of `upTo` as the public API builds it, seen at `now`. */
const historyOf = (upTo: number, now = new Date('2019-01-01T00:00:00Z')) => {
  const line = timeline(versions, now);
  return historyEntries(line, versions.find((v) => v.version === upTo) ?? null, null, 'Europe/Helsinki');
};
const history = historyOf(3);

function input(locale: string, overrides: Partial<RenderInput> = {}): RenderInput {
  return { snapshot: snapshot(), version: 3, locale, createdOn: '2018-05-24', updatedOn: '2018-06-06', history, ...overrides };
}

/** The `## ` headings of a Markdown document, in order. */
const headingsOf = (markdown: string) => [...markdown.matchAll(/^## (.+)$/gm)].map((match) => match[1]);

/** The text of one section of the Markdown, from its heading to the next. */
function sectionText(markdown: string, headingStart: string): string {
  const start = markdown.indexOf(`## ${headingStart}`);
  if (start < 0) throw new Error(`no section "${headingStart}"`);
  const next = markdown.indexOf('\n## ', start + 3);
  return markdown.slice(start, next < 0 ? undefined : next);
}

describe('section headings and order', () => {
  it.each([
    [
      'fi',
      [
        '1. Rekisterinpitäjä',
        '2. Yhteyshenkilö rekisteriä koskevissa asioissa',
        '3. Rekisterin nimi',
        '4. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste',
        '5. Rekisterin tietosisältö',
        '6. Säännönmukaiset tietolähteet',
        '7. Tietojen vastaanottajat ja säännönmukaiset luovutukset',
        '8. Tietojen siirto EU:n tai ETA:n ulkopuolelle',
        '9. Henkilötietojen säilytysaika',
        '10. Rekisterin suojauksen periaatteet',
        '11. Automaattinen päätöksenteko ja profilointi',
        '12. Velvollisuus antaa henkilötietoja',
        '13. Rekisteröidyn oikeudet',
        '14. Evästeet',
        'Seloste muilla kielillä',
        'Muutoshistoria',
      ],
    ],
    [
      'sv',
      [
        '1. Personuppgiftsansvarig',
        '2. Kontaktperson i ärenden som gäller registret',
        '3. Registrets namn',
        '4. Ändamålen med och den rättsliga grunden för behandlingen av personuppgifter',
        '5. Registrets datainnehåll',
        '6. Regelmässiga uppgiftskällor',
        '7. Mottagare av uppgifter och regelmässigt utlämnande av uppgifter',
        '8. Överföring av uppgifter till länder utanför EU eller EES',
        '9. Lagringstid för personuppgifter',
        '10. Principer för skyddet av registret',
        '11. Automatiserat beslutsfattande och profilering',
        '12. Skyldighet att lämna personuppgifter',
        '13. Den registrerades rättigheter',
        '14. Kakor',
        'Beskrivningen på andra språk',
        'Ändringshistorik',
      ],
    ],
    [
      'en',
      [
        '1. Controller',
        '2. Contact person for matters concerning the register',
        '3. Name of the register',
        '4. Purposes and legal basis of the processing of personal data',
        '5. Content of the register',
        '6. Regular sources of data',
        '7. Recipients and regular disclosures of data',
        '8. Transfers of data outside the EU or the EEA',
        '9. Retention period of personal data',
        '10. Security of the register',
        '11. Automated decision-making and profiling',
        '12. Obligation to provide personal data',
        '13. Rights of the data subject',
        '14. Cookies',
        'This notice in other languages',
        'Change history',
      ],
    ],
  ])('in %s', (locale, expected) => {
    expect(headingsOf(renderMarkdown(input(locale)))).toEqual(expected);
    const html = renderHtml(input(locale));
    const htmlHeadings = [...html.matchAll(/<h2>([^<]+)<\/h2>/g)].map((match) => match[1]);
    expect(htmlHeadings).toEqual(expected);
  });

  it('shares one section model with ids, numbers and Markdown bodies', () => {
    const sections = resolveSections(input('fi'));
    expect(sections.map((s) => [s.id, s.number])).toEqual([
      ['controller', 1], ['contact', 2], ['register', 3], ['purposes', 4], ['dataContent', 5], ['sources', 6],
      ['recipients', 7], ['transfers', 8], ['retention', 9], ['security', 10], ['automatedDecisions', 11],
      ['statutoryRequirement', 12], ['rights', 13], ['cookies', 14], ['extra-1', null],
    ]);
    expect(sections[0]).toMatchObject({ heading: 'Rekisterinpitäjä' });
    expect(sections[0].markdown).toContain('0737546-2');
  });

  it('leaves out sections with nothing to say but keeps those GDPR requires, with a placeholder', () => {
    const bare = snapshot({
      controller: null, contactPerson: null, purposes: [], dataCategories: [], recipients: [], dataSubjects: null,
      sources: null, sourceKinds: [], regularDisclosures: null, retention: null, security: null,
      statutoryRequirement: null, cookies: null, extraSections: [], legacyHistory: null,
    });
    const sections = resolveSections(input('fi', { snapshot: { ...bare, transfersOutsideEea: undefined, automatedDecisionMaking: undefined } }));
    const placeholder = 'Tätä kohtaa ei ole vielä täydennetty.';
    expect(sections.map((s) => `${s.number}. ${s.heading}`)).toEqual([
      '1. Rekisterinpitäjä',
      '2. Rekisterin nimi',
      '3. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste',
      '4. Tietojen vastaanottajat ja säännönmukaiset luovutukset',
      '5. Tietojen siirto EU:n tai ETA:n ulkopuolelle',
      '6. Henkilötietojen säilytysaika',
      '7. Automaattinen päätöksenteko ja profilointi',
      '8. Velvollisuus antaa henkilötietoja',
      '9. Rekisteröidyn oikeudet',
    ]);
    const byId = Object.fromEntries(sections.map((s) => [s.id, s.markdown]));
    // Every section the GDPR requires is handled alike when empty: the placeholder, never a statement.
    for (const id of ['controller', 'purposes', 'recipients', 'transfers', 'retention', 'automatedDecisions', 'statutoryRequirement']) {
      expect(byId[id]).toBe(placeholder);
    }
    expect(byId.rights).toContain('**Oikeus saada pääsy tietoihin** (15 artikla)');
  });

  it('asks an Art 14 notice for its data content and sources, and no Art 13(2)(e) requirement', () => {
    const art14 = snapshot({ noticeKind: 'art14', dataCategories: [], dataSubjects: null, sources: null, sourceKinds: [], statutoryRequirement: null });
    const byId = Object.fromEntries(resolveSections(input('en', { snapshot: art14 })).map((s) => [s.id, s.markdown]));
    expect(byId.dataContent).toBe('This section has not been completed yet.');
    expect(byId.sources).toBe('This section has not been completed yet.');
    expect(byId.statutoryRequirement).toBeUndefined();
  });
});

describe('controller and contact', () => {
  it('gives the Y-tunnus, the addresses and the contact details', () => {
    const fi = sectionText(renderMarkdown(input('fi')), '1. Rekisterinpitäjä');
    expect(fi).toContain('- **Nimi:** Esimerkki Oy');
    expect(fi).toContain('- **Y-tunnus:** 0737546-2');
    expect(fi).toContain('- **Osoite:** Esimerkkikatu 1, 00100 Helsinki, Suomi');
    expect(fi).toContain('[tietosuoja@esimerkki.fi](mailto:tietosuoja@esimerkki.fi)');
    expect(fi).toContain('- **Puhelin:** 09 123 4567');

    const sv = renderMarkdown(input('sv'));
    expect(sv).toContain('- **FO-nummer:** 0737546-2');
    expect(sv).toContain('Esimerkkikatu 1, 00100 Helsinki, Finland');

    const html = renderHtml(input('en'));
    expect(html).toContain('<li><strong>Business ID:</strong> 0737546-2</li>');
    expect(html).toContain('<a href="https://www.esimerkki.fi/">https://www.esimerkki.fi</a>');
  });

  it('names the contact person and the data protection officer', () => {
    const contact = sectionText(renderMarkdown(input('fi')), '2. Yhteyshenkilö');
    expect(contact).toContain('- **Nimi:** Maija Meikäläinen');
    expect(contact).toContain('- **Osoite:** Esimerkkikatu 1, 00100 Helsinki');
    expect(contact).toContain('### Tietosuojavastaava');
    expect(contact).toContain('- **Nimi:** Tiina Tietosuoja');
    expect(contact).toContain('[dpo@esimerkki.fi](mailto:dpo@esimerkki.fi)');
  });
});

describe('purposes and legal bases', () => {
  it('labels each purpose with its Art 6(1) basis and the legitimate interest', () => {
    const fi = sectionText(renderMarkdown(input('fi')), '4. ');
    expect(fi).toContain('### Asiakassuhteen hoitaminen');
    expect(fi).toContain('**Oikeusperuste:** Sopimuksen täytäntöönpano tai sopimuksen tekemistä edeltävät toimenpiteet rekisteröidyn pyynnöstä (tietosuoja-asetuksen 6 artiklan 1 kohdan b alakohta)');
    expect(fi).toContain('**Oikeusperuste:** Rekisteröidyn suostumus (tietosuoja-asetuksen 6 artiklan 1 kohdan a alakohta)');
    expect(fi).toContain('**Oikeusperuste:** Rekisterinpitäjän tai kolmannen osapuolen oikeutettu etu (tietosuoja-asetuksen 6 artiklan 1 kohdan f alakohta)');
    expect(fi).toContain('**Oikeutettu etu:** Tarjousten lähettäminen nykyisille asiakkaille.');

    const sv = renderMarkdown(input('sv'));
    expect(sv).toContain('**Rättslig grund:** Den registrerades samtycke (artikel 6.1 a i dataskyddsförordningen)');
    const en = renderMarkdown(input('en'));
    expect(en).toContain('**Legal basis:** Legitimate interests pursued by the controller or by a third party (Article 6(1)(f) GDPR)');
    expect(en).toContain('**Legitimate interest:** Sending offers to existing customers.');
  });

  it('marks the special category of personal data', () => {
    const fi = sectionText(renderMarkdown(input('fi')), '5. ');
    expect(fi).toContain('**Ruokavaliotiedot** — *Erityinen henkilötietoryhmä (tietosuoja-asetuksen 9 artikla)*');
    expect(fi).toContain('**Esimerkkejä:** keliakia');
    expect(fi).not.toMatch(/Yhteystiedot\*\* —/);
    expect(fi).toContain('### Rekisteröityjen ryhmät');
  });
});

describe('rights', () => {
  const withdrawal = {
    fi: 'Oikeus peruuttaa suostumus',
    sv: 'Rätt att återkalla samtycke',
    en: 'Right to withdraw consent',
  };

  it.each(Object.entries(withdrawal))('in %s mentions withdrawing consent exactly when a purpose rests on consent', (locale, sentence) => {
    expect(renderMarkdown(input(locale))).toContain(sentence);
    const withoutConsent = snapshot({ purposes: [contract, marketing], dataCategories: [] });
    expect(renderMarkdown(input(locale, { snapshot: withoutConsent }))).not.toContain(sentence);
    expect(renderHtml(input(locale, { snapshot: withoutConsent }))).not.toContain(sentence);
  });

  /** The bold names of the rights the rights section lists, in order. */
  const rightsOf = (purposes: PurposeSnapshot[], extra: Partial<NoticeSnapshot> = {}) =>
    [...sectionText(renderMarkdown(input('en', { snapshot: snapshot({ purposes, dataCategories: [], ...extra }) })), '13. ').matchAll(/^- \*\*([^*:]+)\*\*/gm)].map((m) => m[1]);
  const always = ['Right of access', 'Right to rectification', 'Right to erasure', 'Right to restriction of processing'];

  it.each<[string, PurposeSnapshot[], string[]]>([
    ['a contract', [contract], [...always, 'Right to data portability']],
    ['consent', [{ ...contract, legalBasis: 'consent' }], [...always, 'Right to data portability', 'Right to withdraw consent']],
    ['a legal obligation', [{ ...contract, legalBasis: 'legal-obligation' }], always],
    ['vital interests', [{ ...contract, legalBasis: 'vital-interests' }], always],
    ['a public task', [{ ...contract, legalBasis: 'public-task' }], [...always, 'Right to object']],
    ['legitimate interests', [{ ...marketing, directMarketing: undefined }], [...always, 'Right to object']],
    ['direct marketing on legitimate interests', [marketing], [...always, 'Right to object', 'Right to object to direct marketing']],
    ['direct marketing on consent', [{ ...contract, legalBasis: 'consent', directMarketing: true }], [...always, 'Right to object to direct marketing', 'Right to data portability', 'Right to withdraw consent']],
  ])('lists the rights a purpose resting on %s gives', (_, purposes, expected) => {
    expect(rightsOf(purposes)).toEqual(expected);
  });

  it('adds the withdrawal of consent for a special category on explicit consent (Art 9(2)(a))', () => {
    const health = { documentId: 'd', name: { fi: 'Terveys' }, description: null, examples: null, special: 'art9' as const, dpvCategory: null, art9Ground: 'a' as const };
    expect(rightsOf([{ ...contract, legalBasis: 'legal-obligation' }], { dataCategories: [health] })).toEqual([...always, 'Right to withdraw consent']);
  });

  it('adds a rights text of the register after the derived rights, never instead of them', () => {
    const own = sectionText(renderMarkdown(input('fi', { snapshot: snapshot({ rights: { fi: 'Tarkastuspyynnön voi tehdä myös kirjeellä.' } }) })), '13. ');
    expect(own).toContain('Tarkastuspyynnön voi tehdä myös kirjeellä.');
    expect(own).toContain('**Oikeus saada pääsy tietoihin**');
    expect(own).toContain('**Vastustamisoikeus**');
    expect(own).toContain('**Oikeus vastustaa suoramarkkinointia**');
    expect(own.indexOf('**Oikeus saada pääsy tietoihin**')).toBeLessThan(own.indexOf('Tarkastuspyynnön'));
    expect(own).toContain('Oikeus tehdä valitus valvontaviranomaiselle');
  });

  it.each([
    ['fi', 'viimeistään kuukauden kuluessa', 'enintään kahdella kuukaudella'],
    ['sv', 'senast inom en månad', 'med ytterligare två månader'],
    ['en', 'within one month', 'by two further months'],
  ])('in %s gives the Art 12(3) answer period with its extension', (locale, month, extension) => {
    const rights = sectionText(renderMarkdown(input(locale)), '13. ');
    expect(rights).toContain(month);
    expect(rights).toContain(extension);
  });

  it('links the supervisory authority in the reader\'s language', () => {
    expect(sectionText(renderMarkdown(input('sv')), '13. ')).toContain('(https://tietosuoja.fi/sv)');
    expect(sectionText(renderMarkdown(input('en')), '13. ')).toContain('(https://tietosuoja.fi/en)');
  });

  it('gives the supervisory authority and its contact details', () => {
    const fi = sectionText(renderMarkdown(input('fi')), '13. ');
    expect(fi).toContain('Toimintaamme valvova viranomainen on Tietosuojavaltuutetun toimisto.');
    expect(fi).toContain('- **Osoite:** PL 800, 00531 Helsinki');
    expect(fi).toContain('[tietosuoja@om.fi](mailto:tietosuoja@om.fi)');
    expect(fi).toContain('- **Puhelin:** 029 566 6700');
    expect(fi).toContain('(https://tietosuoja.fi/)');
    expect(renderMarkdown(input('sv'))).toContain('Dataombudsmannens byrå');
    expect(renderMarkdown(input('en'))).toContain('is the Office of the Data Protection Ombudsman.');
    expect(DEFAULT_SUPERVISORY_AUTHORITY.email).toBe('tietosuoja@om.fi');
  });

  it('uses the supervisory authority from config', () => {
    const authority = { name: { fi: 'Ahvenanmaan tietosuojaviranomainen', sv: 'Datainspektionen på Åland' }, email: 'info@example.ax' };
    const sv = renderMarkdown(input('sv', { supervisoryAuthority: authority }));
    expect(sv).toContain('är Datainspektionen på Åland.');
    expect(sv).toContain('[info@example.ax](mailto:info@example.ax)');
    expect(sv).not.toContain('tietosuoja@om.fi');
    // No English name configured: the default language's.
    expect(renderMarkdown(input('en', { supervisoryAuthority: authority }))).toContain('Ahvenanmaan tietosuojaviranomainen');
  });
});

describe('recipients and transfers outside the EU/EEA', () => {
  it('names the US recipient with its safeguard and leaves the Finnish one out', () => {
    const fi = sectionText(renderMarkdown(input('fi')), '8. ');
    expect(fi).toContain('**Postipalvelu Inc.**, Yhdysvallat: Euroopan komission hyväksymät vakiosopimuslausekkeet (tietosuoja-asetuksen 46 artiklan 2 kohdan c alakohta)');
    expect(fi).toContain('Jäljennöksen lausekkeista saa rekisterinpitäjältä.');
    expect(fi).not.toContain('Tilitoimisto');
    const en = sectionText(renderMarkdown(input('en')), '8. ');
    expect(en).toContain('United States of America: Standard contractual clauses adopted by the European Commission (Article 46(2)(c) GDPR)');
  });

  it('lists every recipient with role and country', () => {
    const fi = sectionText(renderMarkdown(input('fi')), '7. ');
    expect(fi).toContain('**Postipalvelu Inc.** (Henkilötietojen käsittelijä, Yhdysvallat)');
    expect(fi).toContain('**Tilitoimisto Numero Oy** (Henkilötietojen käsittelijä, Suomi)');
    expect(fi).toContain('Tietoja ei luovuteta muille.');
  });

  it("gives a joint controller's contact details where it is named, and none of another role", () => {
    const partner = recipientSnapshot({ documentId: 'r-j', name: { fi: 'Kumppani Oy' }, role: 'joint-controller', contact: 'Kumppanintie 1, Helsinki, tietosuoja@kumppani.example' });
    const left = recipientSnapshot({ documentId: 'r-p', name: { fi: 'Käsittelijä Oy' }, role: 'processor', contact: 'vanha@kasittelija.example' });
    const fi = sectionText(renderMarkdown(input('fi', { snapshot: snapshot({ recipients: [partner, left] }) })), '7. ');
    expect(fi).toContain('**Kumppani Oy** (Yhteisrekisterinpitäjä, Suomi)\n\n  **Yhteystiedot:** Kumppanintie 1, Helsinki, tietosuoja@kumppani.example');
    expect(fi).not.toContain('vanha@kasittelija.example');
    const en = sectionText(renderMarkdown(input('en', { snapshot: snapshot({ recipients: [partner] }) })), '7. ');
    expect(en).toContain('**Contact details:** Kumppanintie 1, Helsinki, tietosuoja@kumppani.example');
  });

  const transfersOf = (locale: string, overrides: Partial<NoticeSnapshot>) =>
    resolveSections(input(locale, { snapshot: snapshot(overrides) })).find((s) => s.id === 'transfers')?.markdown;
  const inEea = () => snapshot().recipients.filter((r) => r.country === 'FI');

  it('says nothing is transferred only when the organisation answered "no"', () => {
    expect(transfersOf('sv', { recipients: inEea(), transfersOutsideEea: 'no' })).toBe(
      'Vi överför inte personuppgifter till länder utanför Europeiska unionen eller Europeiska ekonomiska samarbetsområdet.',
    );
    // Unanswered: no statement, only the placeholder every empty required section has.
    for (const [locale, placeholder] of [['fi', 'Tätä kohtaa ei ole vielä täydennetty.'], ['sv', 'Detta avsnitt har ännu inte fyllts i.'], ['en', 'This section has not been completed yet.']]) {
      expect(transfersOf(locale, { recipients: inEea(), transfersOutsideEea: undefined })).toBe(placeholder);
    }
    expect(transfersOf('fi', { recipients: [], transfersOutsideEea: undefined, transfersText: { fi: 'Varmuuskopiot säilytetään Suomessa.' } })).toBe(
      'Varmuuskopiot säilytetään Suomessa.',
    );
  });

  it('with "yes" and only the text, says so and how to obtain a copy of the safeguards', () => {
    const en = transfersOf('en', { recipients: inEea(), transfersText: { fi: 'Palvelin Kanadassa.', en: 'A server in Canada.' } });
    expect(en).toBe(
      'We transfer personal data outside the European Union or the European Economic Area.\n\nA server in Canada.\n\n' +
        'You can obtain a copy of the safeguards for these transfers, or find out where they have been made available, by contacting the controller using the contact details given in this notice.',
    );
  });

  it('names the Art 49(1) derogation of a transfer, and tells how to obtain a copy only of Art 46/47 safeguards', () => {
    const derogation = recipientSnapshot({ documentId: 'r-49', name: { fi: 'Hotelli' }, country: 'JP', transferSafeguard: 'derogation-art49', art49Derogation: 'b' });
    const fi = transfersOf('fi', { recipients: [derogation] });
    expect(fi).toContain('**Poikkeus:** Rekisteröidyn ja rekisterinpitäjän välisen sopimuksen täytäntöönpano (tietosuoja-asetuksen 49 artiklan 1 kohdan b alakohta)');
    expect(fi).not.toContain('jäljennöksen');
    expect(transfersOf('fi', {})).toContain('Saat jäljennöksen siirtojen suojatoimista');
  });
});

describe('dates and history', () => {
  it.each([
    ['fi', 'Laadittu 24.5.2018. Päivitetty 6.6.2018.'],
    ['sv', 'Upprättad 24.5.2018. Uppdaterad 6.6.2018.'],
    ['en', 'Created 24 May 2018. Last updated 6 June 2018.'],
  ])('in %s reads "%s"', (locale, line) => {
    expect(renderMarkdown(input(locale))).toContain(`\n\n${line}\n\n`);
    expect(renderHtml(input(locale))).toContain(`<p>${line}</p>`);
  });

  it('gives only laadittu for the first version', () => {
    const first = input('fi', { version: 1, updatedOn: '2018-05-24' });
    expect(resolveNotice(first).dates.text).toBe('Laadittu 24.5.2018.');
  });

  it('lists the history newest first, up to the version shown', () => {
    const markdown = renderMarkdown(input('fi'));
    const rows = markdown.split('\n').filter((line) => /^\| \d/.test(line));
    expect(rows).toEqual([
      '| 3 | 6.6.2018 | **Olennainen muutos.** Lisätty uutiskirje. |',
      '| 2 | 30.5.2018 | Korjattu yhteystiedot. |',
      '| 1 | 24.5.2018 | Ensimmäinen versio. |',
    ]);
    expect(markdown).toContain('| Versio | Päivitetty | Muutokset |');

    const older = resolveNotice(input('fi', { version: 2, updatedOn: '2018-05-30', history: historyOf(2) }));
    expect(older.history?.rows.map((row) => row.version)).toEqual([2, 1]);

    const html = renderHtml(input('en'));
    const cells = [...html.matchAll(/<tr>\s*<td>(\d+)<\/td>\s*<td>([^<]+)<\/td>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(cells).toEqual(['3 6 June 2018', '2 30 May 2018', '1 24 May 2018']);
  });

  it('links a history cut to its newest entries to the whole list', () => {
    const url = 'https://cms.example.fi/api/privacy-notices/notices/asiakasrekisteri/versions?locale=fi';
    const cut = input('fi', { history: historyOf(3).slice(0, 2), historyTotal: 3, historyUrl: url });
    expect(renderMarkdown(cut)).toContain(`| 2 | 30.5.2018 | Korjattu yhteystiedot. |\n\n[Koko muutoshistoria (3 merkintää)](${url})`);
    expect(renderHtml(cut)).toContain(`<a href="${url.replace('&', '&amp;')}">Koko muutoshistoria (3 merkintää)</a>`);
    expect(renderHtml(input('sv', { history: historyOf(3).slice(0, 2), historyTotal: 3, historyUrl: url }))).toContain('Hela ändringshistoriken (3 poster)</a>');
    // Nothing is left out: no link.
    expect(renderMarkdown(input('fi', { historyTotal: 3, historyUrl: url }))).not.toContain('Koko muutoshistoria');
  });

  it('marks an announced version as upcoming, never as updated, and lists the legacy päivitetty dates last', () => {
    const announced = [version(4, '2018-06-10', 'Uusi vastaanottaja.'), ...versions].map((v) => (v.version === 4 ? { ...v, effectiveFrom: '2018-07-01T00:00:00.000Z' } : v));
    const line = timeline(announced, new Date('2018-06-15T00:00:00Z'));
    const entries = historyEntries(line, line.current, { createdOn: '2015-01-01', updates: ['2016-02-03'] }, 'Europe/Helsinki');
    const rows = (locale: string) => renderMarkdown(input(locale, { history: entries })).split('\n').filter((line) => /^\| [\d–]/.test(line));
    expect(rows('fi')).toEqual([
      '| 4 | Tulossa: voimaan 1.7.2018 | Uusi vastaanottaja. |',
      '| 3 | 6.6.2018 | **Olennainen muutos.** Lisätty uutiskirje. |',
      '| 2 | 30.5.2018 | Korjattu yhteystiedot. |',
      '| 1 | 24.5.2018 | Ensimmäinen versio. |',
      '| – | 3.2.2016 |  |',
    ]);
    expect(rows('sv')[0]).toBe('| 4 | Kommande: träder i kraft 1.7.2018 | Uusi vastaanottaja. |');
    expect(rows('en')[0]).toBe('| 4 | Upcoming: takes effect 1 July 2018 | Uusi vastaanottaja. |');
    expect(renderHtml(input('sv', { history: entries }))).not.toContain('10.6.2018');
  });
});

describe('languages', () => {
  it('falls back to Finnish for a text missing in Swedish and says so', () => {
    const notice = resolveNotice(input('sv'));
    const retention = notice.sections.find((s) => s.id === 'retention');
    expect(retention?.heading).toBe('Lagringstid för personuppgifter');
    expect(retention?.markdown).toBe('Tiedot säilytetään kuusi vuotta asiakkuuden päättymisestä.');
    expect(notice.untranslated).toContain('retention');
    expect(resolveNotice(input('en')).untranslated).not.toContain('retention');
  });

  it('serves the default language when the version lacks the one asked for', () => {
    const notice = resolveNotice(input('de'));
    expect(notice.language).toBe('fi');
    expect(notice.sections[0].heading).toBe('Rekisterinpitäjä');
  });

  it('writes a whole HTML document in the language, or just the article', () => {
    const html = renderHtml(input('sv'));
    expect(html.startsWith('<!doctype html>\n<html lang="sv">')).toBe(true);
    expect(html).toContain('<title>Register- och dataskyddsbeskrivning: Kundregister</title>');
    expect(html).toContain('<style>');
    const fragment = renderHtml(input('sv'), { fragment: true });
    expect(fragment.startsWith('<article class="privacy-notice" lang="sv">')).toBe(true);
    expect(fragment.trimEnd().endsWith('</article>')).toBe(true);
    expect(fragment).not.toContain('<html');
  });
});

describe('editor Markdown', () => {
  it('keeps formatting but not headings that would outrank the sections', () => {
    const withHeadings = snapshot({ security: { fi: '# Tekninen suojaus\n\nPalvelimet ovat **lukitussa** tilassa.\n\n```\n# ei otsikko\n```' } });
    const markdown = renderMarkdown(input('fi', { snapshot: withHeadings }));
    expect(markdown).toContain('### Tekninen suojaus');
    expect(markdown).toContain('```\n# ei otsikko\n```');
    const html = renderHtml(input('fi', { snapshot: withHeadings }));
    expect(html.match(/<h1>/g)).toHaveLength(1);
    expect(html).toContain('<h3>Tekninen suojaus</h3>');
    expect(html).toContain('<strong>lukitussa</strong>');
  });

  it('escapes names so they cannot add Markdown structure', () => {
    const tricky = snapshot({
      title: { fi: '1. [Rekisteri](https://evil.example) *tärkeä*' },
      controller: { ...snapshot().controller!, name: 'Evil <img src=x onerror=alert(1)> [Oy](https://evil.example) _x_ | y' },
    });
    const markdown = renderMarkdown(input('fi', { snapshot: tricky }));
    expect(markdown).toContain('**Nimi:** Evil &lt;img src=x onerror=alert(1)&gt; \\[Oy\\](https://evil.example) \\_x\\_ \\| y');
    // Even a renderer that lets raw HTML through gets plain text from these values.
    const rendered = new MarkdownIt({ html: true }).render(markdown);
    expect(rendered).not.toMatch(/<img|<a href="https:\/\/evil|<em>x<\/em>|<em>tärkeä<\/em>|<ol/);
    expect(rendered).toContain('<p>1. [Rekisteri](https://evil.example) *tärkeä*</p>');
  });
});
