/** One section of two compared versions: its status and what changed, field by field and entry by entry. */
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { REGISTER_FIELDS } from '../../../../../server/src/domain/register-fields';
import { sectionOfDiffId } from '../../../../../server/src/domain/sections';
import type { FieldDiff, SectionDiff } from '../../../api/types';
import { TintBadge } from '../../../components/Badges';
import { useTranslate } from '../../../hooks/useTranslate';
import { type OptionFamily, useLabels } from '../../../labels';
import { countryName } from '../../../utils/text';
import { SideBySide } from './DiffText';

/** Each status in its colour; removed and changed as tinted badges, whose text keeps 4.5:1 contrast. */
const STATUS_TONE: Record<string, 'success' | 'danger' | 'alternative'> = { added: 'success', removed: 'danger', changed: 'alternative' };

/** The register's own fields that a section compares (its texts and choices), by name. */
const REGISTER_FIELD = new Map(REGISTER_FIELDS.map((field) => [field.name as string, field]));

/** Fields of library entries holding a value from a fixed list, shown by its label. */
const ENTRY_OPTION_FIELDS: Record<string, OptionFamily> = {
  legalBasis: 'legalBasis',
  role: 'recipientRole',
  special: 'special',
  transferSafeguard: 'transferSafeguard',
  legitimateInterestOf: 'legitimateInterestOf',
  art9Ground: 'art9Ground',
  art49Derogation: 'art49Derogation',
  directMarketing: 'common',
};
const COUNTRY_FIELDS = new Set(['country', 'controller.country']);

export const StatusBadge = ({ status }: { status: string }) => {
  const labels = useLabels();
  const tone = STATUS_TONE[status];
  return tone ? <TintBadge tone={tone}>{labels.option('diff.status', status)}</TintBadge> : <Badge>{labels.option('diff.status', status)}</Badge>;
};

/** One changed field; `own` for a field of the register itself, else of the controller, the contact person or an entry. */
const FieldRow = ({ field, own }: { field: FieldDiff; own?: boolean }) => {
  const labels = useLabels();
  const { t, intl } = useTranslate();
  const described = own ? REGISTER_FIELD.get(field.field) : undefined;
  const family = described ? ('choices' in described ? described.choices : undefined) : ENTRY_OPTION_FIELDS[field.field];
  const label = family
    ? (value: string) => labels.option(family, value)
    : COUNTRY_FIELDS.has(field.field)
      ? (value: string) => (value ? countryName(value, intl.locale) : value)
      : undefined;
  const title = described ? t(`field.register.${described.name}`) : labels.option('diff.field', field.field);
  const list = described ? described.kind === 'choices' : field.field === 'examples';
  return <SideBySide title={title} changes={field.changes} list={list} label={label} />;
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
        {section.fields?.map((field) => <FieldRow key={field.field} field={field} own />)}
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
