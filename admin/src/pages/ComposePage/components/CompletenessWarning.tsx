/**
 * The gaps the GDPR Art 13/14 completeness check finds, shown before publishing, with the
 * confirmation that publishing with them takes: readers would see the placeholder in each empty
 * required section. The server refuses such a publish without it. Nothing is shown when the notice
 * is complete or the server has no check.
 */
import { Box, Checkbox, Typography } from '@strapi/design-system';
import { useGetCheckQuery } from '../../../api/queries';
import type { CompletenessReport } from '../../../api/types';
import { useCompletenessWords } from '../../../components/CompletenessPanel/useCompletenessWords';
import { useTranslate } from '../../../hooks/useTranslate';

/** The completeness report of the register's saved state (the one the side panel shows, no second request), or null when it cannot be had. */
export function useCompletenessReport(documentId: string): CompletenessReport | null | undefined {
  const { intl } = useTranslate();
  const { data, error } = useGetCheckQuery({ documentId, locale: intl.locale.slice(0, 2) });
  return error ? null : data;
}

interface CompletenessWarningProps {
  report: CompletenessReport | null | undefined;
  accepted: boolean;
  onAcceptedChange: (accepted: boolean) => void;
  /** Set when a publish was refused for want of the confirmation. */
  error?: string;
}

export const CompletenessWarning = ({ report, accepted, onAcceptedChange, error }: CompletenessWarningProps) => {
  const { t } = useTranslate();
  const words = useCompletenessWords();
  if (!report || report.complete) return null;
  const missing = report.items.filter((item) => item.status === 'missing');
  return (
    // Not dismissible: the confirmation below is part of publishing.
    <Box padding={4} hasRadius background="warning100" borderColor="warning200" role="group" aria-labelledby="publish-gaps-title">
      <Typography id="publish-gaps-title" fontWeight="bold" tag="h3">
        {t('publish.incomplete.title', { count: missing.length })}
      </Typography>
      <Typography tag="div">{t('publish.incomplete.body')}</Typography>
      <Box tag="ul" paddingLeft={5} paddingTop={1} paddingBottom={2} style={{ listStyle: 'disc' }}>
        {missing.map((item) => (
          <li key={item.id}>
            <Typography tag="span">{`${words.item(item).label} (${t('publish.incomplete.article', { article: item.article })})`}</Typography>
            {item.problems?.length ? (
              <Box tag="ul" paddingLeft={4}>
                {item.problems.map((problem) => (
                  <li key={`${problem.code}:${JSON.stringify(problem.params)}`}>
                    <Typography variant="pi" tag="span">{`${words.field(problem.field)}: ${words.problem(problem)}`}</Typography>
                  </li>
                ))}
              </Box>
            ) : null}
          </li>
        ))}
      </Box>
      <Checkbox name="acceptGaps" checked={accepted} onCheckedChange={(checked: boolean | 'indeterminate') => onAcceptedChange(checked === true)}>
        {t('publish.gaps.confirm')}
      </Checkbox>
      {error ? (
        <Typography variant="pi" textColor="danger600" tag="div" role="alert">
          {error}
        </Typography>
      ) : null}
    </Box>
  );
};
