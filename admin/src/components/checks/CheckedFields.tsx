/**
 * Validation where the editor is: leaving a field runs the domain's checks of that field and of
 * the rules that read it (domain/field-checks.ts, the same the server runs), and shows a problem
 * under the field in the admin's language. Any error, the form's or the server's, goes as soon
 * as its field changes.
 *
 * These problems are kept here, not in the form's errors: Strapi's Form moves the focus to the
 * first field in error whenever its errors change, which is right after a save and wrong while
 * the editor moves from field to field. The inputs read both through useCheckedField.
 */
import { createContext, useContext, useEffect, useRef, useState, type FocusEvent, type ReactNode } from 'react';
import get from 'lodash/get';
import { useField, useForm } from '@strapi/strapi/admin';
import { problemsOnLeaving, type FieldRule } from '../../../../server/src/domain/field-checks';
import { useProblemText } from '../../hooks/useProblemText';

type Errors = Record<string, unknown>;

/** The paths of every message in an errors object (`{ title: { fi: '…' } }` → `title.fi`). */
function messagePaths(errors: unknown, prefix = ''): string[] {
  if (errors === null || typeof errors !== 'object') return prefix ? [prefix] : [];
  if ('id' in errors && 'defaultMessage' in errors) return [prefix];
  return Object.entries(errors).flatMap(([key, value]) => messagePaths(value, prefix ? `${prefix}.${key}` : key));
}

/** The form field an element edits: its name, or the name of the field around it (`title.fi` for a translated text). */
function fieldNameOf(target: EventTarget): string | null {
  const element = target as HTMLElement;
  const named = element.getAttribute?.('name') || element.closest?.('[name]')?.getAttribute('name');
  return named || null;
}

interface FieldProblems {
  /** Problems found on leaving a field, by field path, in the admin's language. */
  checked: Record<string, string>;
  /** Paths of the form's (a save's) errors whose field has changed since: no longer shown. */
  dismissed: Set<string>;
}

const FieldProblemsContext = createContext<FieldProblems | null>(null);

/** Strapi's useField, with the error the editor should see: a problem found on leaving the field, else the save's error unless the field changed since. */
export function useCheckedField<T = unknown>(name: string) {
  const field = useField<T>(name);
  const problems = useContext(FieldProblemsContext);
  if (!problems) return field;
  const error = problems.checked[name] ?? (problems.dismissed.has(name) ? undefined : field.error);
  return { ...field, error };
}

export const CheckedFields = ({ rules, children }: { rules: FieldRule[]; children: ReactNode }) => {
  const say = useProblemText();
  const values = useForm('CheckedFields', (state) => state.values) as Errors;
  const errors = useForm('CheckedFields', (state) => state.errors) as Errors;
  const [checked, setChecked] = useState<Record<string, string>>({});
  const [dismissed, setDismissed] = useState<Set<string>>(() => new Set());
  const latest = useRef(values);
  latest.current = values;

  // A save's answer brings new errors: each shows until its field changes.
  useEffect(() => setDismissed(new Set()), [errors]);

  const onBlur = (event: FocusEvent<HTMLElement>) => {
    const name = fieldNameOf(event.target);
    if (!name) return;
    const found = problemsOnLeaving(rules, name, latest.current);
    if (found.size === 0) return;
    setChecked((previous) => {
      const next = { ...previous };
      for (const [path, problem] of found) {
        if (problem) next[path] = say(problem);
        else delete next[path];
      }
      return next;
    });
  };

  // An error goes when the value it is about changes.
  const previous = useRef(values);
  useEffect(() => {
    const before = previous.current;
    previous.current = values;
    if (before === values) return;
    const changed = (path: string) => get(before, path) !== get(values, path);
    setChecked((current) => {
      const gone = Object.keys(current).filter(changed);
      if (gone.length === 0) return current;
      const next = { ...current };
      for (const path of gone) delete next[path];
      return next;
    });
    const saved = messagePaths(errors).filter(changed);
    if (saved.length) setDismissed((current) => new Set([...current, ...saved]));
  }, [values, errors]);

  return (
    <FieldProblemsContext.Provider value={{ checked, dismissed }}>
      <div style={{ display: 'contents' }} onBlur={onBlur}>
        {children}
      </div>
    </FieldProblemsContext.Provider>
  );
};
