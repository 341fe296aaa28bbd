/**
 * Badges for what needs attention whose small text keeps the 4.5:1 contrast WCAG 2.1 AA asks:
 * the design system's warning, danger and alternative badges give it 3.6:1, 3.9:1 and 4.4:1.
 */
import { Badge, type BadgeProps } from '@strapi/design-system';

type ToneBadgeProps = Omit<BadgeProps, 'variant' | 'backgroundColor' | 'textColor'>;

/** Unpublished changes, missing translations, an announced version: dark text on the warning yellow. */
export const WarningBadge = ({ children, ...props }: ToneBadgeProps) => (
  <Badge {...props} backgroundColor="warning200" textColor="neutral800">
    {children}
  </Badge>
);

/** A badge in a design-system colour, its darkest text on its lightest tint (4.5:1 or more but for warning, see above). */
export const TintBadge = ({ tone, children, ...props }: ToneBadgeProps & { tone: 'danger' | 'alternative' | 'success' | 'primary' }) => (
  <Badge {...props} backgroundColor={`${tone}100`} textColor={`${tone}700`}>
    {children}
  </Badge>
);

/** Something missing or wrong: the danger red on its lightest tint. */
export const DangerBadge = (props: ToneBadgeProps) => <TintBadge tone="danger" {...props} />;
