/**
 * Publishing the register's saved state as the next immutable version: change summary per
 * language, material change, päivitetty (last updated) date and the moment it takes effect.
 */
import { useMemo, useState } from 'react';
import { format } from 'date-fns';
import { Box, Button, Flex, Modal, Typography } from '@strapi/design-system';
import { Form, useField, useNotification, type FormHelpers } from '@strapi/strapi/admin';
import { usePublishMutation } from '../../../api/queries';
import { apiErrorOf, formErrorsOf, problemOf } from '../../../api/errors';
import type { PublishedVersion, Translatable } from '../../../api/types';
import { DateField } from '../../../components/inputs/DateField';
import { ToggleField } from '../../../components/inputs/ToggleField';
import { LanguageProvider } from '../../../components/translatable/LanguageContext';
import { LanguageTabs } from '../../../components/translatable/LanguageTabs';
import { TranslatableInput } from '../../../components/translatable/TranslatableInput';
import { useErrorText } from '../../../hooks/useErrorText';
import { useProblemText } from '../../../hooks/useProblemText';
import { useTranslate } from '../../../hooks/useTranslate';
import { formatMoment } from '../../../utils/dates';
import { cleanTranslatable } from '../../../utils/text';
import { CompletenessWarning, useCompletenessReport } from './CompletenessWarning';
import { MissingTranslations } from './MissingTranslations';

interface PublishValues {
  changeSummary: Translatable;
  material: boolean;
  updatedOn: string;
  effectiveFrom: string;
}

interface PublishModalProps {
  documentId: string;
  nextVersion: number;
  open: boolean;
  onClose: () => void;
  onPublished: (version: PublishedVersion) => void;
}

export const PublishModal = ({ documentId, nextVersion, open, onClose, onPublished }: PublishModalProps) => {
  const { t } = useTranslate();
  return (
    <Modal.Root open={open} onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('publish.title', { version: nextVersion })}</Modal.Title>
        </Modal.Header>
        {open ? <PublishForm documentId={documentId} onPublished={onPublished} /> : null}
      </Modal.Content>
    </Modal.Root>
  );
};

const PublishForm = ({ documentId, onPublished }: Pick<PublishModalProps, 'documentId' | 'onPublished'>) => {
  const [publish] = usePublishMutation();
  const say = useProblemText();
  const { t } = useTranslate();
  const { toggleNotification } = useNotification();
  const errorText = useErrorText();
  const [unchangedSince, setUnchangedSince] = useState<number | null>(null);
  const report = useCompletenessReport(documentId);
  const [acceptGaps, setAcceptGaps] = useState(false);
  const [gapsError, setGapsError] = useState<string | undefined>(undefined);
  const hasGaps = Boolean(report && !report.complete);
  const initialValues = useMemo<PublishValues>(
    () => ({ changeSummary: {}, material: false, updatedOn: format(new Date(), 'yyyy-MM-dd'), effectiveFrom: new Date().toISOString() }),
    [],
  );

  const submit = async (values: PublishValues, { setErrors }: FormHelpers<PublishValues>) => {
    setUnchangedSince(null);
    setGapsError(undefined);
    if (hasGaps && !acceptGaps) {
      setGapsError(t('publish.gaps.required'));
      return;
    }
    try {
      const input = {
        changeSummary: cleanTranslatable(values.changeSummary),
        material: values.material,
        updatedOn: values.updatedOn,
        effectiveFrom: values.effectiveFrom,
        acceptGaps,
      };
      const version = await publish({ documentId, input }).unwrap();
      onPublished(version);
    } catch (error) {
      const problem = problemOf(error);
      if (problem?.code === 'conflict.noChanges') {
        setUnchangedSince(Number(problem.params.version) || 0);
        return;
      }
      // Gaps found since the dialog opened: the confirmation is asked again.
      const refused = (apiErrorOf(error)?.details.errors as { code?: string }[] | undefined) ?? [];
      if (refused.some((detail) => detail.code === 'validation.publish.gapsNotAccepted')) {
        setAcceptGaps(false);
        setGapsError(t('publish.gaps.required'));
        return;
      }
      const errors = formErrorsOf(error, say);
      if (errors) setErrors(errors);
      else toggleNotification({ type: 'danger', message: errorText(error) });
    }
  };

  return (
    <LanguageProvider>
      <Form method="POST" initialValues={initialValues} onSubmit={submit}>
        {({ isSubmitting }) => (
          <>
            <Modal.Body>
              <Flex direction="column" alignItems="stretch" gap={5}>
                <CompletenessWarning report={report} accepted={acceptGaps} onAcceptedChange={setAcceptGaps} error={gapsError} />
                <MissingTranslations documentId={documentId} />
                {unchangedSince !== null ? (
                  <Box padding={4} hasRadius background="neutral100" borderColor="neutral200" role="status">
                    <Typography>{t('publish.noChanges', { version: unchangedSince })}</Typography>
                  </Box>
                ) : null}
                <Box>
                  <LanguageTabs fields={['changeSummary']} />
                  <TranslatableInput name="changeSummary" label={t('publish.changeSummary')} hint={t('publish.changeSummary.hint')} multiline />
                </Box>
                <ToggleField name="material" label={t('publish.material')} hint={t('publish.material.hint')} />
                <Flex gap={4} alignItems="flex-start">
                  <Box flex="1">
                    <DateField name="updatedOn" label={t('publish.updatedOn')} hint={t('publish.updatedOn.hint')} required />
                  </Box>
                  <Box flex="1">
                    <DateField name="effectiveFrom" label={t('publish.effectiveFrom')} hint={t('publish.effectiveFrom.hint')} withTime required />
                  </Box>
                </Flex>
                <UpcomingNote />
              </Flex>
            </Modal.Body>
            <Modal.Footer>
              <Modal.Close>
                <Button variant="tertiary">{t('form.cancel')}</Button>
              </Modal.Close>
              <Button type="submit" loading={isSubmitting} disabled={hasGaps && !acceptGaps}>
                {t('publish.submit')}
              </Button>
            </Modal.Footer>
          </>
        )}
      </Form>
    </LanguageProvider>
  );
};

/** A version effective in the future is published as upcoming; say so before it happens by surprise. */
const UpcomingNote = () => {
  const { t, intl } = useTranslate();
  const { value } = useField<string | null>('effectiveFrom');
  if (!value || Date.parse(value) <= Date.now() + 60_000) return null;
  return (
    <Box padding={4} hasRadius background="warning100" borderColor="warning200">
      <Typography textColor="warning700">{t('publish.upcoming', { moment: formatMoment(value, intl.locale) })}</Typography>
    </Box>
  );
};
