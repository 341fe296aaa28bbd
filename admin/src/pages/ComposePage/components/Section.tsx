import type { ReactNode } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import { NOTICE_SECTION_IDS, type NoticeSectionId } from '../../../../../server/src/domain/sections';
import { useTranslate } from '../../../hooks/useTranslate';

interface SectionProps {
  id: NoticeSectionId;
  children: ReactNode;
}

/**
 * One section of the notice on the compose page, in a panel like the Content Manager's edit view:
 * numbered as in the notice, the further sections unnumbered after the others.
 */
export const Section = ({ id, children }: SectionProps) => {
  const { t } = useTranslate();
  const title = t(`section.${id}`);
  return (
    <Box
      id={`compose-${id}`}
      tag="section"
      aria-labelledby={`compose-${id}-title`}
      background="neutral0"
      hasRadius
      shadow="tableShadow"
      borderColor="neutral150"
      paddingTop={6}
      paddingBottom={6}
      paddingLeft={7}
      paddingRight={7}
    >
      <Flex direction="column" alignItems="stretch" gap={4}>
        <Flex direction="column" alignItems="flex-start" gap={1}>
          <Typography id={`compose-${id}-title`} variant="delta" fontWeight="bold" tag="h2">
            {id === 'extra' ? title : `${NOTICE_SECTION_IDS.indexOf(id) + 1}. ${title}`}
          </Typography>
          <Typography variant="pi" textColor="neutral600">
            {t(`section.${id}.description`)}
          </Typography>
        </Flex>
        {children}
      </Flex>
    </Box>
  );
};
