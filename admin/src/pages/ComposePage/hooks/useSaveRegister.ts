import { useCallback } from 'react';
import { useNotification, type FormHelpers } from '@strapi/strapi/admin';
import { useUpdateEntryMutation } from '../../../api/queries';
import { formErrorsOf } from '../../../api/errors';
import { useErrorText } from '../../../hooks/useErrorText';
import type { Register } from '../../../api/types';
import { useProblemText } from '../../../hooks/useProblemText';
import { useTranslate } from '../../../hooks/useTranslate';
import { toBody, toValues, type RegisterValues } from '../registerForm';

/**
 * Saves the form to the register. On a 400 each error goes to the field the server named; the
 * result says whether the save went through (publishing saves first).
 */
export function useSaveRegister(documentId: string, onSaved: (register: Register) => void) {
  const [update] = useUpdateEntryMutation();
  const say = useProblemText();
  const { t } = useTranslate();
  const { toggleNotification } = useNotification();
  const errorText = useErrorText();

  return useCallback(
    async (values: RegisterValues, { setErrors, resetForm }: Pick<FormHelpers<RegisterValues>, 'setErrors' | 'resetForm'>): Promise<boolean> => {
      try {
        const saved = (await update({ kind: 'registers', documentId, body: toBody(values) }).unwrap()) as Register;
        resetForm(toValues(saved));
        onSaved(saved);
        toggleNotification({ type: 'success', message: t('compose.saved') });
        return true;
      } catch (error) {
        const errors = formErrorsOf(error, say);
        if (errors) setErrors(errors);
        toggleNotification({
          type: 'danger',
          message: errors ? t('form.fixErrors') : errorText(error),
        });
        return false;
      }
    },
    [update, say, documentId, onSaved, t, toggleNotification, errorText],
  );
}
