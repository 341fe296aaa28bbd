/**
 * Import of legacy notices: text (or a .docx converted to text) → importLegacyNotice → a plan per
 * register → draft registers with their controller, purposes and data categories, created
 * through the library service like any editor's. A dry run returns the plan and creates nothing.
 * Import never publishes.
 */
import type { Core } from '@strapi/strapi';
import { uniq } from 'lodash';
import { strings, validateYupSchema } from '@strapi/utils';
import mammoth from 'mammoth';
import { checkCompleteness } from '../domain/completeness';
import { forRegister, importLegacyNotice, warning, type ConfirmedAnswers, type ImportedRegisterDraft, type ImportWarning, type SectionChoice } from '../domain/import';
import { cleanLine } from '../domain/import/lines';
import { planRegister, type PlannedDataCategory, type PlannedPurpose, type PurposeChoice, type RegisterPlan } from '../domain/import-plan';
import { pluginConfig } from '../config/access';
import { libraryRepository } from '../repositories/library-repository';
import { fieldError, fieldErrors } from '../errors';
import type { ImportBasisChoice, ImportReuseChoice, KeyedPick, LibraryMatch, PlannedReuse } from '../contracts/import';
import { UID } from '../uids';
import { MAX_NAME } from '../validation/fields';
import type { LegalBasis, NoticeKind } from '../domain/types';
import { importSchema } from '../validation/import';
import { validateBody } from '../validation/validate';
import { buildSnapshot } from '../domain/snapshot';
import { getService } from './get-service';
import { readCheckedDocx } from './docx-guard';

export interface ImportInput {
  text: string;
  locale?: string | null;
  dryRun?: boolean | null;
  /** Per register, per purpose: the legal basis the editor chose; with `title`, for that purpose wherever it is. */
  legalBases?: Array<Array<ImportBasisChoice | null> | null> | null;
  /** Per register, the library entries the editor picked instead of the planned ones. */
  reuse?: Array<ImportReuseChoice | null> | null;
  /** Per register, the notice kind the editor confirmed (null: as read from the text). */
  noticeKinds?: Array<NoticeKind | null> | null;
  /** The editor's corrections of where sections start. */
  sections?: SectionChoice[] | null;
  /** Per register, the explicit answers the editor confirmed. */
  answers?: Array<ConfirmedAnswers | null> | null;
}

/** An uploaded file as Strapi's body middleware (formidable) gives it. */
export interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MAX_SLUG = 60;
/** Finnish and Swedish letters read as their base letter (not the German "ae", "oe"); "Oy:n" as "oyn". */
const SLUG_LETTERS: Array<[string, string]> = [
  [':', ''],
  ['ä', 'a'],
  ['ö', 'o'],
  ['å', 'a'],
  ['Ä', 'a'],
  ['Ö', 'o'],
  ['Å', 'a'],
];

interface ValidationDetails {
  details?: { errors?: Array<{ path: string[]; message: string }> };
}

function slugOf(title: string): string {
  const slug = strings.nameToSlug(title, { separator: '-', customReplacements: SLUG_LETTERS }) || 'register';
  if (slug.length <= MAX_SLUG) return slug;
  const cut = slug.slice(0, MAX_SLUG + 1);
  return cut.slice(0, cut.lastIndexOf('-') > 0 ? cut.lastIndexOf('-') : MAX_SLUG).replace(/-+$/, '');
}

/** The body of the purposes and data-categories APIs for a planned entry. */
const purposeData = ({ title, description, legalBasis, legitimateInterest }: PlannedPurpose) => ({
  title,
  legalBasis,
  ...(description ? { description } : {}),
  ...(legitimateInterest ? { legitimateInterest } : {}),
});

const dataCategoryData = ({ name, examples }: PlannedDataCategory) => ({ name, ...(examples ? { examples } : {}) });

/** How many likely library matches are shown beside a planned entry. */
const MAX_MATCHES = 3;
/** The plan's words about a purpose or data category, moot once the editor picks a library entry for it. */
const PURPOSE_WARNINGS = new Set(['purposeNoBasis', 'purposeNoInterest', 'purposeTitleTooLong', 'purposeBasisFromText']);
const CATEGORY_WARNINGS = new Set(['dataCategoryNameTooLong', 'exampleTooLong']);

const key = (text: unknown) => (typeof text === 'string' ? text.trim().toLowerCase() : '');
const wordsOf = (text: string) => text.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];

/** Two words alike: the same, or (Finnish and Swedish inflect) sharing their beginning. */
function alike(a: string, b: string): boolean {
  if (a === b) return true;
  const shorter = Math.min(a.length, b.length);
  if (shorter < 4) return false;
  let common = 0;
  while (common < shorter && a[common] === b[common]) common++;
  return common >= Math.min(5, shorter - 1);
}

/** 1 for the same name, else the share of words alike (below 1), 0 for nothing in common. */
function likeness(a: string, b: string): number {
  if (key(a) === '' || key(b) === '') return 0;
  if (wordsOf(a).join(' ') === wordsOf(b).join(' ')) return 1;
  const [x, y] = [wordsOf(a), wordsOf(b)];
  const shared = x.filter((word) => y.some((other) => alike(word, other))).length;
  return (0.9 * shared) / Math.max(x.length, y.length);
}

/**
 * Per planned entry, the documentId the editor picked: a keyed pick for the entry of that title (or
 * name) wherever it is now; a plain one for the entry at its position. A keyed pick whose entry is
 * gone (a section moved) is dropped.
 */
function pickedFor<K extends 'title' | 'name'>(picks: Array<KeyedPick<K> | string | null> | null | undefined, by: K, names: string[]): Array<string | null> {
  const list = picks ?? [];
  return names.map((name, n) => {
    const keyed = list.find((pick): pick is KeyedPick<K> => pick !== null && typeof pick === 'object' && key(pick[by]) === key(name));
    if (keyed) return keyed.documentId;
    const at = list[n];
    return typeof at === 'string' ? at : null;
  });
}

/** Per purpose read from the text, the editor's legal basis: keyed by the purpose's title, or by position. */
function basisChoices(choices: Array<ImportBasisChoice | null>, titles: string[]): Array<PurposeChoice | null> {
  const plain = ({ legalBasis, legitimateInterest }: ImportBasisChoice): PurposeChoice => ({ legalBasis: legalBasis as LegalBasis, legitimateInterest });
  return titles.map((title, p) => {
    const keyed = choices.find((choice) => choice?.title != null && key(choice.title) === key(title));
    if (keyed) return plain(keyed);
    const at = choices[p];
    return at && at.title == null ? plain(at) : null;
  });
}

const sameText = (a: unknown, b: unknown) =>
  typeof a === 'string' && typeof b === 'string' && a.trim().toLowerCase() === b.trim().toLowerCase();

export default ({ strapi }: { strapi: Core.Strapi }) => {
  const repository = libraryRepository(strapi);
  const config = () => pluginConfig(strapi);
  const library = () => getService(strapi, 'library');

  /**
   * Validates with the library's own schema and sets aside the details it refuses (a phone number
   * written with slashes, say): they are not taken as details, so the plan keeps their lines as text.
   */
  async function withoutInvalid(
    key: 'controllers' | 'registers',
    body: Record<string, unknown>,
    detailsAt: string[],
  ): Promise<{ refused: Array<{ detail: string; message: string }> }> {
    const refused: Array<{ detail: string; message: string }> = [];
    const schema = library().kind(key).schema(config());
    const details = detailsAt.reduce<Record<string, unknown>>((at, field) => at[field] as Record<string, unknown>, body);
    for (;;) {
      try {
        await validateYupSchema(schema)(body);
        return { refused };
      } catch (error) {
        const errors = (error as ValidationDetails).details?.errors ?? [];
        const fixable = errors.filter(({ path }) => path.length === detailsAt.length + 1 && detailsAt.every((p, i) => path[i] === p));
        const detail = fixable.map(({ path }) => path[path.length - 1]).find((name) => name !== 'name' && details[name] != null);
        if (!detail) return { refused };
        refused.push({ detail, message: fixable.find(({ path }) => path[path.length - 1] === detail)!.message });
        details[detail] = null;
      }
    }
  }

  /** The draft with contact details the content model refuses taken out (kept as text by the plan). */
  async function acceptedContacts(draft: ImportedRegisterDraft, warnings: ImportWarning[]): Promise<ImportedRegisterDraft> {
    const controller = draft.controller ? { ...draft.controller } : null;
    const contactPerson = draft.contactPerson ? { ...draft.contactPerson } : null;
    if (controller?.name) {
      const { refused } = await withoutInvalid('controllers', controller as unknown as Record<string, unknown>, []);
      refused.forEach(({ detail }) => warnings.push(warning('contactDetailRefused', { field: 'controller', detail })));
    }
    if (contactPerson) {
      const body = { title: { [config().defaultLanguage]: 'check' }, slug: 'check', contactPerson };
      const { refused } = await withoutInvalid('registers', body, ['contactPerson']);
      refused.forEach(({ detail }) => warnings.push(warning('contactDetailRefused', { field: 'contactPerson', detail })));
    }
    return { ...draft, controller, contactPerson };
  }

  /** A slug per register from its title, unused by any register and by the others of this import. */
  async function freeSlugs(titles: string[]): Promise<string[]> {
    const bases = titles.map(slugOf);
    const existing = await repository.findBy(UID.register, { $or: [...new Set(bases)].map((base) => ({ slug: { $startsWith: base } })) }, ['slug']);
    const taken = new Set(existing.map((register) => register.slug as string));
    return bases.map((base) => {
      let slug = base;
      for (let n = 2; taken.has(slug); n++) slug = `${base}-${n}`;
      taken.add(slug);
      return slug;
    });
  }

  /** An existing controller with the same name whose Y-tunnus and email do not contradict the imported ones. */
  async function existingController(data: Record<string, string>): Promise<string | null> {
    const candidates = await repository.findBy(UID.controller, { name: { $eqi: data.name } }, ['documentId', 'name', 'businessId', 'email']);
    const match = candidates.find(
      (candidate) =>
        (!candidate.businessId || !data.businessId || sameText(candidate.businessId, data.businessId)) &&
        (!candidate.email || !data.email || sameText(candidate.email, data.email)),
    );
    return match?.documentId ?? null;
  }

  async function readDocx(file: UploadedFile | UploadedFile[] | undefined): Promise<string> {
    if (!file || Array.isArray(file)) throw fieldError('file', 'upload one .docx file in the field "file"', { code: 'import.file.missing', params: {} });
    if (!/\.docx$/i.test(file.originalFilename ?? '') && file.mimetype !== DOCX_TYPE) {
      throw fieldError('file', 'only Word documents (.docx) can be imported', { code: 'import.file.notDocx', params: {} });
    }
    // Size, parts and zip bombs are refused before the converter inflates anything.
    const content = await readCheckedDocx(file.filepath);
    const result = await mammoth.extractRawText({ buffer: content }).catch(() => {
      throw fieldError('file', 'the file could not be read as a .docx document', { code: 'import.file.unreadable', params: {} });
    });
    return result.value;
  }

  const titleKey = (text: unknown) => (typeof text === 'string' ? text.trim().toLowerCase() : '');

  /**
   * The library's controllers, purposes and data categories, read once per request: the entries
   * equal to planned ones (used, not copied), the editor's picks (which must exist) and the likely
   * matches shown beside each planned entry.
   */
  async function libraryIndex(locale: string) {
    const [controllers, purposes, categories] = await Promise.all([
      repository.findBy(UID.controller, {}, ['documentId', 'name']),
      repository.findBy(UID.purpose, {}, ['documentId', 'title', 'legalBasis', 'legitimateInterest']),
      repository.findBy(UID.dataCategory, {}, ['documentId', 'name']),
    ]);
    /** A translatable name in the notice's language, else in any language it has. */
    const named = (value: unknown): string => {
      if (typeof value === 'string') return value;
      const texts = (value ?? {}) as Record<string, string | null>;
      return texts[locale] || Object.values(texts).find((text) => typeof text === 'string' && text.trim() !== '') || '';
    };
    const text = (value: unknown) => titleKey((value as Record<string, string> | null)?.[locale]);
    const pools = {
      controllers: controllers.map((entry) => ({ documentId: entry.documentId, name: named(entry.name) })),
      purposes: purposes.map((entry) => ({ documentId: entry.documentId, name: named(entry.title) })),
      dataCategories: categories.map((entry) => ({ documentId: entry.documentId, name: named(entry.name) })),
    };
    type Kind = keyof typeof pools;
    return {
      /** A purpose with the same title, legal basis and interest; a data category with the same name. */
      equalPurpose: (planned: PlannedPurpose): string | null =>
        purposes.find(
          (entry) =>
            text(entry.title) === titleKey(planned.title[locale]) &&
            entry.legalBasis === planned.legalBasis &&
            text(entry.legitimateInterest) === titleKey(planned.legitimateInterest?.[locale]),
        )?.documentId ?? null,
      equalDataCategory: (planned: PlannedDataCategory): string | null =>
        categories.find((entry) => text(entry.name) === titleKey(planned.name[locale]))?.documentId ?? null,
      has: (kind: Kind, documentId: string) => pools[kind].some((entry) => entry.documentId === documentId),
      nameOf: (kind: Kind, documentId: string | null) => (documentId && pools[kind].find((entry) => entry.documentId === documentId)?.name) || null,
      /** The entries whose name is the same as or like `name`, best first. */
      matches: (kind: Kind, name: string): LibraryMatch[] =>
        pools[kind]
          .map((entry) => ({ entry, score: likeness(name, entry.name) }))
          .filter(({ score }) => score >= 0.5)
          .sort((a, b) => b.score - a.score || a.entry.name.localeCompare(b.entry.name))
          .slice(0, MAX_MATCHES)
          .map(({ entry }) => entry),
    };
  }

  /**
   * The editor's picks must name entries in the library: a 400 naming each missing one under its
   * field, before anything is read further or created.
   */
  function checkPicks(reuse: ImportInput['reuse'], index: Awaited<ReturnType<typeof libraryIndex>>) {
    const missing: Array<{ path: string; kind: 'controllers' | 'purposes' | 'dataCategories'; documentId: string }> = [];
    (reuse ?? []).forEach((picks, r) => {
      if (!picks) return;
      if (picks.controller && !index.has('controllers', picks.controller)) missing.push({ path: `reuse.${r}.controller`, kind: 'controllers', documentId: picks.controller });
      for (const kind of ['purposes', 'dataCategories'] as const) {
        (picks[kind] ?? []).forEach((pick, n) => {
          const documentId = typeof pick === 'string' ? pick : (pick?.documentId ?? null);
          if (documentId && !index.has(kind, documentId)) {
            missing.push({ path: typeof pick === 'string' ? `reuse.${r}.${kind}.${n}` : `reuse.${r}.${kind}.${n}.documentId`, kind, documentId });
          }
        });
      }
    });
    if (missing.length) {
      throw fieldErrors(
        missing.map(({ path, kind, documentId }) => ({
          path,
          message: `no library entry with documentId "${documentId}" to use here`,
          code: 'import.reuse.notFound',
          params: { kind },
        })),
      );
    }
  }

  /** Titles of registers already there, in the notice's language. */
  async function existingTitles(locale: string): Promise<Set<string>> {
    const registers = await repository.findBy(UID.register, {}, ['title']);
    return new Set(registers.map((register) => titleKey((register.title as Record<string, string> | null)?.[locale])).filter(Boolean));
  }

  /** Reads the notice and plans its registers, with what the library already holds; nothing is stored. */
  async function plan(body: unknown) {
    const input = await validateBody<ImportInput>(importSchema(config()), body ?? {});
    const locale = input.locale ?? config().defaultLanguage;
    const result = importLegacyNotice(input.text, locale, input.sections ?? []);
    if (result.registers.length === 0) throw fieldError('text', 'text has nothing to import', { code: 'import.text.nothing', params: {} });
    const warnings = [...result.warnings];
    const count = result.registers.length;
    const index = await libraryIndex(locale);
    checkPicks(input.reuse, index);
    const titles = await existingTitles(locale);
    const plans: Array<RegisterPlan & { controllerReuse: PlannedReuse; purposeReuse: PlannedReuse[]; dataCategoryReuse: PlannedReuse[] }> = [];
    for (const [i, imported] of result.registers.entries()) {
      const own: ImportWarning[] = [];
      const draft = await acceptedContacts(imported, own);
      const planned = planRegister(draft, {
        locale,
        defaultLanguage: config().defaultLanguage,
        input: input.text,
        choices: basisChoices(input.legalBases?.[i] ?? [], draft.purposes.map((purpose) => purpose.title[locale] ?? '')),
        maxName: MAX_NAME,
        noticeKind: input.noticeKinds?.[i] ?? null,
        answers: input.answers?.[i] ?? null,
      });
      const picks = input.reuse?.[i] ?? null;
      const purposeTitles = planned.purposes.map((purpose) => purpose.title[locale] ?? '');
      const categoryNames = planned.dataCategories.map((category) => category.name[locale] ?? '');
      const pickedPurposes = pickedFor(picks?.purposes, 'title', purposeTitles);
      const pickedCategories = pickedFor(picks?.dataCategories, 'name', categoryNames);
      const reuseOf = (kind: 'controllers' | 'purposes' | 'dataCategories', name: string, picked: string | null, equal: string | null): PlannedReuse => {
        const existing = picked ?? equal;
        return {
          existing,
          equal,
          existingFrom: picked ? 'editor' : equal ? 'equal' : null,
          existingName: index.nameOf(kind, existing),
          matches: name ? index.matches(kind, name) : [],
        };
      };

      const library: ImportWarning[] = [];
      const controllerReuse: PlannedReuse = reuseOf(
        'controllers',
        planned.controller?.name ?? '',
        picks?.controller ?? null,
        planned.controller && (await existingController(planned.controller)),
      );
      // The registers of one notice share its controller: it is named once.
      if (controllerReuse.existingFrom === 'equal' && !plans.some((p) => p.controllerReuse.existing === controllerReuse.existing)) {
        library.push(warning('controllerReused', { name: planned.controller?.name ?? '' }));
      }
      const purposeReuse = planned.purposes.map((purpose, p) =>
        reuseOf('purposes', purposeTitles[p], pickedPurposes[p], purpose.create ? index.equalPurpose(purpose) : null),
      );
      purposeReuse.forEach(({ existingFrom }, p) => existingFrom === 'equal' && library.push(warning('purposeReused', { title: purposeTitles[p] })));
      const dataCategoryReuse = planned.dataCategories.map((category, c) =>
        reuseOf('dataCategories', categoryNames[c], pickedCategories[c], category.create ? index.equalDataCategory(category) : null),
      );
      dataCategoryReuse.forEach(({ existingFrom }, c) => existingFrom === 'equal' && library.push(warning('dataCategoryReused', { name: categoryNames[c] })));
      const title = planned.title[locale] ?? '';
      if (titles.has(titleKey(title))) library.push(warning('registerTitleExists', { title }));
      // What the plan says of an entry the editor replaced by a library entry no longer applies.
      const replaced = (item: ImportWarning) =>
        (item.code === 'controllerWithoutName' && picks?.controller) ||
        (PURPOSE_WARNINGS.has(item.code) && purposeTitles.some((name, p) => pickedPurposes[p] && name.startsWith(String(item.params.title ?? '\u0000')))) ||
        (CATEGORY_WARNINGS.has(item.code) && categoryNames.some((name, c) => pickedCategories[c] && name.startsWith(String(item.params.name ?? '\u0000'))));
      warnings.push(...forRegister([...own, ...planned.warnings.filter((item) => !replaced(item)), ...library], i, count));
      plans.push({ ...planned, controllerReuse, purposeReuse, dataCategoryReuse });
    }
    const slugs = await freeSlugs(plans.map((p) => p.title[locale] ?? ''));
    const inputLines = input.text.split(/\r\n|\r|\n/);
    const lines = plans
      .flatMap((p, register) => p.lines.map((line) => ({ ...line, register, text: cleanLine(inputLines[line.line - 1] ?? '') })))
      .sort((a, b) => a.line - b.line);
    return { input: { ...input, locale }, plans, slugs, warnings, lines };
  }

  return {
    readDocx,

    /** The dry run: what would be created, and which input line went where. */
    async preview(body: unknown) {
      const { input, plans, slugs, warnings, lines } = await plan(body);
      const registers = plans.map((p, i) => ({
        title: p.title,
        slug: slugs[i],
        controller: p.controller && { ...p.controller, existing: p.controllerReuse.existing },
        /** The library entry the editor picked for the register's controller (also where the text named none), with the likely matches. */
        controllerReuse: p.controllerReuse,
        purposes: p.purposes.map((purpose, n) => ({ ...purpose, ...p.purposeReuse[n] })),
        dataCategories: p.dataCategories.map((category, n) => ({ ...category, ...p.dataCategoryReuse[n] })),
        register: p.register,
        noticeKindFrom: p.noticeKindFrom,
        proposedAnswers: p.proposedAnswers,
        suggestedSections: p.suggestedSections,
      }));
      return { dryRun: true, text: input.text, locale: input.locale, registers, warnings, lines };
    },

    /** Creates the draft registers (and what they use) through the library service. Never publishes. */
    async create(body: unknown) {
      const { plans, slugs, warnings, lines } = await plan(body);
      // Everything is validated before anything is created, so a refusal leaves no half import behind.
      const validate = (key: 'registers' | 'purposes' | 'data-categories', data: object) =>
        validateYupSchema(library().kind(key).schema(config()))(data);
      for (const [i, p] of plans.entries()) {
        await validate('registers', { ...p.register, slug: slugs[i] });
        // An entry the editor picked from the library is used as it is, not created.
        for (const [n, purpose] of p.purposes.entries()) if (purpose.create && p.purposeReuse[n].existingFrom !== 'editor') await validate('purposes', purposeData(purpose));
        for (const [n, category] of p.dataCategories.entries()) {
          if (category.create && p.dataCategoryReuse[n].existingFrom !== 'editor') await validate('data-categories', dataCategoryData(category));
        }
      }

      const created = new Map<string, string>();
      const once = async (key: 'controllers' | 'purposes' | 'data-categories', data: Record<string, unknown>, existing: string | null) => {
        const id = `${key}:${JSON.stringify(data)}`;
        // An equal entry already in the library is used as it is; within one import, one entry per value.
        if (!created.has(id)) created.set(id, existing ?? ((await library().create(key, data)) as { documentId: string }).documentId);
        return created.get(id) as string;
      };
      const registers = [];
      for (const [i, p] of plans.entries()) {
        const controller =
          p.controllerReuse.existingFrom === 'editor' ? p.controllerReuse.existing : p.controller && (await once('controllers', p.controller, p.controllerReuse.existing));
        const purposes = [];
        for (const [n, purpose] of p.purposes.entries()) {
          const { existing, existingFrom } = p.purposeReuse[n];
          if (existingFrom === 'editor') purposes.push(existing as string);
          else if (purpose.create) purposes.push(await once('purposes', purposeData(purpose), existing));
        }
        const dataCategories = [];
        for (const [n, category] of p.dataCategories.entries()) {
          const { existing, existingFrom } = p.dataCategoryReuse[n];
          if (existingFrom === 'editor') dataCategories.push(existing as string);
          else if (category.create) dataCategories.push(await once('data-categories', dataCategoryData(category), existing));
        }
        const register = (await library().create('registers', {
          ...p.register,
          slug: slugs[i],
          controller,
          // Two list items that are the same entry are one relation.
          purposes: uniq(purposes),
          dataCategories: uniq(dataCategories),
        })) as { documentId: string; slug: string; title: Record<string, string> };
        const { score } = checkCompleteness(buildSnapshot(await library().load('registers', register.documentId), config()), {
          locale: config().defaultLanguage,
          defaultLanguage: config().defaultLanguage,
        });
        registers.push({
          documentId: register.documentId,
          slug: register.slug,
          title: register.title,
          completeness: score,
          noticeKind: p.register.noticeKind,
          // What the text stated; only the answers the editor confirmed are in the register.
          proposedAnswers: p.proposedAnswers,
        });
      }
      return { registers, warnings, lines };
    },
  };
};
