/**
 * One compared value side by side: the older version with its removed words struck through, the
 * newer with its added words highlighted.
 */
import type { ReactNode } from 'react';
import { Box, Grid, Typography } from '@strapi/design-system';
import { styled } from 'styled-components';
import type { TextChange } from '../../../api/types';
import { useTranslate } from '../../../hooks/useTranslate';

const Removed = styled.del`
  background: ${({ theme }) => theme.colors.danger100};
  color: ${({ theme }) => theme.colors.danger700};
  text-decoration: line-through;
  border-radius: 2px;
`;

const Added = styled.ins`
  background: ${({ theme }) => theme.colors.success100};
  color: ${({ theme }) => theme.colors.success700};
  text-decoration: none;
  border-radius: 2px;
`;

const Text = styled(Typography)`
  white-space: pre-wrap;
  overflow-wrap: anywhere;
`;

type Side = 'from' | 'to';

interface DiffSideProps {
  changes: TextChange[];
  side: Side;
  /** A list field: each change is one entry of the list. */
  list?: boolean;
  /** A value from a fixed list: shown by its label, changed as a whole. */
  label?: (value: string) => string;
}

const onSide = (changes: TextChange[], side: Side) => changes.filter((change) => change.type === 'equal' || change.type === (side === 'from' ? 'removed' : 'added'));

const Mark = ({ change, children }: { change: TextChange; children: ReactNode }) =>
  change.type === 'removed' ? <Removed>{children}</Removed> : change.type === 'added' ? <Added>{children}</Added> : <>{children}</>;

const DiffSide = ({ changes, side, list, label }: DiffSideProps) => {
  const shown = onSide(changes, side);
  if (shown.length === 0 || shown.every((change) => change.text.trim() === '')) {
    return <Text textColor="neutral500">—</Text>;
  }
  if (label && !list) {
    // Word-level marks inside a code such as "legitimate-interests" mean nothing: the whole value changed.
    const value = shown.map((change) => change.text).join('');
    const changed = shown.some((change) => change.type !== 'equal');
    const whole = { type: changed ? (side === 'from' ? 'removed' : 'added') : 'equal', text: value } as TextChange;
    return (
      <Text>
        <Mark change={whole}>{label(value)}</Mark>
      </Text>
    );
  }
  return (
    <Text>
      {shown.map((change, index) => (
        <span key={index}>
          {list && index > 0 ? ', ' : null}
          <Mark change={change}>{label ? label(change.text) : change.text}</Mark>
        </span>
      ))}
    </Text>
  );
};

interface SideBySideProps extends Omit<DiffSideProps, 'side'> {
  title?: string;
}

/** A labelled row: the older version on the left, the newer on the right. */
export const SideBySide = ({ title, ...props }: SideBySideProps) => {
  const { t } = useTranslate();
  return (
    <Box>
      {title ? (
        <Typography variant="sigma" textColor="neutral600" tag="h4">
          {title}
        </Typography>
      ) : null}
      <Grid.Root gap={4} paddingTop={title ? 1 : 0}>
        <Grid.Item col={6} direction="column" alignItems="stretch" aria-label={t('history.compare.older')}>
          <DiffSide {...props} side="from" />
        </Grid.Item>
        <Grid.Item col={6} direction="column" alignItems="stretch" aria-label={t('history.compare.newer')}>
          <DiffSide {...props} side="to" />
        </Grid.Item>
      </Grid.Root>
    </Box>
  );
};
