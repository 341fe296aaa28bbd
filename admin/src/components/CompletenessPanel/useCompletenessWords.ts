/**
 * Completeness items and problems in the admin's words: the server sends ids, codes and values
 * (never field paths to show); the texts come from locales/completeness in the admin's language and
 * each field is named by its form label (`field.<scope>.<name>` in locales/admin).
 */
import { useCallback } from 'react';
import { itemTexts, messagesFor, problemMessage } from '../../../../server/src/domain/completeness/messages';
import type { CompletenessReport } from '../../api/types';
import { useTranslate } from '../../hooks/useTranslate';

type Item = CompletenessReport['items'][number];
type FieldRef = Item['fields'][number];
type Problem = NonNullable<Item['problems']>[number];

export function useCompletenessWords() {
  const { t, intl } = useTranslate();
  const messages = messagesFor(intl.locale.slice(0, 2), 'en');
  const field = useCallback(
    ({ scope, name, position }: FieldRef) => {
      const label = t(`field.${scope}.${name}`, undefined, name);
      return position === undefined ? label : t('completeness.entryField', { label, position });
    },
    [t],
  );
  const item = useCallback((entry: Pick<Item, 'id' | 'status'>) => itemTexts(messages, entry.id, entry.status), [messages]);
  const problem = useCallback((entry: Problem) => problemMessage(messages, entry.code, entry.params), [messages]);
  return { field, item, problem };
}
