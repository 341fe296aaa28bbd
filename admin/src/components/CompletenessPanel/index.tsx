/**
 * The GDPR Art 13/14 completeness check of a register's saved state: the score and every item
 * (present, missing or not applicable) with its article, what satisfies it and what to fix.
 * Loads again whenever `refreshKey` changes, e.g. after each save.
 */
import { useEffect, useState } from 'react';
import { Badge, Box, EmptyStateLayout, Flex, Loader, ProgressBar, TextButton, Typography } from '@strapi/design-system';
import { NOTICE_SECTION_IDS } from '../../../../server/src/domain/sections';
import { usePrivacyNoticesApi } from '../../api/client';
import { SidePanel } from '../SidePanel';
import type { CompletenessReport } from '../../api/types';
import { useTranslate } from '../../hooks/useTranslate';

type Item = CompletenessReport['items'][number];

const BADGE: Record<Item['status'], 'success' | 'danger' | 'neutral'> = {
  present: 'success',
  missing: 'danger',
  'not-applicable': 'neutral',
};

interface CompletenessPanelProps {
  documentId: string;
  /** Any value that changes when the register has been saved. */
  refreshKey?: unknown;
}

type State = { report: CompletenessReport | null | undefined; failed: boolean };

/** Scrolls the compose page to the section that gives an item. */
const SectionLink = ({ section }: { section: Item['section'] }) => {
  const { t } = useTranslate();
  const number = section === 'extra' ? '' : `${NOTICE_SECTION_IDS.indexOf(section) + 1}. `;
  const show = () => document.getElementById(`compose-${section}`)?.scrollIntoView({ behavior: 'smooth', block: 'start' });
  return <TextButton onClick={show}>{`${number}${t(`section.${section}`)}`}</TextButton>;
};

const CompletenessItem = ({ item }: { item: Item }) => {
  const { t } = useTranslate();
  return (
    <Box tag="li" paddingTop={3} paddingBottom={3} borderColor="neutral150" borderStyle="solid" borderWidth="1px 0 0 0">
      <Flex gap={2} alignItems="baseline" wrap="wrap">
        <Badge size="S" variant={BADGE[item.status]}>
          {t(`completeness.status.${item.status}`)}
        </Badge>
        <Typography fontWeight="bold">{item.label}</Typography>
        <Typography variant="pi" textColor="neutral600">
          {t('completeness.article', { article: item.article })}
        </Typography>
      </Flex>
      <Box paddingTop={1}>
        <Typography variant="pi" textColor="neutral700">
          {item.explanation}
        </Typography>
      </Box>
      <SectionLink section={item.section} />
      {item.problems?.length ? (
        <Box tag="ul" paddingTop={1} paddingLeft={4}>
          {item.problems.map((problem) => (
            <li key={`${problem.field}:${problem.message}`}>
              <Typography variant="pi" textColor="danger600">
                {problem.message}
              </Typography>
            </li>
          ))}
        </Box>
      ) : null}
      {item.status === 'present' && item.fields.length ? (
        <Box paddingTop={1}>
          <Typography variant="pi" textColor="neutral500">
            {t('completeness.fields', { fields: item.fields.join(', ') })}
          </Typography>
        </Box>
      ) : null}
    </Box>
  );
};

export const CompletenessPanel = ({ documentId, refreshKey }: CompletenessPanelProps) => {
  const api = usePrivacyNoticesApi();
  const { t, intl } = useTranslate();
  const locale = intl.locale.slice(0, 2);
  const [state, setState] = useState<State>({ report: undefined, failed: false });

  useEffect(() => {
    let current = true;
    setState((previous) => ({ ...previous, failed: false }));
    api
      .check(documentId, locale)
      .then((report) => current && setState({ report, failed: false }))
      .catch(() => current && setState({ report: undefined, failed: true }));
    return () => {
      current = false;
    };
  }, [api, documentId, locale, refreshKey]);

  const { report, failed } = state;
  const missing = report ? report.items.filter((item) => item.status === 'missing').length : 0;

  return (
    <SidePanel
      id="completeness"
      tag="section"
      title={t('completeness.title')}
      status={
        report ? (
          <Badge variant={report.complete ? 'success' : 'warning'}>
            {t('completeness.score', { present: report.score.present, required: report.score.required })}
          </Badge>
        ) : null
      }
    >
      {failed || report === null ? (
        <EmptyStateLayout content={t(failed ? 'completeness.failed' : 'completeness.unavailable')} shadow="none" />
      ) : report === undefined ? (
        <Loader small>{t('completeness.loading')}</Loader>
      ) : (
        <>
          <ProgressBar value={report.score.required ? (100 * report.score.present) / report.score.required : 100} size="S" />
          <Typography textColor={report.complete ? 'success600' : 'neutral800'}>
            {report.complete ? t('completeness.complete') : t('completeness.incomplete', { count: missing })}
          </Typography>
          <Box tag="ul">
            {report.items.map((item) => (
              <CompletenessItem key={item.id} item={item} />
            ))}
          </Box>
        </>
      )}
    </SidePanel>
  );
};

export default CompletenessPanel;
