import { Grid } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { isOutsideEea } from '../../../../server/src/domain/countries';
import { CountryField } from '../inputs/CountryField';
import { SelectField } from '../inputs/SelectField';
import { TranslatableInput } from '../translatable/TranslatableInput';
import { useTranslate } from '../../hooks/useTranslate';

/** Vastaanottaja: who receives the data; outside the EU/EEA with the transfer's safeguard. */
export const RecipientFields = () => {
  const { t } = useTranslate();
  const { value: country } = useField<string | null>('country');
  const { value: safeguard } = useField<string | null>('transferSafeguard');
  const transfer = Boolean(country && isOutsideEea(country));
  return (
    <Grid.Root gap={4}>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <TranslatableInput name="name" label={t('field.recipient.name')} required />
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <TranslatableInput name="description" label={t('field.recipient.description')} multiline markdown />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <SelectField name="role" family="recipientRole" label={t('field.recipient.role')} required />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <CountryField name="country" label={t('field.recipient.country')} hint={transfer ? t('field.recipient.country.outsideEea') : undefined} />
      </Grid.Item>
      {transfer || safeguard ? (
        <>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <SelectField
              name="transferSafeguard"
              family="transferSafeguard"
              label={t('field.recipient.transferSafeguard')}
              hint={t('field.recipient.transferSafeguard.hint')}
              required={transfer}
            />
          </Grid.Item>
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <TranslatableInput name="safeguardDetails" label={t('field.recipient.safeguardDetails')} multiline markdown />
          </Grid.Item>
        </>
      ) : null}
    </Grid.Root>
  );
};
