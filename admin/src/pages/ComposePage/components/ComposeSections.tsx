/** Every section of the notice, in the order it is rendered. */
import { Grid } from '@strapi/design-system';
import { CheckboxesField } from '../../../components/inputs/CheckboxesField';
import { SelectField } from '../../../components/inputs/SelectField';
import { TextField } from '../../../components/inputs/TextField';
import { ToggleField } from '../../../components/inputs/ToggleField';
import { TranslatableInput } from '../../../components/translatable/TranslatableInput';
import { useTranslate } from '../../../hooks/useTranslate';
import { ControllerPicker } from './ControllerPicker';
import { ExtraSections } from './ExtraSections';
import { RelationList } from './RelationList';
import { Section } from './Section';
import { TransfersSummary } from './TransfersSummary';

interface ComposeSectionsProps {
  /** The slug is the public address of published versions and cannot change once there are any. */
  slugLocked: boolean;
}

export const ComposeSections = ({ slugLocked }: ComposeSectionsProps) => {
  const { t } = useTranslate();
  return (
    <>
      <Section id="controller">
        <ControllerPicker />
      </Section>

      <Section id="contact">
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField name="contactPerson.name" label={t('compose.contact.name')} />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField name="contactPerson.email" type="email" label={t('compose.contact.email')} />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField name="contactPerson.phone" type="tel" label={t('compose.contact.phone')} />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField name="contactPerson.address" label={t('compose.contact.address')} />
          </Grid.Item>
        </Grid.Root>
      </Section>

      <Section id="register">
        <TranslatableInput name="title" label={t('compose.register.name')} required />
        <Grid.Root gap={4}>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <TextField
              name="slug"
              label={t('compose.register.slug')}
              hint={slugLocked ? t('compose.register.slug.locked') : t('compose.register.slug.hint')}
              disabled={slugLocked}
              required
            />
          </Grid.Item>
          <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
            <SelectField name="noticeKind" family="noticeKind" label={t('compose.register.noticeKind')} hint={t('compose.register.noticeKind.hint')} required />
          </Grid.Item>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <ToggleField name="archived" label={t('compose.register.archived')} hint={t('compose.register.archived.hint')} />
          </Grid.Item>
        </Grid.Root>
      </Section>

      <Section id="purposes">
        <RelationList name="purposes" kind="purposes" label={t('compose.purposes.list')} />
      </Section>

      <Section id="dataContent">
        <RelationList name="dataCategories" kind="data-categories" label={t('compose.dataContent.list')} />
        <TranslatableInput name="dataSubjects" label={t('compose.dataContent.dataSubjects')} hint={t('compose.dataContent.dataSubjects.hint')} multiline markdown />
      </Section>

      <Section id="sources">
        <CheckboxesField name="sourceKinds" family="sourceKind" label={t('compose.sources.kinds')} />
        <TranslatableInput name="sources" label={t('compose.sources.text')} multiline markdown />
      </Section>

      <Section id="recipients">
        <RelationList name="recipients" kind="recipients" label={t('compose.recipients.list')} />
        <TranslatableInput name="regularDisclosures" label={t('compose.recipients.regularDisclosures')} multiline markdown />
      </Section>

      <Section id="transfers">
        <TransfersSummary />
        <TranslatableInput name="transfersText" label={t('compose.transfers.text')} multiline markdown />
      </Section>

      <Section id="retention">
        <TranslatableInput name="retention" label={t('compose.retention.text')} multiline markdown />
      </Section>

      <Section id="security">
        <TranslatableInput name="security" label={t('compose.security.text')} multiline markdown />
      </Section>

      <Section id="automatedDecisions">
        <TranslatableInput name="automatedDecisions" label={t('compose.automatedDecisions.text')} multiline markdown />
      </Section>

      <Section id="statutoryRequirement">
        <TranslatableInput name="statutoryRequirement" label={t('compose.statutoryRequirement.text')} multiline markdown />
      </Section>

      <Section id="rights">
        <TranslatableInput name="rights" label={t('compose.rights.text')} multiline markdown />
      </Section>

      <Section id="cookies">
        <TranslatableInput name="cookies" label={t('compose.cookies.text')} multiline markdown />
      </Section>

      <Section id="extra">
        <ExtraSections />
      </Section>
    </>
  );
};
