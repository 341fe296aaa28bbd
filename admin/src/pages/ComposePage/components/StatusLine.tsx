import { Flex, Typography } from '@strapi/design-system';
import type { RegisterStatus } from '../../../api/types';
import { useTranslate } from '../../../hooks/useTranslate';
import { formatDay } from '../../../utils/dates';
import { WarningBadge } from '../../../components/Badges';

/** "Version 3 · päivitetty 15.9.2024" and whether saved edits are still unpublished. */
export const StatusLine = ({ status }: { status: RegisterStatus | null | undefined }) => {
  const { t, intl } = useTranslate();
  if (!status) return null;
  return (
    <Flex gap={2} tag="span">
      <Typography variant="epsilon" textColor="neutral600">
        {status.latestVersion
          ? t('compose.status.version', { version: status.latestVersion, updatedOn: formatDay(status.latestUpdatedOn!, intl.locale) })
          : t('compose.status.unpublished')}
      </Typography>
      {status.latestVersion && status.hasUnpublishedChanges ? (
        <WarningBadge>{t('compose.status.changes')}</WarningBadge>
      ) : null}
    </Flex>
  );
};
