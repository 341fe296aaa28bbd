/** One section of two compared versions: its status and what changed, field by field and entry by entry. */
import { Badge, Box, Flex, Typography, type BadgeProps } from '@strapi/design-system';
import { sectionOfDiffId } from '../../../../../server/src/domain/sections';
import type { FieldDiff, SectionDiff } from '../../../api/types';
import { useTranslate } from '../../../hooks/useTranslate';
import { type OptionFamily, useLabels } from '../../../labels';
import { countryName } from '../../../utils/text';
import { SideBySide } from './DiffText';

const STATUS_VARIANT: Record<string, BadgeProps['variant']> = { added: 'success', removed: 'danger', changed: 'alternative', unchanged: 'neutral' };

/** Fields holding a value from a fixed list, shown by its label. */
const OPTION_FIELDS: Record<string, OptionFamily> = {
  legalBasis: 'legalBasis',
  role: 'recipientRole',
  special: 'special',
  transferSafeguard: 'transferSafeguard',
  sourceKinds: 'sourceKind',
};
const LIST_FIELDS = new Set(['examples', 'sourceKinds']);
const COUNTRY_FIELDS = new Set(['country', 'controller.country']);

export const StatusBadge = ({ status }: { status: string }) => {
  const labels = useLabels();
  return <Badge variant={STATUS_VARIANT[status] ?? 'neutral'}>{labels.option('diff.status', status)}</Badge>;
};

const FieldRow = ({ field }: { field: FieldDiff }) => {
  const labels = useLabels();
  const { intl } = useTranslate();
  const family = OPTION_FIELDS[field.field];
  const label = family
    ? (value: string) => labels.option(family, value)
    : COUNTRY_FIELDS.has(field.field)
      ? (value: string) => (value ? countryName(value, intl.locale) : value)
      : undefined;
  return <SideBySide title={labels.option('diff.field', field.field)} changes={field.changes} list={LIST_FIELDS.has(field.field)} label={label} />;
};

export const SectionDiffCard = ({ section }: { section: SectionDiff }) => {
  const { t } = useTranslate();
  const items = (section.items ?? []).filter((item) => item.status !== 'unchanged');
  return (
    <Box tag="section" background="neutral0" hasRadius shadow="tableShadow" borderColor="neutral150" padding={6} data-testid={`diff-${section.id}`}>
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex justifyContent="space-between" gap={4}>
          <Typography variant="delta" fontWeight="bold" tag="h3">
            {t(`section.${sectionOfDiffId(section.id) ?? section.id}`)}
          </Typography>
          <StatusBadge status={section.status} />
        </Flex>
        {section.reordered ? (
          <Typography variant="pi" textColor="neutral600">
            {t('history.compare.reordered')}
          </Typography>
        ) : null}
        {section.changes ? <SideBySide changes={section.changes} /> : null}
        {section.fields?.map((field) => <FieldRow key={field.field} field={field} />)}
        {items.map((item) => (
          <Box key={item.key} padding={4} hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px">
            <Flex direction="column" alignItems="stretch" gap={3}>
              <Flex justifyContent="space-between" gap={4}>
                <Typography fontWeight="semiBold">{item.label || t('history.compare.untitled')}</Typography>
                <StatusBadge status={item.status} />
              </Flex>
              {item.fields.map((field) => (
                <FieldRow key={field.field} field={field} />
              ))}
            </Flex>
          </Box>
        ))}
      </Flex>
    </Box>
  );
};
