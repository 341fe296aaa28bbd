import { useCallback } from 'react';
import { useAPIErrorHandler, useNotification, type FormHelpers } from '@strapi/strapi/admin';
import { usePrivacyNoticesApi } from '../../../api/client';
import { apiErrorOf, formErrorsOf } from '../../../api/errors';
import type { Register } from '../../../api/types';
import { useTranslate } from '../../../hooks/useTranslate';
import { toBody, toValues, type RegisterValues } from '../registerForm';

/**
 * Saves the form to the register. On a 400 each error goes to the field the server named; the
 * result says whether the save went through (publishing saves first).
 */
export function useSaveRegister(documentId: string, onSaved: (register: Register) => void) {
  const api = usePrivacyNoticesApi();
  const { t } = useTranslate();
  const { toggleNotification } = useNotification();
  const { formatAPIError } = useAPIErrorHandler();

  return useCallback(
    async (values: RegisterValues, { setErrors, resetForm }: Pick<FormHelpers<RegisterValues>, 'setErrors' | 'resetForm'>): Promise<boolean> => {
      try {
        const saved = await api.update('registers', documentId, toBody(values));
        resetForm(toValues(saved));
        onSaved(saved);
        toggleNotification({ type: 'success', message: t('compose.saved') });
        return true;
      } catch (error) {
        const errors = formErrorsOf(error);
        if (errors) setErrors(errors);
        toggleNotification({
          type: 'danger',
          message: errors ? t('form.fixErrors') : (apiErrorOf(error)?.message ?? formatAPIError(error as Parameters<typeof formatAPIError>[0])),
        });
        return false;
      }
    },
    [api, documentId, onSaved, t, toggleNotification, formatAPIError],
  );
}
