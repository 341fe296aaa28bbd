/** Before a shared library entry is changed: the registers the change reaches, by name. */
import { Box, Typography } from '@strapi/design-system';
import type { UsedBy } from '../../api/types';
import { useTranslate } from '../../hooks/useTranslate';

export const UsedByNote = ({ usedBy }: { usedBy: UsedBy[] }) => {
  const { t, intl } = useTranslate();
  const names = new Intl.ListFormat(intl.locale, { type: 'conjunction' }).format(usedBy.map((register) => register.title || register.slug));
  return (
    <Box padding={3} marginBottom={4} hasRadius background="primary100" borderColor="primary200" role="note">
      <Typography>{t('library.usedBy.editing', { count: usedBy.length, registers: names })}</Typography>
    </Box>
  );
};
