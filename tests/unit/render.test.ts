import MarkdownIt from 'markdown-it';
import {
  DEFAULT_SUPERVISORY_AUTHORITY,
  renderHtml,
  renderMarkdown,
  resolveNotice,
  resolveSections,
  type RenderInput,
} from '../../server/src/domain/render';
import type { VersionSummary } from '../../server/src/domain/types';
import { customerPurposes, customerRegister } from './fixtures/snapshot';

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

const history = [
  version(3, '2018-06-06', 'Lisätty uutiskirje.', true),
  version(2, '2018-05-30', 'Korjattu yhteystiedot.'),
  version(1, '2018-05-24', 'Ensimmäinen versio.'),
];

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
        '10. Principerna för skyddet av registret',
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
        '10. Principles of protecting the register',
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
    const sections = resolveSections(input('fi', { snapshot: bare }));
    expect(sections.map((s) => `${s.number}. ${s.heading}`)).toEqual([
      '1. Rekisterinpitäjä',
      '2. Rekisterin nimi',
      '3. Henkilötietojen käsittelyn tarkoitus ja oikeusperuste',
      '4. Tietojen siirto EU:n tai ETA:n ulkopuolelle',
      '5. Henkilötietojen säilytysaika',
      '6. Automaattinen päätöksenteko ja profilointi',
      '7. Rekisteröidyn oikeudet',
    ]);
    const byId = Object.fromEntries(sections.map((s) => [s.id, s.markdown]));
    expect(byId.controller).toBe('Tätä kohtaa ei ole vielä täydennetty.');
    expect(byId.purposes).toBe('Tätä kohtaa ei ole vielä täydennetty.');
    expect(byId.retention).toBe('Tätä kohtaa ei ole vielä täydennetty.');
    expect(byId.transfers).toBe('Emme siirrä henkilötietoja Euroopan unionin tai Euroopan talousalueen ulkopuolelle.');
    expect(byId.automatedDecisions).toContain('Emme tee sinua koskevia päätöksiä yksinomaan automaattisen käsittelyn');
    expect(byId.rights).toContain('**Oikeus saada pääsy tietoihin** (15 artikla)');
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
    const withoutConsent = snapshot({ purposes: [contract, marketing] });
    expect(renderMarkdown(input(locale, { snapshot: withoutConsent }))).not.toContain(sentence);
    expect(renderHtml(input(locale, { snapshot: withoutConsent }))).not.toContain(sentence);
  });

  it('lists the Art 15–21 rights by default and uses the editor text when there is one', () => {
    const standard = sectionText(renderMarkdown(input('en')), '13. ');
    for (const right of ['Right of access', 'Right to rectification', 'Right to erasure', 'Right to restriction of processing', 'Right to data portability', 'Right to object']) {
      expect(standard).toContain(`**${right}**`);
    }
    const own = sectionText(renderMarkdown(input('fi', { snapshot: snapshot({ rights: { fi: 'Omat oikeutesi kuvattuna.' } }) })), '13. ');
    expect(own).toContain('Omat oikeutesi kuvattuna.');
    expect(own).not.toContain('Oikeus saada pääsy tietoihin');
    expect(own).toContain('Oikeus tehdä valitus valvontaviranomaiselle');
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

  it('says nothing is transferred when no recipient is outside the EU/EEA', () => {
    const inEea = snapshot({ recipients: snapshot().recipients.filter((r) => r.country === 'FI') });
    const section = resolveSections(input('sv', { snapshot: inEea })).find((s) => s.id === 'transfers');
    expect(section?.markdown).toBe('Vi överför inte personuppgifter till länder utanför Europeiska unionen eller Europeiska ekonomiska samarbetsområdet.');
    const ownText = snapshot({ recipients: [], transfersText: { fi: 'Varmuuskopiot säilytetään Suomessa.' } });
    expect(resolveSections(input('fi', { snapshot: ownText })).find((s) => s.id === 'transfers')?.markdown).toBe('Varmuuskopiot säilytetään Suomessa.');
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

    const older = resolveNotice(input('fi', { version: 2, updatedOn: '2018-05-30', history: [...history].reverse() }));
    expect(older.history?.rows.map((row) => row.version)).toEqual([2, 1]);

    const html = renderHtml(input('en'));
    const cells = [...html.matchAll(/<tr>\s*<td>(\d+)<\/td>\s*<td>([^<]+)<\/td>/g)].map((m) => `${m[1]} ${m[2]}`);
    expect(cells).toEqual(['3 6 June 2018', '2 30 May 2018', '1 24 May 2018']);
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
    expect(markdown).toContain('**Nimi:** Evil \\<img src=x onerror=alert(1)\\> \\[Oy\\](https://evil.example) \\_x\\_ \\| y');
    // Even a renderer that lets raw HTML through gets plain text from these values.
    const rendered = new MarkdownIt({ html: true }).render(markdown);
    expect(rendered).not.toMatch(/<img|<a href="https:\/\/evil|<em>x<\/em>|<em>tärkeä<\/em>|<ol/);
    expect(rendered).toContain('<p>1. [Rekisteri](https://evil.example) *tärkeä*</p>');
  });
});
