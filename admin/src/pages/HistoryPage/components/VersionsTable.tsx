/** Every published version, newest first, each selectable for comparison. */
import { Badge, Checkbox, Flex, Table, Tbody, Td, Th, Thead, Tr, Typography, VisuallyHidden } from '@strapi/design-system';
import type { NoticeVersion } from '../../../api/types';
import { useCompletenessWords } from '../../../components/CompletenessPanel/useCompletenessWords';
import { useSettings } from '../../../components/SettingsProvider';
import { useTranslate } from '../../../hooks/useTranslate';
import { formatDay, formatMoment } from '../../../utils/dates';
import { textIn } from '../../../utils/text';
import { WarningBadge } from '../../../components/Badges';

interface VersionsTableProps {
  versions: NoticeVersion[];
  selected: number[];
  onToggle: (version: number) => void;
  language: string;
}

/** The version readers get now: the newest already in effect. */
const currentVersion = (versions: NoticeVersion[], now: number) => versions.find((version) => Date.parse(version.effectiveFrom) <= now)?.version;

export const VersionsTable = ({ versions, selected, onToggle, language }: VersionsTableProps) => {
  const { t, intl } = useTranslate();
  const { defaultLanguage } = useSettings();
  const words = useCompletenessWords();
  const now = Date.now();
  const current = currentVersion(versions, now);
  const nameOf = (user: NoticeVersion['publishedBy']) => {
    if (!user) return '–';
    return [user.firstname, user.lastname].filter(Boolean).join(' ') || user.email || `#${user.id}`;
  };

  return (
    <Table colCount={8} rowCount={versions.length + 1}>
      <Thead>
        <Tr>
          <Th>
            <VisuallyHidden>{t('history.column.select')}</VisuallyHidden>
          </Th>
          <Th>
            <Typography variant="sigma">{t('history.column.version')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('history.column.updatedOn')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('history.column.effectiveFrom')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('history.column.summary')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('history.column.material')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('history.column.publishedBy')}</Typography>
          </Th>
          <Th>
            <Typography variant="sigma">{t('history.column.acceptedGaps')}</Typography>
          </Th>
        </Tr>
      </Thead>
      <Tbody>
        {versions.map((version) => {
          const upcoming = Date.parse(version.effectiveFrom) > now;
          return (
            <Tr key={version.version} data-testid={`version-row-${version.version}`}>
              <Td>
                <Checkbox
                  aria-label={t('history.select', { version: version.version })}
                  checked={selected.includes(version.version)}
                  onCheckedChange={() => onToggle(version.version)}
                />
              </Td>
              <Td>
                {/* The badges move under the number as a whole when the column is narrow, never breaking a word. */}
                <Flex gap={2} wrap="wrap">
                  <Typography fontWeight="bold" textColor="neutral800">
                    {version.version}
                  </Typography>
                  {version.version === current ? (
                    <Badge variant="success" style={{ whiteSpace: 'nowrap' }}>
                      {t('history.current')}
                    </Badge>
                  ) : null}
                  {upcoming ? <WarningBadge style={{ whiteSpace: 'nowrap' }}>{t('history.upcoming')}</WarningBadge> : null}
                </Flex>
              </Td>
              <Td>
                <Typography>{formatDay(version.updatedOn, intl.locale)}</Typography>
              </Td>
              <Td>
                <Typography>{formatMoment(version.effectiveFrom, intl.locale)}</Typography>
              </Td>
              <Td>
                <Typography>{textIn(version.changeSummary, language, defaultLanguage) || '–'}</Typography>
              </Td>
              <Td>
                {version.material ? <Badge variant="primary">{t('history.material')}</Badge> : <Typography textColor="neutral600">{t('common.no')}</Typography>}
              </Td>
              <Td>
                <Typography>{nameOf(version.publishedBy)}</Typography>
              </Td>
              <Td>
                {version.acceptedGaps ? (
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <WarningBadge>
                      {t('history.acceptedGaps', { count: version.acceptedGaps.gaps.length, name: nameOf(version.acceptedGaps.acceptedBy) })}
                    </WarningBadge>
                    <Typography variant="pi" textColor="neutral600">
                      {version.acceptedGaps.gaps.map((gap) => words.item({ id: gap.item, status: 'missing' }).label).join(', ')}
                    </Typography>
                  </Flex>
                ) : (
                  <Typography textColor="neutral600">{t('history.acceptedGaps.none')}</Typography>
                )}
              </Td>
            </Tr>
          );
        })}
      </Tbody>
    </Table>
  );
};
