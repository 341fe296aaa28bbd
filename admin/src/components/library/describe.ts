/** How a library entry is named and summed up in lists, pickers and dialogs. */
import type { EntryByKind, LibraryEntry, LibraryKind } from '../../api/types';
import { countryName, textIn } from '../../utils/text';
import type { useLabels } from '../../labels';

type Labels = ReturnType<typeof useLabels>;

export function entryName(kind: LibraryKind, entry: LibraryEntry, language: string, defaultLanguage: string): string {
  if (kind === 'controllers') return (entry as EntryByKind['controllers']).name;
  if (kind === 'purposes') return textIn((entry as EntryByKind['purposes']).title, language, defaultLanguage);
  return textIn((entry as EntryByKind['data-categories' | 'recipients']).name, language, defaultLanguage);
}

/** One line of what matters most about the entry: Y-tunnus and city, legal basis, examples, role and country. */
export function entryDetail(kind: LibraryKind, entry: LibraryEntry, labels: Labels, language: string, uiLocale: string): string {
  switch (kind) {
    case 'controllers': {
      const controller = entry as EntryByKind['controllers'];
      return [controller.businessId, controller.city].filter(Boolean).join(' · ');
    }
    case 'purposes':
      return labels.option('legalBasis', (entry as EntryByKind['purposes']).legalBasis);
    case 'data-categories': {
      const category = entry as EntryByKind['data-categories'];
      const examples = category.examples?.[language] ?? Object.values(category.examples ?? {})[0] ?? [];
      const special = category.special && category.special !== 'none' ? labels.option('special', category.special) : null;
      return [special, examples.join(', ')].filter(Boolean).join(' · ');
    }
    case 'recipients': {
      const recipient = entry as EntryByKind['recipients'];
      return [labels.option('recipientRole', recipient.role), recipient.country ? countryName(recipient.country, uiLocale) : null]
        .filter(Boolean)
        .join(' · ');
    }
  }
}
