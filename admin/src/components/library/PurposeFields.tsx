import { Grid } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { SelectField } from '../inputs/SelectField';
import { TextField } from '../inputs/TextField';
import { ToggleField } from '../inputs/ToggleField';
import { TranslatableInput } from '../translatable/TranslatableInput';
import { useTranslate } from '../../hooks/useTranslate';

/** Käsittelyn tarkoitus: why data is processed and on which GDPR Art 6(1) basis. */
export const PurposeFields = () => {
  const { t } = useTranslate();
  const { value: legalBasis } = useField<string | null>('legalBasis');
  return (
    <Grid.Root gap={4}>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <TranslatableInput name="title" label={t('field.purpose.title')} required />
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <TranslatableInput name="description" label={t('field.purpose.description')} multiline markdown />
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <SelectField name="legalBasis" family="legalBasis" label={t('field.purpose.legalBasis')} hint={t('field.purpose.legalBasis.hint')} required />
      </Grid.Item>
      {legalBasis === 'legitimate-interests' ? (
        <>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <SelectField name="legitimateInterestOf" family="legitimateInterestOf" label={t('field.purpose.legitimateInterestOf')} required />
          </Grid.Item>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <TranslatableInput name="legitimateInterest" label={t('field.purpose.legitimateInterest')} hint={t('field.purpose.legitimateInterest.hint')} multiline required />
          </Grid.Item>
        </>
      ) : null}
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <ToggleField name="directMarketing" label={t('field.purpose.directMarketing')} hint={t('field.purpose.directMarketing.hint')} />
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <TextField name="dpvPurpose" type="url" label={t('field.purpose.dpvPurpose')} hint={t('field.dpv.hint')} placeholder="https://w3id.org/dpv#" />
      </Grid.Item>
    </Grid.Root>
  );
};
