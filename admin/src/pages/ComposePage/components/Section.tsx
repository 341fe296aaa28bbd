import type { ReactNode } from 'react';
import { Box, Flex, Typography } from '@strapi/design-system';

interface SectionProps {
  id: string;
  number?: number;
  title: string;
  description?: string;
  children: ReactNode;
}

/** One section of the notice on the compose page, in a panel like the Content Manager's edit view. */
export const Section = ({ id, number, title, description, children }: SectionProps) => (
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
          {number ? `${number}. ${title}` : title}
        </Typography>
        {description ? (
          <Typography variant="pi" textColor="neutral600">
            {description}
          </Typography>
        ) : null}
      </Flex>
      {children}
    </Flex>
  </Box>
);
