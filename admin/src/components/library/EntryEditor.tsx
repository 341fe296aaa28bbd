/**
 * The body and footer of a modal that creates or edits one library entry: its fields with
 * language tabs, and the server's validation errors on the fields they name.
 */
import { useMemo, type ReactNode } from 'react';
import { Button, Modal } from '@strapi/design-system';
import { Form, useAPIErrorHandler, useNotification, type FormHelpers } from '@strapi/strapi/admin';
import { usePrivacyNoticesApi } from '../../api/client';
import { formErrorsOf, apiErrorOf } from '../../api/errors';
import type { EntryByKind, LibraryKind } from '../../api/types';
import { useTranslate } from '../../hooks/useTranslate';
import { useLabels } from '../../labels';
import { LanguageProvider } from '../translatable/LanguageContext';
import { LanguageTabs } from '../translatable/LanguageTabs';
import { ENTRY_FORMS } from './forms';

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
  const api = usePrivacyNoticesApi();
  const labels = useLabels();
  const { t } = useTranslate();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();
  const form = ENTRY_FORMS[kind];
  const initialValues = useMemo(() => form.toValues(entry ?? undefined), [form, entry]);

  const submit = async (values: Record<string, unknown>, { setErrors }: FormHelpers<Record<string, unknown>>) => {
    try {
      const body = form.toBody(values);
      const saved = entry ? await api.update(kind, entry.documentId, body) : await api.create(kind, body);
      toggleNotification({ type: 'success', message: labels.kind(kind, entry ? 'saved' : 'created') });
      onSaved(saved);
    } catch (error) {
      const errors = formErrorsOf(error);
      if (errors) setErrors(errors);
      toggleNotification({
        type: 'danger',
        message: errors ? t('form.fixErrors') : (apiErrorOf(error)?.message ?? formatAPIError(error as Parameters<typeof formatAPIError>[0])),
      });
    }
  };

  return (
    <LanguageProvider>
      <Form method={entry ? 'PUT' : 'POST'} initialValues={initialValues} onSubmit={submit} disabled={readOnly}>
        {({ isSubmitting }) => (
          <>
            <Modal.Body>
              {form.translatable.length > 0 && !form.ownTabs ? <LanguageTabs fields={form.translatable} /> : null}
              <form.Fields />
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
