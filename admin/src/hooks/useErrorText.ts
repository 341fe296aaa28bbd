import { useCallback } from 'react';
import { problemOf } from '../api/errors';
import { useProblemText } from './useProblemText';
import { useTranslate } from './useTranslate';

/**
 * What a failed request says to the editor, in the admin's language: the refusal's coded problem
 * (a slug that cannot change, an entry still in use …), or a general "try again". The server's
 * English message is for API clients and logs, never shown here.
 */
export function useErrorText(): (error: unknown) => string {
  const say = useProblemText();
  const { t } = useTranslate();
  return useCallback(
    (error: unknown) => {
      const problem = problemOf(error);
      return problem ? say(problem) : t('form.failed');
    },
    [say, t],
  );
}
