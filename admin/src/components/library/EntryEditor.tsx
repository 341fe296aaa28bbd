/**
 * The body and footer of a modal that creates or edits one library entry: its fields with
 * language tabs, and the server's validation errors on the fields they name.
 */
import { useMemo, type ReactNode } from 'react';
import { Button, Modal } from '@strapi/design-system';
import { Form, useNotification, type FormHelpers } from '@strapi/strapi/admin';
import { useCreateEntryMutation, useGetEntryQuery, useUpdateEntryMutation } from '../../api/queries';
import { formErrorsOf } from '../../api/errors';
import { useErrorText } from '../../hooks/useErrorText';
import type { EntryByKind, LibraryEntry, LibraryKind } from '../../api/types';
import { entryRules } from '../../../../server/src/domain/field-checks';
import { useProblemText } from '../../hooks/useProblemText';
import { CheckedFields } from '../checks/CheckedFields';
import { useSettings } from '../SettingsProvider';
import { useTranslate } from '../../hooks/useTranslate';
import { useLabels } from '../../labels';
import { LanguageProvider } from '../translatable/LanguageContext';
import { LanguageTabs } from '../translatable/LanguageTabs';
import { ENTRY_FORMS } from './forms';
import { UsedByNote } from './UsedByNote';

export interface EntryEditorProps<K extends LibraryKind> {
  kind: K;
  /** The entry to edit; none to create one. */
  entry?: EntryByKind[K] | null;
  onSaved: (entry: EntryByKind[K]) => void;
  /** Replaces the Cancel button (e.g. "Back" to a list). */
  cancel?: ReactNode;
  /** Shown but not editable: the admin may read the library but not compose. */
  readOnly?: boolean;
}

export function EntryEditor<K extends LibraryKind>({ kind, entry, onSaved, cancel, readOnly }: EntryEditorProps<K>) {
  const [createEntry] = useCreateEntryMutation();
  const [updateEntry] = useUpdateEntryMutation();
  const say = useProblemText();
  const { defaultLanguage } = useSettings();
  const rules = useMemo(() => entryRules(kind, defaultLanguage), [kind, defaultLanguage]);
  // Which registers an edit reaches: the list gives it; an entry picked in a register is asked for.
  const known = (entry as LibraryEntry | null | undefined)?.usedBy;
  const { data: loaded } = useGetEntryQuery({ kind, documentId: entry?.documentId ?? '' }, { skip: !entry || known !== undefined });
  const usedBy = known ?? (loaded as LibraryEntry | undefined)?.usedBy;
  const labels = useLabels();
  const { t } = useTranslate();
  const { toggleNotification } = useNotification();
  const errorText = useErrorText();
  const form = ENTRY_FORMS[kind];
  const initialValues = useMemo(() => form.toValues(entry ?? undefined), [form, entry]);

  const submit = async (values: Record<string, unknown>, { setErrors }: FormHelpers<Record<string, unknown>>) => {
    try {
      const body = form.toBody(values);
      const saved = (await (entry ? updateEntry({ kind, documentId: entry.documentId, body }) : createEntry({ kind, body })).unwrap()) as EntryByKind[K];
      toggleNotification({ type: 'success', message: labels.kind(kind, entry ? 'saved' : 'created') });
      onSaved(saved);
    } catch (error) {
      const errors = formErrorsOf(error, say);
      if (errors) setErrors(errors);
      toggleNotification({
        type: 'danger',
        message: errors ? t('form.fixErrors') : errorText(error),
      });
    }
  };

  return (
    <LanguageProvider>
      <Form method={entry ? 'PUT' : 'POST'} initialValues={initialValues} onSubmit={submit} disabled={readOnly}>
        {({ isSubmitting }) => (
          <>
            <Modal.Body>
              {entry && !readOnly && usedBy?.length ? <UsedByNote usedBy={usedBy} /> : null}
              {form.translatable.length > 0 && !form.ownTabs ? <LanguageTabs fields={form.translatable} /> : null}
              <CheckedFields rules={rules}>
                <form.Fields />
              </CheckedFields>
            </Modal.Body>
            <Modal.Footer>
              {cancel ?? (
                <Modal.Close>
                  <Button variant="tertiary">{t('form.cancel')}</Button>
                </Modal.Close>
              )}
              {readOnly ? null : (
                <Button type="submit" loading={isSubmitting}>
                  {entry ? t('form.save') : labels.kind(kind, 'create')}
                </Button>
              )}
            </Modal.Footer>
          </>
        )}
      </Form>
    </LanguageProvider>
  );
}
