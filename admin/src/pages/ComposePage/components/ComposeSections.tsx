/**
 * Every section of the notice, in the order it is rendered (server/src/domain/sections.ts) and
 * numbered as the notice numbers it, each with the register fields it shows
 * (server/src/domain/register-fields.ts).
 */
import { Grid } from '@strapi/design-system';
import { NOTICE_SECTION_IDS, type NoticeSectionId } from '../../../../../server/src/domain/sections';
import { FORM_FIELDS } from '../registerForm';
import { isShortField, RegisterFieldInput } from './RegisterFieldInput';
import { Section } from './Section';
import { TransfersSummary } from './TransfersSummary';

interface ComposeSectionsProps {
  /** The slug is the public address of published versions and cannot change once there are any. */
  slugLocked: boolean;
  /** The notice's numbers of its sections as last saved; undefined while not known. */
  numbers: Map<NoticeSectionId, number> | undefined;
}

export const ComposeSections = ({ slugLocked, numbers }: ComposeSectionsProps) => (
  <>
    {NOTICE_SECTION_IDS.map((id) => (
      <Section key={id} id={id} numbers={numbers}>
        {/* The transfers section also lists the recipients outside the EU/EEA. */}
        {id === 'transfers' ? <TransfersSummary /> : null}
        <Grid.Root gap={4}>
          {FORM_FIELDS.filter((field) => field.section === id).map((field) => (
            <Grid.Item key={field.name} col={isShortField(field) ? 6 : 12} s={12} direction="column" alignItems="stretch" data-field={field.name}>
              <RegisterFieldInput field={field} slugLocked={slugLocked} />
            </Grid.Item>
          ))}
        </Grid.Root>
      </Section>
    ))}
  </>
);
