/** A new register: its name in the default language and its slug (the public address); the rest is composed next. */
import { useRef } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button, Flex, Modal } from '@strapi/design-system';
import { Form, useField, useNotification, type FormHelpers } from '@strapi/strapi/admin';
import { useCreateEntryMutation } from '../../api/queries';
import { useProblemText } from '../../hooks/useProblemText';
import { formErrorsOf } from '../../api/errors';
import { useErrorText } from '../../hooks/useErrorText';
import { TextField } from '../../components/inputs/TextField';
import { useSettings } from '../../components/SettingsProvider';
import { useTranslate } from '../../hooks/useTranslate';
import { languageName } from '../../utils/text';
import { slugify } from './slugify';

interface NewRegister {
  title: Record<string, string>;
  slug: string;
}

export const CreateRegisterModal = ({ open, onClose }: { open: boolean; onClose: () => void }) => {
  const [createEntry] = useCreateEntryMutation();
  const say = useProblemText();
  const errorText = useErrorText();
  const navigate = useNavigate();
  const { t } = useTranslate();
  const { toggleNotification } = useNotification();
  const { defaultLanguage } = useSettings();

  const submit = async (values: NewRegister, { setErrors }: FormHelpers<NewRegister>) => {
    try {
      const body = { title: values.title, slug: values.slug.trim(), noticeKind: 'art13' };
      const register = await createEntry({ kind: 'registers', body }).unwrap();
      toggleNotification({ type: 'success', message: t('registers.created') });
      navigate(register.documentId);
    } catch (error) {
      const errors = formErrorsOf(error, say);
      if (errors) setErrors(errors);
      else toggleNotification({ type: 'danger', message: errorText(error) });
    }
  };

  return (
    <Modal.Root open={open} onOpenChange={(isOpen) => !isOpen && onClose()}>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>{t('registers.create')}</Modal.Title>
        </Modal.Header>
        <Form method="POST" initialValues={{ title: { [defaultLanguage]: '' }, slug: '' }} onSubmit={submit}>
          {({ isSubmitting }) => (
            <>
              <Modal.Body>
                <TitleAndSlug language={defaultLanguage} />
              </Modal.Body>
              <Modal.Footer>
                <Modal.Close>
                  <Button variant="tertiary">{t('form.cancel')}</Button>
                </Modal.Close>
                <Button type="submit" loading={isSubmitting}>
                  {t('registers.createAndCompose')}
                </Button>
              </Modal.Footer>
            </>
          )}
        </Form>
      </Modal.Content>
    </Modal.Root>
  );
};

/** The slug follows the title until the editor types one of their own. */
const TitleAndSlug = ({ language }: { language: string }) => {
  const { t, intl } = useTranslate();
  const slug = useField<string>('slug');
  const slugEdited = useRef(false);

  return (
    <Flex direction="column" alignItems="stretch" gap={4}>
      <TextField
        name={`title.${language}`}
        label={t('registers.new.title', { language: languageName(language, intl.locale) })}
        required
        onValueChange={(text) => !slugEdited.current && slug.onChange('slug', slugify(text))}
      />
      <TextField
        name="slug"
        label={t('field.register.slug')}
        hint={t('field.register.slug.hint')}
        required
        onValueChange={() => (slugEdited.current = true)}
      />
    </Flex>
  );
};
