/**
 * The entries of the admin API (`/privacy-notices/{controllers,purposes,data-categories,recipients,registers}`)
 * as it returns them. Type-only: the admin imports these with `import type`, so its bundle takes
 * no server code.
 */
import type { DescribedField } from '../domain/register-fields';
import type {
  Art49Derogation,
  Art9Ground,
  ChoiceListName,
  ChoiceValue,
  InterestHolder,
  LegacyHistory,
  LegalBasis,
  LibraryPart,
  RecipientRole,
  SpecialCategory,
  TransferSafeguard,
  TranslatableList,
  TranslatableText,
} from '../domain/types';

/** Text per language, e.g. `{ fi: 'Asiakasrekisteri', en: 'Customer register' }`: the domain's TranslatableText. */
export type Translatable = TranslatableText;
export type { TranslatableList };

export interface Stored {
  documentId: string;
  createdAt?: string;
  updatedAt?: string;
}

/** A library entry as the list and a single read return it: with the registers using it. */
export interface InUse {
  usedBy?: UsedBy[];
}

export interface PersonContact {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Rekisterinpitäjä. */
export interface Controller extends Stored, InUse {
  name: string;
  /** Y-tunnus, the Finnish business id, e.g. `1234567-1`. */
  businessId: string | null;
  streetAddress: string | null;
  postalCode: string | null;
  city: string | null;
  country: string | null;
  email: string | null;
  phone: string | null;
  website: string | null;
  representative: Translatable | null;
  /** Tietosuojavastaava. */
  dpo: PersonContact | null;
}

export interface Purpose extends Stored, InUse {
  title: Translatable;
  description: Translatable | null;
  legalBasis: LegalBasis;
  legitimateInterest: Translatable | null;
  /** Whose legitimate interest: the controller's (default) or a third party's. */
  legitimateInterestOf: InterestHolder | null;
  /** A direct-marketing purpose, to which the data subject may always object (Art 21(2)). */
  directMarketing: boolean | null;
  dpvPurpose: string | null;
}

export interface DataCategory extends Stored, InUse {
  name: Translatable;
  description: Translatable | null;
  examples: TranslatableList | null;
  special: SpecialCategory | null;
  /** The Art 9(2) condition of a special category. */
  art9Ground: Art9Ground | null;
  /** The law or official authority that allows processing Art 10 data. */
  art10Authority: Translatable | null;
  dpvCategory: string | null;
}

export interface Recipient extends Stored, InUse {
  name: Translatable;
  description: Translatable | null;
  role: RecipientRole;
  country: string | null;
  transferSafeguard: TransferSafeguard | null;
  safeguardDetails: Translatable | null;
  /** The Art 49(1) derogation a `derogation-art49` transfer rests on. */
  art49Derogation: Art49Derogation | null;
  /** A joint controller's contact details (Art 30(1)(a)), one plain text. */
  contact: string | null;
}

export interface ExtraSection {
  title: Translatable | null;
  body: Translatable | null;
}

/** The library entries, by the name of their admin API. */
export interface LibraryEntryByPart {
  controllers: Controller;
  purposes: Purpose;
  'data-categories': DataCategory;
  recipients: Recipient;
}

/** For the registers list and a register: its versions, latest päivitetty, unpublished changes, completeness. */
export interface RegisterStatus {
  versions: number;
  latestVersion: number | null;
  /** Päivitetty date of the latest version, `YYYY-MM-DD`. */
  latestUpdatedOn: string | null;
  /** When the latest version takes or took effect (ISO datetime): later than now for an announced version. */
  latestEffectiveFrom: string | null;
  hasUnpublishedChanges: boolean;
  completeness: { present: number; required: number };
}

/** What the admin API returns of a register field, by its description (domain/register-fields.ts). */
export type RegisterValue<F extends DescribedField> = F extends { kind: 'name' }
  ? Translatable
  : F extends { kind: 'text' }
    ? Translatable | null
    : F extends { kind: 'slug' }
      ? string
      : F extends { kind: 'choice'; choices: infer L extends ChoiceListName }
        ? ChoiceValue<L> | null
        : F extends { kind: 'choices'; choices: infer L extends ChoiceListName }
          ? ChoiceValue<L>[] | null
          : F extends { kind: 'flag' }
            ? boolean | null
            : F extends { kind: 'relation'; target: infer T extends LibraryPart; multiple: true }
              ? LibraryEntryByPart[T][]
              : F extends { kind: 'relation'; target: infer T extends LibraryPart }
                ? LibraryEntryByPart[T] | null
                : F extends { kind: 'contact' }
                  ? (PersonContact & { address?: string | null }) | null
                  : F extends { kind: 'extraSections' }
                    ? ExtraSection[] | null
                    : F extends { kind: 'legacyHistory' }
                      ? LegacyHistory | null
                      : never;

/** A register with its relations as entries; `status` on the list and on a single register. */
export type Register = Stored & { [F in DescribedField as F['name']]: RegisterValue<F> } & { status?: RegisterStatus };

/** Every entry, by the name of its admin API. */
export interface EntryByKind extends LibraryEntryByPart {
  registers: Register;
}

export interface Pagination {
  page: number;
  pageSize: number;
  pageCount: number;
  total: number;
}

export interface ListResponse<T> {
  data: T[];
  meta: { pagination: Pagination };
}

/** A register using a library entry: on the entry (`usedBy`) and in a refused delete (409 `details.usedBy`). */
export interface UsedBy {
  documentId: string;
  slug: string;
  title: string;
}
