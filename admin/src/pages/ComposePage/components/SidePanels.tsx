/** Beside the form: the preview of the saved notice and the GDPR Art 13/14 completeness check, as tabs. */
import { Box, Tabs } from '@strapi/design-system';
import type { NoticeSectionId } from '../../../../../server/src/domain/sections';
import { CompletenessPanel } from '../../../components/CompletenessPanel';
import { useTranslate } from '../../../hooks/useTranslate';
import { PreviewPanel } from './PreviewPanel';

interface SidePanelsProps {
  documentId: string;
  /** The notice's numbers of its sections, for the completeness check's links. */
  sectionNumbers?: Map<NoticeSectionId, number>;
}

/** Both panels show the saved state: saving and publishing make the client ask for them again. */
export const SidePanels = ({ documentId, sectionNumbers }: SidePanelsProps) => {
  const { t } = useTranslate();
  return (
    <Tabs.Root variant="simple" defaultValue="preview">
      <Tabs.List aria-label={t('compose.side.label')}>
        <Tabs.Trigger value="preview">{t('compose.side.preview')}</Tabs.Trigger>
        <Tabs.Trigger value="completeness">{t('compose.side.completeness')}</Tabs.Trigger>
      </Tabs.List>
      <Box paddingTop={4}>
        <Tabs.Content value="preview">
          <PreviewPanel documentId={documentId} />
        </Tabs.Content>
        <Tabs.Content value="completeness">
          <Box maxHeight="calc(100vh - 12rem)" overflow="auto" hasRadius>
            <CompletenessPanel documentId={documentId} sectionNumbers={sectionNumbers} />
          </Box>
        </Tabs.Content>
      </Box>
    </Tabs.Root>
  );
};
