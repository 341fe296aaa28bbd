/**
 * Save, and publish (which saves unsaved edits first so what is published is what the editor sees).
 * With nothing changed since the latest version, Publish is disabled and says why.
 */
import { Button, Flex, LinkButton, Typography } from '@strapi/design-system';
import { ClockCounterClockwise, PaperPlane } from '@strapi/icons';
import { useForm } from '@strapi/strapi/admin';
import { Link } from 'react-router-dom';
import { useTranslate } from '../../../hooks/useTranslate';
import type { RegisterStatus } from '../../../api/types';
import type { RegisterValues } from '../registerForm';
import type { useSaveRegister } from '../hooks/useSaveRegister';

interface ComposeActionsProps {
  save: ReturnType<typeof useSaveRegister>;
  status: RegisterStatus | undefined;
  canCompose: boolean;
  canPublish: boolean;
  onPublish: () => void;
}

export const ComposeActions = ({ save, status, canCompose, canPublish, onPublish }: ComposeActionsProps) => {
  const { t } = useTranslate();
  const modified = useForm('ComposeActions', (state) => state.modified);
  const isSubmitting = useForm('ComposeActions', (state) => state.isSubmitting);
  const getValues = useForm('ComposeActions', (state) => state.getValues);
  const setErrors = useForm('ComposeActions', (state) => state.setErrors);
  const resetForm = useForm('ComposeActions', (state) => state.resetForm);
  const setSubmitting = useForm('ComposeActions', (state) => state.setSubmitting);

  const publish = async () => {
    if (modified) {
      setSubmitting(true);
      const saved = await save(getValues() as RegisterValues, { setErrors, resetForm });
      setSubmitting(false);
      if (!saved) return;
    }
    onPublish();
  };

  const unchanged = !modified && Boolean(status?.latestVersion) && status?.hasUnpublishedChanges === false;

  return (
    <Flex gap={2}>
      {canPublish && unchanged ? (
        <Typography id="publish-unchanged" variant="pi" textColor="neutral600">
          {t('publish.unchanged', { version: status?.latestVersion ?? 0 })}
        </Typography>
      ) : null}
      <LinkButton tag={Link} to="history" variant="tertiary" startIcon={<ClockCounterClockwise />}>
        {t('compose.history')}
      </LinkButton>
      {canCompose ? (
        <Button type="submit" variant="secondary" disabled={!modified} loading={isSubmitting}>
          {t('form.save')}
        </Button>
      ) : null}
      {canPublish ? (
        <Button
          type="button"
          startIcon={<PaperPlane />}
          onClick={publish}
          disabled={isSubmitting || unchanged || (modified && !canCompose)}
          aria-describedby={unchanged ? 'publish-unchanged' : undefined}
        >
          {modified && canCompose ? t('compose.saveAndPublish') : t('compose.publish')}
        </Button>
      ) : null}
    </Flex>
  );
};
