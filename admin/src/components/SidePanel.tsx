import type { ReactNode } from 'react';
import { Flex, Typography } from '@strapi/design-system';

interface SidePanelProps {
  /** Names the panel's heading, `<id>-title`. */
  id: string;
  tag: 'section' | 'aside';
  title: string;
  /** Beside the title: a score, a loader. */
  status?: ReactNode;
  children: ReactNode;
}

/** A panel beside the compose form (preview, completeness check): a card with a small heading. */
export const SidePanel = ({ id, tag, title, status, children }: SidePanelProps) => (
  <Flex
    tag={tag}
    aria-labelledby={`${id}-title`}
    direction="column"
    alignItems="stretch"
    gap={3}
    background="neutral0"
    hasRadius
    shadow="tableShadow"
    borderColor="neutral150"
    padding={4}
  >
    <Flex justifyContent="space-between" gap={2}>
      <Typography id={`${id}-title`} variant="sigma" textColor="neutral600" tag="h2">
        {title}
      </Typography>
      {status}
    </Flex>
    {children}
  </Flex>
);
