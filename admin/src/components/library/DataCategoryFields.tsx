import { Grid } from '@strapi/design-system';
import { useField } from '@strapi/strapi/admin';
import { SelectField } from '../inputs/SelectField';
import { TextField } from '../inputs/TextField';
import { TranslatableInput } from '../translatable/TranslatableInput';
import { useTranslate } from '../../hooks/useTranslate';

/** Henkilötietoryhmä: a kind of personal data the register holds. */
export const DataCategoryFields = () => {
  const { t } = useTranslate();
  const { value: special } = useField<string | null>('special');
  return (
    <Grid.Root gap={4}>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <TranslatableInput name="name" label={t('field.dataCategory.name')} required />
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <TranslatableInput name="description" label={t('field.dataCategory.description')} multiline markdown />
      </Grid.Item>
      <Grid.Item col={12} direction="column" alignItems="stretch">
        <TranslatableInput name="examples" label={t('field.dataCategory.examples')} lines />
      </Grid.Item>
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <SelectField name="special" family="special" label={t('field.dataCategory.special')} hint={t('field.dataCategory.special.hint')} />
      </Grid.Item>
      {special === 'art9' ? (
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <SelectField name="art9Ground" family="art9Ground" label={t('field.dataCategory.art9Ground')} hint={t('field.dataCategory.art9Ground.hint')} required />
        </Grid.Item>
      ) : null}
      {special === 'art10' ? (
        <Grid.Item col={12} direction="column" alignItems="stretch">
          <TranslatableInput name="art10Authority" label={t('field.dataCategory.art10Authority')} hint={t('field.dataCategory.art10Authority.hint')} multiline required />
        </Grid.Item>
      ) : null}
      <Grid.Item col={6} s={12} direction="column" alignItems="stretch">
        <TextField name="dpvCategory" type="url" label={t('field.dataCategory.dpvCategory')} hint={t('field.dpv.hint')} placeholder="https://w3id.org/dpv/pd#" />
      </Grid.Item>
    </Grid.Root>
  );
};
