/**
 * Several registers in one notice, each marked only by a line of its name ("Asiakasrekisteri",
 * "Kundregistret", "Customer records") before its sections. The name titles the register; a second
 * name after the first register's sections starts the next register, which shares the controller
 * written before the first name. Nothing is merged and nothing is lost.
 */
import { importLegacyNotice, uncoveredLines } from '../../server/src/domain/import';

function read(text: string, locale: string) {
  const { registers, warnings } = importLegacyNotice(text, locale);
  expect(uncoveredLines(text, registers)).toEqual([]);
  return { registers, warnings };
}

const WORDS = {
  fi: { doc: 'Tietosuojaseloste', controller: 'Rekisterinpitäjä', card: 'Testi Oy, Esimerkkikatu 1, 00100 Helsinki, tietosuoja@testi.fi', purposes: 'Käsittelyn tarkoitus', sources: 'Tietolähteet', retention: 'Tietojen säilytys' },
  sv: { doc: 'Dataskyddsbeskrivning', controller: 'Personuppgiftsansvarig', card: 'Test Ab, Exempelgatan 1, 00100 Helsingfors, dataskydd@test.fi', purposes: 'Ändamålet med behandlingen', sources: 'Uppgiftskällor', retention: 'Lagringstid' },
  en: { doc: 'Privacy notice', controller: 'Controller', card: 'Test Ltd, Example Street 1, 00100 Helsinki, privacy@test.example', purposes: 'Purpose of processing', sources: 'Sources of data', retention: 'Retention period' },
};

const notice = (locale: keyof typeof WORDS, names: string[]) => {
  const w = WORDS[locale];
  const register = (name: string, n: number) => [name, '', w.purposes, `Purpose ${n}.`, '', w.sources, `Source ${n}.`, '', w.retention, `Retention ${n}.`, ''];
  return [w.doc, '', w.controller, w.card, '', ...names.flatMap((name, n) => register(name, n + 1))].join('\n');
};

describe('registers marked only by a line of their name', () => {
  it.each([
    ['fi', ['Asiakasrekisteri', 'Markkinointirekisteri']],
    ['fi', ['Asiakasrekisteri', 'Jäsen- ja markkinointirekisteri', 'Kameravalvontarekisteri']],
    ['sv', ['Kundregister', 'Marknadsföringsregistret']],
    ['en', ['Customer register', 'Marketing register']],
    ['en', ['Customer records', 'Applicant records']],
  ] as const)('%s: %j', (locale, names) => {
    const { registers, warnings } = read(notice(locale, [...names]), locale);
    expect(registers.map((draft) => draft.title[locale])).toEqual(names);
    registers.forEach((draft, i) => {
      expect(draft.purposesText?.[locale]).toBe(`Purpose ${i + 1}.`);
      expect(draft.fields.sources?.[locale]).toBe(`Source ${i + 1}.`);
      expect(draft.fields.retention?.[locale]).toBe(`Retention ${i + 1}.`);
      expect(draft.extraSections).toEqual([]);
      // The controller before the first name is every register's.
      expect(draft.controller?.postalCode).toBe('00100');
    });
    expect(registers[0].lines.find((record) => record.line === 6)?.target).toBe('title');
    expect(warnings.filter((w) => w.code === 'controllerShared').map((w) => w.register)).toEqual(names.slice(1).map((_, i) => i + 2));
  });

  it.each([
    ['fi', 'Tietolähteet', 'Väestörekisteri', 'Tietojen säilytys'],
    ['sv', 'Uppgiftskällor', 'Befolkningsregistret', 'Lagringstid'],
    ['en', 'Sources of data', 'Population register', 'Retention period'],
  ])('%s: a name under a heading written above its text is that section\'s text', (locale, heading, text, next) => {
    const input = [heading, '', text, '', next, 'Two years.'].join('\n');
    const { registers } = read(input, locale);
    expect(registers).toHaveLength(1);
    expect(registers[0].fields.sources?.[locale]).toBe(text);
    expect(registers[0].title).toEqual({});
  });

  it.each([
    ['fi', 'Rekisterin nimi', 'Jäsen- ja pelaajarekisteri', 'Tietosuojaseloste – Pallo-Kotkat ry:n pelaajarekisteri'],
    ['en', 'Name of the register', 'Player register', 'Privacy notice of the club\'s player register'],
  ])('%s: a register named under its own heading keeps that name; a title line above is kept as text', (locale, heading, name, line) => {
    const w = WORDS[locale as 'fi' | 'en'];
    const input = [line, '', w.controller, w.card, '', heading, name, '', w.retention, 'Two years.'].join('\n');
    const { registers } = read(input, locale);
    expect(registers).toHaveLength(1);
    expect(registers[0].title[locale]).toBe(name);
    expect(registers[0].lines.find((record) => record.line === 1)?.target).toMatch(/^extraSections\./);
  });
});
