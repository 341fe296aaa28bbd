/**
 * The entries of the admin API (`/privacy-notices/{controllers,purposes,data-categories,recipients,registers}`)
 * as it returns them. Type-only: the admin imports these with `import type`, so its bundle takes
 * no server code.
 */
import type { DescribedField } from '../domain/register-fields';
import type {
  ChoiceListName,
  ChoiceValue,
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

export interface PersonContact {
  name?: string | null;
  email?: string | null;
  phone?: string | null;
}

/** Rekisterinpitäjä. */
export interface Controller extends Stored {
  name: string;
  /** Y-tunnus, the Finnish business id `1234567-8`. */
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

export interface Purpose extends Stored {
  title: Translatable;
  description: Translatable | null;
  legalBasis: LegalBasis;
  legitimateInterest: Translatable | null;
  dpvPurpose: string | null;
}

export interface DataCategory extends Stored {
  name: Translatable;
  description: Translatable | null;
  examples: TranslatableList | null;
  special: SpecialCategory | null;
  dpvCategory: string | null;
}

export interface Recipient extends Stored {
  name: Translatable;
  description: Translatable | null;
  role: RecipientRole;
  country: string | null;
  transferSafeguard: TransferSafeguard | null;
  safeguardDetails: Translatable | null;
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

/** Where a library entry is still used, from a refused delete (409 `details.usedBy`). */
export interface UsedBy {
  documentId: string;
  slug: string;
  title: string;
}
