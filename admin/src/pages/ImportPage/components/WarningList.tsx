/**
 * The import's warnings in the editor's language: each code is `import.warning.<code>`, a field
 * named by its label, a legal basis by its name, and the register it is about by its number.
 */
import { Alert, Box, Typography } from '@strapi/design-system';
import { useTranslate } from '../../../hooks/useTranslate';
import { useLabels } from '../../../labels';
import type { ImportWarning } from '../types';

export function useWarningText() {
  const { t } = useTranslate();
  const labels = useLabels();
  return (warning: ImportWarning): string => {
    const params: Record<string, string | number> = { ...warning.params };
    const { field, detail } = warning.params;
    if (typeof detail === 'string') {
      const label = field === 'contactPerson' ? t(`field.register.contactPerson.${detail}`, undefined, detail) : t(`field.controller.${detail}`, undefined, detail);
      params.detail = label.toLowerCase();
    }
    if (typeof field === 'string') params.field = t(`import.field.${field}`, undefined, field);
    if (typeof params.legalBasis === 'string') params.legalBasis = labels.option('legalBasis', params.legalBasis);
    const message = t(`import.warning.${warning.code}`, params, warning.code);
    return warning.register ? t('import.warning.inRegister', { number: warning.register, message }) : message;
  };
}

export const WarningList = ({ warnings }: { warnings: ImportWarning[] }) => {
  const { t } = useTranslate();
  const text = useWarningText();
  if (!warnings.length) return null;
  return (
    <Alert variant="warning" closeLabel={t('import.close')} title={t('import.warnings.title', { count: warnings.length })}>
      <Box tag="ul" paddingLeft={4} paddingTop={1}>
        {warnings.map((warning, i) => (
          <li key={i}>
            <Typography variant="pi">{text(warning)}</Typography>
          </li>
        ))}
      </Box>
    </Alert>
  );
};
