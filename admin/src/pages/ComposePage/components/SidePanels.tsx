/** Beside the form: the preview of the saved notice and the GDPR Art 13/14 completeness check, as tabs. */
import { Box, Tabs } from '@strapi/design-system';
import { CompletenessPanel } from '../../../components/CompletenessPanel';
import { useTranslate } from '../../../hooks/useTranslate';
import { PreviewPanel } from './PreviewPanel';

interface SidePanelsProps {
  documentId: string;
  /** Changes after every save and publish. */
  refreshKey: number;
}

export const SidePanels = ({ documentId, refreshKey }: SidePanelsProps) => {
  const { t } = useTranslate();
  return (
    <Tabs.Root variant="simple" defaultValue="preview">
      <Tabs.List aria-label={t('compose.side.label')}>
        <Tabs.Trigger value="preview">{t('compose.side.preview')}</Tabs.Trigger>
        <Tabs.Trigger value="completeness">{t('compose.side.completeness')}</Tabs.Trigger>
      </Tabs.List>
      <Box paddingTop={4}>
        <Tabs.Content value="preview">
          <PreviewPanel documentId={documentId} refreshKey={refreshKey} />
        </Tabs.Content>
        <Tabs.Content value="completeness">
          <Box maxHeight="calc(100vh - 12rem)" overflow="auto" hasRadius>
            <CompletenessPanel documentId={documentId} refreshKey={refreshKey} />
          </Box>
        </Tabs.Content>
      </Box>
    </Tabs.Root>
  );
};
