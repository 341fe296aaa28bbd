/**
 * The notice as it would be published from the register's last saved state, rendered by the
 * server in the language of the form's tabs. It sits in a sandboxed frame: nothing in it can run.
 */
import { Badge, Box, EmptyStateLayout, Flex, Loader, Typography } from '@strapi/design-system';
import { useForm } from '@strapi/strapi/admin';
import { usePrivacyNoticesApi } from '../../../api/client';
import { useLoader } from '../../../api/useLoader';
import { SidePanel } from '../../../components/SidePanel';
import { useLanguage } from '../../../components/translatable/LanguageContext';
import { useTranslate } from '../../../hooks/useTranslate';
import { languageName } from '../../../utils/text';

interface PreviewPanelProps {
  documentId: string;
  /** Changes after every save, so the preview follows the saved state. */
  refreshKey: number;
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

export const PreviewPanel = ({ documentId, refreshKey }: PreviewPanelProps) => {
  const api = usePrivacyNoticesApi();
  const { t, intl } = useTranslate();
  const { language } = useLanguage();
  const modified = useForm('PreviewPanel', (state) => state.modified);
  const { data, error, isLoading } = useLoader(() => api.preview(documentId, language), `${documentId}:${language}:${refreshKey}`);

  return (
    <SidePanel
      id="preview"
      tag="aside"
      title={t('preview.title', { language: languageName(language, intl.locale) })}
      status={isLoading ? <Loader small>{t('form.loading')}</Loader> : null}
    >
      <Flex gap={2} wrap="wrap">
        <Typography variant="pi" textColor="neutral600">
          {t('preview.savedState')}
        </Typography>
        {modified ? (
          <Badge size="S" variant="warning">
            {t('preview.unsaved')}
          </Badge>
        ) : null}
      </Flex>
      {data === null || error ? (
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
