/**
 * The GDPR Art 13/14 completeness check of a register's saved state: the score as a bar, and every
 * item with its article, what satisfies it and what to fix; the missing items first, each leading
 * to its field. Loaded through the plugin's client, which asks again after each save and publish.
 */
import { Badge, Box, EmptyStateLayout, Flex, Loader, TextButton, Typography } from '@strapi/design-system';
import type { NoticeSectionId } from '../../../../server/src/domain/sections';
import { useGetCheckQuery } from '../../api/queries';
import { SidePanel } from '../SidePanel';
import { DangerBadge, WarningBadge } from '../Badges';
import type { CompletenessReport } from '../../api/types';
import { useTranslate } from '../../hooks/useTranslate';
import { focusField } from './focusField';
import { useCompletenessWords } from './useCompletenessWords';

type Item = CompletenessReport['items'][number];

const BADGE: Record<Exclude<Item['status'], 'missing'>, 'success' | 'neutral'> = {
  present: 'success',
  'not-applicable': 'neutral',
};

interface CompletenessPanelProps {
  documentId: string;
  /** The notice's numbers of its sections (domain/sections.ts), for the links to them. */
  sectionNumbers?: Map<NoticeSectionId, number>;
}

/** Missing items first (what is left to do), then those given, then those that do not apply. */
const ORDER: Record<Item['status'], number> = { missing: 0, present: 1, 'not-applicable': 2 };
const byStatus = (items: Item[]) => [...items].sort((a, b) => ORDER[a.status] - ORDER[b.status]);

/** The score as a bar that shows on the white card: a grey track and a filled part in the primary colour. */
const ScoreBar = ({ present, required, label }: { present: number; required: number; label: string }) => {
  const percent = required ? Math.round((100 * present) / required) : 100;
  return (
    <Box
      role="progressbar"
      aria-label={label}
      aria-valuemin={0}
      aria-valuemax={required}
      aria-valuenow={present}
      aria-valuetext={`${present} / ${required}`}
      background="neutral150"
      borderColor="neutral300"
      borderStyle="solid"
      borderWidth="1px"
      hasRadius
      height="0.75rem"
      overflow="hidden"
    >
      <Box background={percent === 100 ? 'success600' : 'primary600'} height="100%" style={{ width: `${percent}%` }} />
    </Box>
  );
};

/**
 * Leads to where the item is given: for a missing item, focuses the field that would give it; for
 * the others, the section that gives it.
 */
const ItemLink = ({ item, numbers }: { item: Item; numbers?: Map<NoticeSectionId, number> }) => {
  const { t } = useTranslate();
  const words = useCompletenessWords();
  const number = numbers?.get(item.section);
  const section = `${number === undefined ? '' : `${number}. `}${t(`section.${item.section}`)}`;
  const field = item.problems?.[0]?.field ?? item.fields[0];
  const go = () => focusField(item.section, item.status === 'missing' ? field : undefined);
  return (
    <TextButton onClick={go}>
      {item.status === 'missing' && field ? t('completeness.goToField', { field: words.field(field), section }) : section}
    </TextButton>
  );
};

const CompletenessItem = ({ item, numbers }: { item: Item; numbers?: Map<NoticeSectionId, number> }) => {
  const { t } = useTranslate();
  const words = useCompletenessWords();
  const { label, explanation } = words.item(item);
  return (
    <Box tag="li" data-status={item.status} paddingTop={3} paddingBottom={3} borderColor="neutral150" borderStyle="solid" borderWidth="1px 0 0 0">
      <Flex gap={2} alignItems="baseline" wrap="wrap">
        {item.status === 'missing' ? (
          <DangerBadge size="S">{t(`completeness.status.${item.status}`)}</DangerBadge>
        ) : (
          <Badge size="S" variant={BADGE[item.status]}>
            {t(`completeness.status.${item.status}`)}
          </Badge>
        )}
        <Typography fontWeight="bold">{label}</Typography>
        <Typography variant="pi" textColor="neutral600">
          {t('completeness.article', { article: item.article })}
        </Typography>
      </Flex>
      <Box paddingTop={1}>
        <Typography variant="pi" textColor="neutral700">
          {explanation}
        </Typography>
      </Box>
      <ItemLink item={item} numbers={numbers} />
      {item.problems?.length ? (
        <Box tag="ul" paddingTop={1} paddingLeft={4}>
          {item.problems.map((problem) => (
            <li key={`${problem.code}:${JSON.stringify(problem.params)}`}>
              <Typography variant="pi" textColor="danger600">
                {`${words.field(problem.field)}: ${words.problem(problem)}`}
              </Typography>
            </li>
          ))}
        </Box>
      ) : null}
      {item.status === 'present' && item.fields.length ? (
        <Box paddingTop={1}>
          <Typography variant="pi" textColor="neutral500">
            {t('completeness.fields', { fields: item.fields.map(words.field).join(', ') })}
          </Typography>
        </Box>
      ) : null}
    </Box>
  );
};

/** The check of the saved state: asked again after every save and publish (the client invalidates it). */
export const CompletenessPanel = ({ documentId, sectionNumbers }: CompletenessPanelProps) => {
  const { t, intl } = useTranslate();
  const check = useGetCheckQuery({ documentId, locale: intl.locale.slice(0, 2) });
  const notFound = (check.error as { status?: number } | undefined)?.status === 404;
  const report: CompletenessReport | null | undefined = notFound ? null : check.data;
  const failed = Boolean(check.error) && !notFound;
  const missing = report ? report.items.filter((item) => item.status === 'missing').length : 0;

  return (
    <SidePanel
      id="completeness"
      tag="section"
      title={t('completeness.title')}
      status={
        report ? (
          report.complete ? (
            <Badge variant="success">{t('completeness.score', { present: report.score.present, required: report.score.required })}</Badge>
          ) : (
            <WarningBadge>{t('completeness.score', { present: report.score.present, required: report.score.required })}</WarningBadge>
          )
        ) : null
      }
    >
      {failed || report === null ? (
        <EmptyStateLayout content={t(failed ? 'completeness.failed' : 'completeness.unavailable')} shadow="none" />
      ) : report === undefined ? (
        <Loader small>{t('completeness.loading')}</Loader>
      ) : (
        <>
          <ScoreBar present={report.score.present} required={report.score.required} label={t('completeness.title')} />
          <Typography textColor={report.complete ? 'success700' : 'neutral800'}>
            {report.complete ? t('completeness.complete') : t('completeness.incomplete', { count: missing })}
          </Typography>
          <Box tag="ul">
            {byStatus(report.items).map((item) => (
              <CompletenessItem key={item.id} item={item} numbers={sectionNumbers} />
            ))}
          </Box>
        </>
      )}
    </SidePanel>
  );
};

export default CompletenessPanel;
