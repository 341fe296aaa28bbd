import type { ReactNode } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';
import type { NoticeSectionId } from '../../../../../server/src/domain/sections';
import { useTranslate } from '../../../hooks/useTranslate';

interface SectionProps {
  id: NoticeSectionId;
  /** The notice's numbers of its sections (domain/sections.ts); undefined while not known. */
  numbers: Map<NoticeSectionId, number> | undefined;
  children: ReactNode;
}

/**
 * One section of the notice on the compose page, in a panel like the Content Manager's edit view:
 * numbered as in the notice, the further sections unnumbered after the others. A section the
 * notice leaves out while it has nothing to say has no number, and says so.
 */
export const Section = ({ id, numbers, children }: SectionProps) => {
  const { t } = useTranslate();
  const title = t(`section.${id}`);
  const number = numbers?.get(id);
  const leftOut = numbers !== undefined && number === undefined && id !== 'extra';
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
            {number === undefined ? title : `${number}. ${title}`}
          </Typography>
          {leftOut ? (
            <Typography variant="pi" fontWeight="semiBold" textColor="neutral700">
              {t('section.leftOut')}
            </Typography>
          ) : null}
          <Typography variant="pi" textColor="neutral600">
            {t(`section.${id}.description`)}
          </Typography>
        </Flex>
        {children}
      </Flex>
    </Box>
  );
};
