/**
 * Import of legacy notices: text (or a .docx converted to text) → importLegacyNotice → a plan per
 * register → draft registers with their controller, purposes and data categories, created
 * through the library service like any editor's. A dry run returns the plan and creates nothing.
 * Import never publishes.
 */
import { readFile } from 'node:fs/promises';
import type { Core } from '@strapi/strapi';
import { uniq } from 'lodash';
import { strings, validateYupSchema } from '@strapi/utils';
import mammoth from 'mammoth';
import { checkCompleteness } from '../domain/completeness';
import { importLegacyNotice, type ImportedRegisterDraft } from '../domain/import';
import { cleanLine } from '../domain/import/lines';
import { planRegister, type PlannedDataCategory, type PlannedPurpose, type PurposeChoice, type RegisterPlan } from '../domain/import-plan';
import { pluginConfig } from '../config/access';
import { libraryRepository } from '../repositories/library-repository';
import { fieldError } from '../errors';
import { UID } from '../uids';
import { MAX_NAME } from '../validation/fields';
import { importSchema } from '../validation/import';
import { buildSnapshot } from '../domain/snapshot';
import { getService } from './get-service';

export interface ImportInput {
  text: string;
  locale?: string | null;
  dryRun?: boolean | null;
  legalBases?: Array<Array<PurposeChoice | null> | null> | null;
}

/** An uploaded file as Strapi's body middleware (formidable) gives it. */
export interface UploadedFile {
  filepath: string;
  originalFilename?: string | null;
  mimetype?: string | null;
  size: number;
}

const DOCX_TYPE = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
const MAX_DOCX_BYTES = 5 * 1024 * 1024;
const ZIP_SIGNATURE = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
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
  async function acceptedContacts(draft: ImportedRegisterDraft, warnings: string[]): Promise<ImportedRegisterDraft> {
    const controller = draft.controller ? { ...draft.controller } : null;
    const contactPerson = draft.contactPerson ? { ...draft.contactPerson } : null;
    if (controller?.name) {
      const { refused } = await withoutInvalid('controllers', controller as unknown as Record<string, unknown>, []);
      refused.forEach(({ message }) => warnings.push(`Controller: ${message}; that line is kept as text.`));
    }
    if (contactPerson) {
      const body = { title: { [config().defaultLanguage]: 'check' }, slug: 'check', contactPerson };
      const { refused } = await withoutInvalid('registers', body, ['contactPerson']);
      refused.forEach(({ message }) => warnings.push(`Contact person: ${message}; that line is kept as text.`));
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
    if (!file || Array.isArray(file)) throw fieldError('file', 'upload one .docx file in the field "file"');
    if (!/\.docx$/i.test(file.originalFilename ?? '') && file.mimetype !== DOCX_TYPE) {
      throw fieldError('file', 'only Word documents (.docx) can be imported');
    }
    if (file.size > MAX_DOCX_BYTES) throw fieldError('file', `the file is larger than ${MAX_DOCX_BYTES / 1024 / 1024} MB`);
    const content = await readFile(file.filepath);
    if (!content.subarray(0, 4).equals(ZIP_SIGNATURE)) throw fieldError('file', 'the file is not a .docx document');
    const result = await mammoth.extractRawText({ buffer: content }).catch(() => {
      throw fieldError('file', 'the file could not be read as a .docx document');
    });
    return result.value;
  }

  /** Reads the notice and plans its registers; nothing is stored. */
  async function plan(body: unknown) {
    const input = (await validateYupSchema(importSchema(config()))(body ?? {})) as ImportInput;
    const locale = input.locale ?? config().defaultLanguage;
    const result = importLegacyNotice(input.text, locale);
    if (result.registers.length === 0) throw fieldError('text', 'text has nothing to import');
    const warnings = [...result.warnings];
    const prefix = (i: number) => (result.registers.length > 1 ? `Register ${i + 1}: ` : '');
    const plans: RegisterPlan[] = [];
    for (const [i, imported] of result.registers.entries()) {
      const own: string[] = [];
      const draft = await acceptedContacts(imported, own);
      const planned = planRegister(draft, {
        locale,
        defaultLanguage: config().defaultLanguage,
        input: input.text,
        choices: input.legalBases?.[i] ?? [],
        maxName: MAX_NAME,
      });
      warnings.push(...[...own, ...planned.warnings].map((warning) => prefix(i) + warning));
      plans.push(planned);
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
      const registers = await Promise.all(
        plans.map(async (p, i) => ({
          title: p.title,
          slug: slugs[i],
          controller: p.controller && { ...p.controller, existing: await existingController(p.controller) },
          purposes: p.purposes,
          dataCategories: p.dataCategories,
          register: p.register,
        })),
      );
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
        for (const purpose of p.purposes.filter((entry) => entry.create)) await validate('purposes', purposeData(purpose));
        for (const category of p.dataCategories.filter((entry) => entry.create)) await validate('data-categories', dataCategoryData(category));
      }

      const created = new Map<string, string>();
      const once = async (key: 'controllers' | 'purposes' | 'data-categories', data: Record<string, unknown>) => {
        const id = `${key}:${JSON.stringify(data)}`;
        if (!created.has(id)) created.set(id, ((await library().create(key, data)) as { documentId: string }).documentId);
        return created.get(id) as string;
      };
      // The registers of one notice share its controller; one already in the library is reused, not copied.
      const controllerFor = async (data: Record<string, string>, prefix: string) => {
        const id = `controllers:${JSON.stringify(data)}`;
        const existing = created.has(id) ? null : await existingController(data);
        if (existing) {
          warnings.push(`${prefix}The controller "${data.name}" already exists and is used as it is; check its details.`);
          created.set(id, existing);
        }
        return once('controllers', data);
      };
      const registers = [];
      for (const [i, p] of plans.entries()) {
        const controller = p.controller && (await controllerFor(p.controller, plans.length > 1 ? `Register ${i + 1}: ` : ''));
        const purposes = [];
        for (const purpose of p.purposes.filter((entry) => entry.create)) purposes.push(await once('purposes', purposeData(purpose)));
        const dataCategories = [];
        for (const category of p.dataCategories.filter((entry) => entry.create)) {
          dataCategories.push(await once('data-categories', dataCategoryData(category)));
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
        registers.push({ documentId: register.documentId, slug: register.slug, title: register.title, completeness: score });
      }
      return { registers, warnings, lines };
    },
  };
};
