/** Why a library entry could not be deleted: the registers still using it, each a link to fix it. */
import { Box, Button, Dialog, Flex, Link as DSLink, Typography } from '@strapi/design-system';
import { WarningCircle } from '@strapi/icons';
import { Link } from 'react-router-dom';
import type { UsedBy } from '../../../api/types';
import { useTranslate } from '../../../hooks/useTranslate';
import { PLUGIN_ID } from '../../../pluginId';

interface InUseDialogProps {
  name: string;
  usedBy: UsedBy[] | null;
  onClose: () => void;
}

export const InUseDialog = ({ name, usedBy, onClose }: InUseDialogProps) => {
  const { t } = useTranslate();
  return (
    <Dialog.Root open={usedBy !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog.Content>
        <Dialog.Header>{t('library.inUse.title')}</Dialog.Header>
        <Dialog.Body icon={<WarningCircle width="24px" height="24px" fill="danger600" />}>
          <Flex direction="column" alignItems="stretch" gap={3}>
            <Typography textAlign="center">{t('library.inUse.body', { name, count: usedBy?.length ?? 0 })}</Typography>
            <Box tag="ul" paddingLeft={5} style={{ listStyle: 'disc' }}>
              {(usedBy ?? []).map((register) => (
                <li key={register.documentId}>
                  <DSLink tag={Link} to={`/plugins/${PLUGIN_ID}/registers/${register.documentId}`}>
                    {`${register.title} (${register.slug})`}
                  </DSLink>
                </li>
              ))}
            </Box>
          </Flex>
        </Dialog.Body>
        <Dialog.Footer>
          <Dialog.Cancel>
            <Button fullWidth variant="tertiary">
              {t('form.close')}
            </Button>
          </Dialog.Cancel>
        </Dialog.Footer>
      </Dialog.Content>
    </Dialog.Root>
  );
};
