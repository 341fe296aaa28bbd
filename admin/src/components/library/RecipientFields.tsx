import { Grid } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { isOutsideEea } from '../../../../server/src/domain/countries';
import { CountryField } from '../inputs/CountryField';
import { SelectField } from '../inputs/SelectField';
import { TextField } from '../inputs/TextField';
import { TranslatableInput } from '../translatable/TranslatableInput';
import { useTranslate } from '../../hooks/useTranslate';

/** Vastaanottaja: who receives the data; a joint controller with its contact details; outside the EU/EEA with the transfer's safeguard. */
export const RecipientFields = () => {
  const { t } = useTranslate();
  const { value: country } = useField<string | null>('country');
  const { value: safeguard } = useField<string | null>('transferSafeguard');
  const { value: role } = useField<string | null>('role');
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
      {role === 'joint-controller' ? (
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <TextField name="contact" label={t('field.recipient.contact')} hint={t('field.recipient.contact.hint')} />
        </Grid.Item>
      ) : null}
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
          {safeguard === 'derogation-art49' ? (
            <Grid.Item col={12} direction="column" alignItems="stretch">
              <SelectField name="art49Derogation" family="art49Derogation" label={t('field.recipient.art49Derogation')} required />
            </Grid.Item>
          ) : null}
          <Grid.Item col={12} direction="column" alignItems="stretch">
            <TranslatableInput name="safeguardDetails" label={t('field.recipient.safeguardDetails')} multiline markdown />
          </Grid.Item>
        </>
      ) : null}
    </Grid.Root>
  );
};
