/**
 * The admin UI speaks en, fi and sv: every string exists in all three with the same placeholders,
 * and every string the admin code asks for exists.
 */
import fs from 'node:fs';
import path from 'node:path';
import { parse, TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { KIND_STRINGS, LIBRARY_KINDS, OPTION_FAMILIES, REGISTER_FIELD_KEYS, SECTION_KEYS } from '../../admin/src/labelKeys';

const LOCALES = ['en', 'fi', 'sv'] as const;
const ADMIN_SRC = path.resolve(__dirname, '../../admin/src');
const read = (locale: string): Record<string, string> =>
  JSON.parse(fs.readFileSync(path.resolve(__dirname, `../../locales/admin/${locale}.json`), 'utf8'));
const messages = Object.fromEntries(LOCALES.map((locale) => [locale, read(locale)])) as Record<(typeof LOCALES)[number], Record<string, string>>;
const keys = new Set(Object.keys(messages.en));

/** The names of the values a message expects: `{count}`, `{count, plural, …}`, … */
function argumentsOf(elements: MessageFormatElement[], found = new Set<string>()): Set<string> {
  for (const element of elements) {
    if (element.type === TYPE.argument || element.type === TYPE.number || element.type === TYPE.date || element.type === TYPE.time) found.add(element.value);
    if (element.type === TYPE.plural || element.type === TYPE.select) {
      found.add(element.value);
      for (const option of Object.values(element.options)) argumentsOf(option.value, found);
    }
    if (element.type === TYPE.tag) argumentsOf(element.children, found);
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(full);
    return /\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

/** `t('key')` and `getTranslation('key')` in the admin code, and the template keys like t(`legalBasis.${value}`). */
function keysUsedInCode() {
  const literal = new Map<string, string>();
  const templates = new Map<string, string>();
  for (const file of sourceFiles(ADMIN_SRC)) {
    const code = fs.readFileSync(file, 'utf8');
    const where = path.relative(ADMIN_SRC, file);
    for (const match of code.matchAll(/\b(?:t|getTranslation)\(\s*'([^']+)'/g)) literal.set(match[1], where);
    for (const match of code.matchAll(/\b(?:t|getTranslation)\(\s*`([^`]*)`/g)) templates.set(match[1], where);
  }
  return { literal, templates };
}

describe('admin translations', () => {
  it.each(LOCALES)('%s has exactly the keys of the others', (locale) => {
    const all = new Set(LOCALES.flatMap((other) => Object.keys(messages[other])));
    const missing = [...all].filter((key) => !(key in messages[locale]));
    expect(missing).toEqual([]);
  });

  it.each(LOCALES)('every %s string is a non-empty, well-formed message', (locale) => {
    const broken = Object.entries(messages[locale]).filter(([, text]) => {
      if (typeof text !== 'string' || text.trim() === '') return true;
      try {
        parse(text);
        return false;
      } catch {
        return true;
      }
    });
    expect(broken.map(([key]) => key)).toEqual([]);
  });

  it('every translation expects the same values as the English string', () => {
    const mismatched = Object.keys(messages.en).flatMap((key) => {
      const expected = [...argumentsOf(parse(messages.en[key]))].sort();
      return LOCALES.filter((locale) => key in messages[locale])
        .map((locale) => ({ key, locale, args: [...argumentsOf(parse(messages[locale][key]))].sort() }))
        .filter(({ args }) => args.join() !== expected.join())
        .map(({ key: k, locale, args }) => `${locale} ${k}: {${args.join(', ')}} instead of {${expected.join(', ')}}`);
    });
    expect(mismatched).toEqual([]);
  });

  it('every key the admin code uses exists', () => {
    const { literal } = keysUsedInCode();
    expect(literal.size).toBeGreaterThan(100);
    const missing = [...literal].filter(([key]) => !keys.has(key)).map(([key, file]) => `${key} (${file})`);
    expect(missing).toEqual([]);
  });

  it('every key built from a value exists: option labels, library kinds, notice sections and register fields', () => {
    const wanted = [
      ...SECTION_KEYS,
      ...REGISTER_FIELD_KEYS,
      ...Object.entries(OPTION_FAMILIES).flatMap(([family, values]) => (values as readonly string[]).map((value) => `${family}.${value}`)),
      ...LIBRARY_KINDS.flatMap((kind) => KIND_STRINGS.map((name) => `library.${kind}.${name}`)),
    ];
    expect(wanted.filter((key) => !keys.has(key))).toEqual([]);
  });

  it('every validation and conflict code the server sends to editors has a text in every language', () => {
    const server = path.resolve(__dirname, '../../server/src');
    const codes = new Set<string>();
    const files = (dir: string): string[] =>
      fs.readdirSync(dir, { withFileTypes: true }).flatMap((entry) => (entry.isDirectory() ? files(path.join(dir, entry.name)) : [path.join(dir, entry.name)]));
    for (const file of files(server).filter((f) => f.endsWith('.ts'))) {
      for (const match of fs.readFileSync(file, 'utf8').matchAll(/'((?:validation\.[A-Za-z]+|conflict|import\.(?:file|text))\.[A-Za-z.]+)'/g)) codes.add(match[1]);
    }
    expect(codes).toContain('validation.updatedOn.afterToday');
    expect(codes).toContain('conflict.slugFrozen');
    expect(codes).toContain('import.file.notDocx');
    const missing = [...codes].flatMap((code) => LOCALES.filter((locale) => !(code in messages[locale])).map((locale) => `${locale} ${code}`));
    expect(missing).toEqual([]);
  });

  it('every key the code builds from a template has strings to choose from', () => {
    const { templates } = keysUsedInCode();
    const orphans = [...templates].filter(([template]) => {
      const prefix = template.slice(0, template.indexOf('${'));
      return prefix === '' ? false : ![...keys].some((key) => key.startsWith(prefix));
    });
    expect(orphans.map(([template, file]) => `${template} (${file})`)).toEqual([]);
  });
});
