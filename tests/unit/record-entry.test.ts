/** A record entry from a snapshot (Art 30(1)(a)–(g)) in the admin's language, and the Art 30 view of what is missing. */
import { recordEntry, recordGaps, recordTables, recordTexts, toHtml } from '../../server/src/domain/record';
import { controllerSnapshot, customerRegister, recipientSnapshot } from './fixtures/snapshot';
import type { VersionSummary } from '../../server/src/domain/types';

const summary: VersionSummary = { version: 4, updatedOn: '2024-07-12', effectiveFrom: '2024-07-12T09:00:00.000Z', changeSummary: null, material: true, contentHash: 'c', recordHash: 'r'.repeat(64) };

const abroad = recipientSnapshot({ documentId: 'r-us', name: { fi: 'Pilvi Inc.', sv: 'Moln Inc.' }, country: 'US', transferSafeguard: 'standard-contractual-clauses', safeguardDetails: { fi: 'Liite II' } });
const joint = recipientSnapshot({ documentId: 'r-j', name: { fi: 'Kumppani Oy' }, role: 'joint-controller', country: 'SE' });

describe('recordEntry', () => {
  it.each(['fi', 'sv', 'en'])('in %s names the version and record hash, and takes transfers from the recipients', (language) => {
    const snapshot = customerRegister({ recipients: [abroad, joint], transfersText: { fi: 'Siirrot vain sopimuksin.' }, controller: controllerSnapshot({ dpo: { name: 'Åsa', email: 'dpo@x.example' } }) });
    const entry = recordEntry('asiakkaat', summary, snapshot, recordTexts(language));
    expect(entry).toMatchObject({ slug: 'asiakkaat', version: 4, recordHash: summary.recordHash, dpo: 'Åsa, dpo@x.example', transfersText: 'Siirrot vain sopimuksin.' });
    expect(entry.transfers).toHaveLength(1);
    expect(entry.transfers[0]).toMatchObject({ recipient: language === 'sv' ? 'Moln Inc.' : 'Pilvi Inc.', safeguardDetails: 'Liite II' });
    expect(entry.transfers[0].safeguard).not.toBe('standard-contractual-clauses');
    expect(entry.jointControllers).toHaveLength(1);
    expect(entry.recipients.map((r) => r.outsideEea)).toEqual([true, false]);
  });

  it('labels a transfer resting on an Art 49(1) derogation by its derogation in the entry, the tables and the printable page', () => {
    const consent = recipientSnapshot({ documentId: 'r-in', name: { fi: 'Matkatoimisto Ltd' }, country: 'IN', transferSafeguard: 'derogation-art49', art49Derogation: 'a' });
    const texts = recordTexts('en');
    const entry = recordEntry('asiakkaat', summary, customerRegister({ recipients: [consent, abroad] }), texts);
    expect(entry.transfers[0]).toMatchObject({ safeguard: 'Derogation for a specific situation (Article 49 GDPR)', art49Derogation: 'Explicit consent to the transfer (Article 49(1)(a) GDPR)' });
    expect(entry.transfers[1].art49Derogation).toBeNull();
    const tables = recordTables([entry], texts);
    expect(tables[4].rows.map((row) => row[4])).toEqual(['Explicit consent to the transfer (Article 49(1)(a) GDPR)', 'Standard contractual clauses (Article 46(2)(c) GDPR)']);
    expect(String(tables[0].rows[0][13])).toContain('Matkatoimisto Ltd (India): Explicit consent to the transfer (Article 49(1)(a) GDPR)');
    expect(toHtml([entry], texts, '2024-07-12')).toContain('Explicit consent to the transfer (Article 49(1)(a) GDPR)');
    expect(recordEntry('asiakkaat', summary, customerRegister({ recipients: [consent] }), recordTexts('fi')).transfers[0].art49Derogation).toBe('Nimenomainen suostumus siirtoon (tietosuoja-asetuksen 49 artiklan 1 kohdan a alakohta)');
  });

  it("gives a joint controller with its contact details", () => {
    const reachable = recipientSnapshot({ ...joint, contact: 'Kumppanintie 1, tietosuoja@kumppani.example' });
    const texts = recordTexts('fi');
    const entry = recordEntry('asiakkaat', summary, customerRegister({ recipients: [reachable] }), texts);
    expect(entry.jointControllers).toEqual(['Kumppani Oy, Ruotsi, Kumppanintie 1, tietosuoja@kumppani.example']);
    expect(toHtml([entry], texts, '2024-07-12')).toContain('<li>Kumppani Oy, Ruotsi, Kumppanintie 1, tietosuoja@kumppani.example</li>');
  });

  it('puts the entry into a register row and one row per item on the other sheets', () => {
    const texts = recordTexts('fi');
    const entry = recordEntry('asiakkaat', summary, customerRegister({ recipients: [abroad] }), texts);
    const tables = recordTables([entry, { ...entry, slug: 'toinen', version: 1 }], texts);
    expect(tables.map((t) => t.id)).toEqual(['registers', 'purposes', 'dataCategories', 'recipients', 'transfers']);
    expect(tables[0].rows).toHaveLength(2);
    expect(tables[0].rows.map((row) => row[1])).toEqual(['asiakkaat', 'toinen']);
    expect(tables[4].rows).toHaveLength(2);
    for (const table of tables) for (const row of table.rows) expect(row).toHaveLength(table.header.length);
  });
});

describe('recordGaps', () => {
  const statusOf = (snapshot: Parameters<typeof recordGaps>[0]) => Object.fromEntries(recordGaps(snapshot).map((item) => [item.id, item.status]));

  it('names a transfer without a safeguard as missing, and transfers within the EEA as not applicable', () => {
    expect(statusOf(customerRegister({ recipients: [recipientSnapshot({ country: 'IN', transferSafeguard: null })] })).transfers).toBe('missing');
    expect(statusOf(customerRegister({ recipients: [abroad] })).transfers).toBe('present');
    expect(statusOf(customerRegister({ recipients: [recipientSnapshot({ country: 'NO' })] })).transfers).toBe('not-applicable');
  });

  it('does not ask for safeguard documentation, which Art 30(1)(e) requires only of Art 49(1) second-subparagraph transfers', () => {
    const undocumented = [
      recipientSnapshot({ country: 'US', transferSafeguard: 'standard-contractual-clauses', safeguardDetails: null }),
      recipientSnapshot({ documentId: 'r-in', country: 'IN', transferSafeguard: 'derogation-art49', art49Derogation: 'b', safeguardDetails: null }),
    ];
    expect(statusOf(customerRegister({ recipients: undocumented })).transfers).toBe('present');
  });

  it('asks for an Art 27 representative only of a controller established outside the EU/EEA', () => {
    expect(statusOf(customerRegister({ controller: controllerSnapshot({ country: 'FI' }) })).representative).toBe('not-applicable');
    expect(statusOf(customerRegister({ controller: controllerSnapshot({ country: 'NO' }) })).representative).toBe('not-applicable');
    expect(statusOf(customerRegister({ controller: controllerSnapshot({ country: 'US' }) })).representative).toBe('missing');
    expect(statusOf(customerRegister({ controller: controllerSnapshot({ country: 'US', representative: { en: 'Rep Ltd, Dublin' } }) })).representative).toBe('missing');
    expect(statusOf(customerRegister({ controller: controllerSnapshot({ country: 'US', representative: { fi: 'Edustaja Oy, Helsinki' } }) })).representative).toBe('present');
    expect(recordGaps(customerRegister({ controller: controllerSnapshot({ country: 'US' }) })).find((item) => item.id === 'representative')?.article).toBe('30(1)(a)');
  });

  it("asks for each joint controller's contact details (Art 30(1)(a)), only where there is one", () => {
    expect(statusOf(customerRegister({ recipients: [abroad] })).jointControllers).toBe('not-applicable');
    expect(statusOf(customerRegister({ recipients: [joint] })).jointControllers).toBe('missing');
    const reachable = recipientSnapshot({ ...joint, contact: 'Kumppanintie 1, tietosuoja@kumppani.example' });
    expect(statusOf(customerRegister({ recipients: [reachable] })).jointControllers).toBe('present');
    expect(statusOf(customerRegister({ recipients: [reachable, joint] })).jointControllers).toBe('missing');
  });

  it('counts a text only in the default language, and a controller only with some contact', () => {
    const snapshot = customerRegister({ security: { en: 'Encrypted' }, retention: { fi: 'Vuosi' }, controller: controllerSnapshot({ email: null, phone: null, streetAddress: null }) });
    expect(statusOf(snapshot)).toMatchObject({ security: 'missing', retention: 'present', controller: 'missing' });
  });
});
