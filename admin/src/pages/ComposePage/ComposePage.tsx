/**
 * Composing one register: every section of the notice with language tabs, beside a preview of
 * the saved state; saving, publishing and the history from the header.
 */
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useParams } from 'react-router-dom';
import { Box, Flex, Grid } from '@strapi/design-system';
import { BackButton, Blocker, Form, Layouts, Page, useNotification } from '@strapi/strapi/admin';
import { apiErrorOf } from '../../api/errors';
import { useEntry } from '../../api/queries';
import type { PublishedVersion, Register } from '../../api/types';
import { entryRules } from '../../../../server/src/domain/field-checks';
import { CheckedFields } from '../../components/checks/CheckedFields';
import { LanguageProvider, useLanguage } from '../../components/translatable/LanguageContext';
import { LanguageTabs } from '../../components/translatable/LanguageTabs';
import { usePermissions } from '../../hooks/usePermissions';
import { useTranslate } from '../../hooks/useTranslate';
import { PLUGIN_ID } from '../../pluginId';
import { textIn } from '../../utils/text';
import { ComposeActions } from './components/ComposeActions';
import { ComposeSections } from './components/ComposeSections';
import { PublishModal } from './components/PublishModal';
import { SidePanels } from './components/SidePanels';
import { StatusLine } from './components/StatusLine';
import { EntryCacheProvider } from './EntryCache';
import { useRegisterStatus } from './hooks/useRegisterStatus';
import { useSaveRegister } from './hooks/useSaveRegister';
import { useSectionNumbers } from './hooks/useSectionNumbers';
import { toValues, TRANSLATABLE_PATHS, type RegisterValues } from './registerForm';

export const ComposePage = () => {
  const { documentId = '' } = useParams();
  const { data, error } = useEntry('registers', documentId);

  if (error) return apiErrorOf(error)?.status === 404 ? <Page.NoData /> : <Page.Error />;
  // While another register loads, the previous one is not shown under its address.
  if (!data || data.documentId !== documentId) return <Page.Loading />;
  return (
    <EntryCacheProvider key={documentId} register={data}>
      <LanguageProvider>
        <Compose register={data} />
      </LanguageProvider>
    </EntryCacheProvider>
  );
};

const Compose = ({ register: loaded }: { register: Register }) => {
  const { t } = useTranslate();
  const { toggleNotification } = useNotification();
  const { canCompose, canPublish } = usePermissions();
  const { language, defaultLanguage } = useLanguage();
  const [register, setRegister] = useState(loaded);
  const [publishing, setPublishing] = useState(false);
  const formRef = useRef<HTMLFormElement>(null);
  const documentId = register.documentId;
  const status = useRegisterStatus(documentId);
  const sectionNumbers = useSectionNumbers(documentId, language);

  const onSaved = useCallback((saved: Register) => setRegister(saved), []);
  const save = useSaveRegister(documentId, onSaved);
  const initialValues = useMemo(() => toValues(register), [register]);
  const rules = useMemo(() => entryRules('registers', defaultLanguage), [defaultLanguage]);

  // Ctrl/Cmd+S saves, as editors expect from a document.
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.ctrlKey || event.metaKey) && event.key.toLowerCase() === 's') {
        event.preventDefault();
        formRef.current?.requestSubmit();
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);

  const onPublished = (version: PublishedVersion) => {
    setPublishing(false);
    toggleNotification({ type: 'success', message: t('publish.done', { version: version.version }) });
  };

  const title = textIn(register.title, language, defaultLanguage) || register.slug;
  return (
    <Page.Main>
      <Page.Title>{title}</Page.Title>
      <Form<RegisterValues> ref={formRef} method="PUT" initialValues={initialValues} disabled={!canCompose} onSubmit={(values, helpers) => save(values, helpers).then(() => undefined)}>
        <Layouts.Header
          navigationAction={<BackButton fallback={`/plugins/${PLUGIN_ID}/registers`} />}
          title={title}
          subtitle={<StatusLine status={status} />}
          primaryAction={<ComposeActions save={save} status={status} canCompose={canCompose} canPublish={canPublish} onPublish={() => setPublishing(true)} />}
        />
        <Layouts.Content>
          <Grid.Root gap={6}>
            <Grid.Item col={7} s={12} direction="column" alignItems="stretch">
              <LanguageTabs fields={TRANSLATABLE_PATHS} />
              <Flex direction="column" alignItems="stretch" gap={4}>
                <CheckedFields rules={rules}>
                  <ComposeSections slugLocked={Boolean(status?.versions)} numbers={sectionNumbers} />
                </CheckedFields>
              </Flex>
            </Grid.Item>
            <Grid.Item col={5} s={12} direction="column" alignItems="stretch">
              <Box position="sticky" top={4} width="100%">
                <SidePanels documentId={documentId} sectionNumbers={sectionNumbers} />
              </Box>
            </Grid.Item>
          </Grid.Root>
        </Layouts.Content>
        <Blocker />
      </Form>
      <PublishModal
        documentId={documentId}
        nextVersion={(status?.latestVersion ?? 0) + 1}
        open={publishing}
        onClose={() => setPublishing(false)}
        onPublished={onPublished}
      />
    </Page.Main>
  );
};
