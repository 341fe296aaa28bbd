/** The register's controller (rekisterinpitäjä): chosen from the library or created in place. */
import { useState } from 'react';
import { Box, Button, Field, Flex, Typography } from '@strapi/design-system';
import { Pencil, Plus } from '@strapi/icons';
import { useCheckedField } from '../../../components/checks/CheckedFields';
import type { Controller } from '../../../api/types';
import { EntryModal } from '../../../components/library/EntryModal';
import { useFormDisabled } from '../../../hooks/useFormDisabled';
import { useTranslate } from '../../../hooks/useTranslate';
import { useLabels } from '../../../labels';
import { countryName } from '../../../utils/text';
import { useEntryCache } from '../EntryCache';
import { PickEntryModal } from './PickEntryModal';

export const ControllerPicker = () => {
  const labels = useLabels();
  const { t, intl } = useTranslate();
  const cache = useEntryCache();
  const disabled = useFormDisabled();
  const { value, error, onChange } = useCheckedField<string | null>('controller');
  const controller = value ? (cache.entry(value) as Controller | undefined) : undefined;
  const [picking, setPicking] = useState(false);
  const [editing, setEditing] = useState(false);

  const address = controller
    ? [controller.streetAddress, [controller.postalCode, controller.city].filter(Boolean).join(' '), controller.country ? countryName(controller.country, intl.locale) : null]
        .filter(Boolean)
        .join(', ')
    : '';

  return (
    <Field.Root name="controller" error={error}>
      <Flex direction="column" alignItems="stretch" gap={2}>
        {controller ? (
          <Box padding={4} hasRadius borderColor={error ? 'danger600' : 'neutral200'} borderStyle="solid" borderWidth="1px" data-testid="chosen-controller">
            <Flex justifyContent="space-between" alignItems="flex-start" gap={4}>
              <Flex direction="column" alignItems="flex-start" gap={1}>
                <Typography variant="omega" fontWeight="bold" textColor="neutral800">
                  {controller.name}
                </Typography>
                {controller.businessId ? (
                  <Typography variant="pi" textColor="neutral600">
                    {t('controller.businessId', { businessId: controller.businessId })}
                  </Typography>
                ) : null}
                {address ? (
                  <Typography variant="pi" textColor="neutral600">
                    {address}
                  </Typography>
                ) : null}
                {[controller.email, controller.phone].some(Boolean) ? (
                  <Typography variant="pi" textColor="neutral600">
                    {[controller.email, controller.phone].filter(Boolean).join(' · ')}
                  </Typography>
                ) : null}
                {controller.dpo?.name || controller.dpo?.email ? (
                  <Typography variant="pi" textColor="neutral600">
                    {t('controller.dpo', { dpo: [controller.dpo.name, controller.dpo.email].filter(Boolean).join(', ') })}
                  </Typography>
                ) : null}
              </Flex>
              {disabled ? null : (
                <Flex gap={2}>
                  <Button variant="tertiary" size="S" startIcon={<Pencil />} onClick={() => setEditing(true)}>
                    {t('controller.edit')}
                  </Button>
                  <Button variant="secondary" size="S" onClick={() => setPicking(true)}>
                    {t('controller.change')}
                  </Button>
                </Flex>
              )}
            </Flex>
          </Box>
        ) : (
          <Box padding={4} hasRadius borderColor={error ? 'danger600' : 'neutral200'} borderStyle="dashed" borderWidth="1px" background="neutral100">
            <Flex justifyContent="space-between" gap={4}>
              <Typography variant="pi" textColor="neutral600">
                {t('controller.none')}
              </Typography>
              {disabled ? null : (
                <Button variant="secondary" startIcon={<Plus />} onClick={() => setPicking(true)}>
                  {labels.kind('controllers', 'add')}
                </Button>
              )}
            </Flex>
          </Box>
        )}
        <Field.Error />
      </Flex>
      <PickEntryModal
        kind="controllers"
        open={picking}
        onClose={() => setPicking(false)}
        chosen={value ? [value] : []}
        multiple={false}
        onPick={(entry) => {
          cache.remember([entry]);
          onChange('controller', entry.documentId);
        }}
      />
      <EntryModal
        kind="controllers"
        entry={controller}
        open={editing}
        onClose={() => setEditing(false)}
        onSaved={(entry) => {
          cache.remember([entry]);
          setEditing(false);
        }}
      />
    </Field.Root>
  );
};
