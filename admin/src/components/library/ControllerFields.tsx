import { Box, Grid, Typography } from '@strapi/design-system';
import { TextField } from '../inputs/TextField';
import { CountryField } from '../inputs/CountryField';
import { LanguageTabs } from '../translatable/LanguageTabs';
import { TranslatableInput } from '../translatable/TranslatableInput';
import { useTranslate } from '../../hooks/useTranslate';

/** Rekisterinpitäjä: who decides on the processing, with the data protection officer if any. */
export const ControllerFields = () => {
  const { t } = useTranslate();
  return (
    <Grid.Root gap={4}>
      <Grid.Item col={8} s={12} direction="column" alignItems="stretch">
        <TextField name="name" label={t('field.controller.name')} required />
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <TextField name="businessId" label={t('field.controller.businessId')} hint={t('field.controller.businessId.hint')} placeholder="1234567-1" />
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <TextField name="streetAddress" label={t('field.controller.streetAddress')} />
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <TextField name="postalCode" label={t('field.controller.postalCode')} />
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <TextField name="city" label={t('field.controller.city')} />
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <CountryField name="country" label={t('field.controller.country')} />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <TextField name="email" type="email" label={t('field.controller.email')} />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <TextField name="phone" type="tel" label={t('field.controller.phone')} placeholder="+358 9 123 4567" />
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <TextField name="website" type="url" label={t('field.controller.website')} placeholder="https://" />
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <LanguageTabs fields={['representative']} />
        <TranslatableInput name="representative" label={t('field.controller.representative')} hint={t('field.controller.representative.hint')} multiline />
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <Box paddingTop={2}>
          <Typography variant="delta" fontWeight="bold" tag="h3">
            {t('field.controller.dpo')}
          </Typography>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {t('field.controller.dpo.hint')}
          </Typography>
        </Box>
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <TextField name="dpo.name" label={t('field.controller.dpo.name')} />
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <TextField name="dpo.email" type="email" label={t('field.controller.dpo.email')} />
      </Grid.Item>
      <Grid.Item col={4} s={12} direction="column" alignItems="stretch">
        <TextField name="dpo.phone" type="tel" label={t('field.controller.dpo.phone')} />
      </Grid.Item>
    </Grid.Root>
  );
};
