/**
 * The notice as it would be published from the register's last saved state, rendered by the
 * server in the language of the form's tabs. It sits in a sandboxed frame: nothing in it can run.
 */
import { Box, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { useGetPreviewQuery } from '../../../api/queries';
import { SidePanel } from '../../../components/SidePanel';
import { useLanguage } from '../../../components/translatable/LanguageContext';
import { useTranslate } from '../../../hooks/useTranslate';
import { languageLabel } from '../../../utils/text';
import { WarningBadge } from '../../../components/Badges';

interface PreviewPanelProps {
  documentId: string;
}

/** The published stylesheet uses rem: a smaller root size fits the notice into the side column. */
const COLUMN_STYLE = '<style>html{font-size:14px}body{padding:1.25rem}</style>';

/** A whole HTML document for the frame, whether the server sent a document, a fragment or `{ data: { html } }`. */
function previewDocument(body: string, language: string): string {
  const trimmed = body.trim();
  if (/^<!doctype|^<html/i.test(trimmed)) return trimmed.replace(/<\/head>/i, `${COLUMN_STYLE}</head>`);
  let html = trimmed;
  if (trimmed.startsWith('{')) {
    try {
      html = (JSON.parse(trimmed) as { data?: { html?: string } }).data?.html ?? '';
    } catch {
      html = '';
    }
  }
  return `<!doctype html><html lang="${language}"><head><meta charset="utf-8"><style>body{margin:0;padding:1.5rem;font:15px/1.6 system-ui,sans-serif;color:#32324d}</style></head><body>${html}</body></html>`;
}

/** Asked again after every save and publish (the client invalidates it), so it follows the saved state. */
export const PreviewPanel = ({ documentId }: PreviewPanelProps) => {
  const { t, intl } = useTranslate();
  const { language } = useLanguage();
  const modified = useForm('PreviewPanel', (state) => state.modified);
  const { data: answer, error, isFetching: isLoading } = useGetPreviewQuery({ documentId, locale: language });
  // A server without the preview route answers 404: said as unavailable, not as a failure.
  const data = (error as { status?: number } | undefined)?.status === 404 ? null : answer;

  return (
    <SidePanel
      id="preview"
      tag="aside"
      title={t('preview.title', { language: languageLabel(language, intl.locale) })}
      status={isLoading ? <Loader small>{t('form.loading')}</Loader> : null}
    >
      <Flex gap={2} wrap="wrap">
        <Typography variant="pi" textColor="neutral600">
          {t('preview.savedState')}
        </Typography>
        {modified ? (
          <WarningBadge size="S">
            {t('preview.unsaved')}
          </WarningBadge>
        ) : null}
      </Flex>
      {data === null || (error && data !== null) ? (
        <EmptyStateLayout content={data === null ? t('preview.unavailable') : t('preview.failed')} shadow="none" />
      ) : data === undefined ? null : (
        <Box hasRadius borderColor="neutral200" borderStyle="solid" borderWidth="1px" overflow="hidden">
          <iframe
            title={t('preview.frame')}
            sandbox=""
            srcDoc={previewDocument(data, language)}
            style={{ display: 'block', width: '100%', height: 'calc(100vh - 24rem)', minHeight: '30rem', border: 0, background: '#fff' }}
          />
        </Box>
      )}
    </SidePanel>
  );
};
