/**
 * A register's published versions (number, päivitetty, effective from, summary, material, who
 * published) and any two of them compared side by side.
 */
import { useState } from 'react';
import { useParams, useSearchParams } from 'react-router-dom';
import { Box, Button, EmptyStateLayout, Field, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { ArrowsHorizontal } from '@strapi/icons';
import { BackButton, Layouts, Page } from '@strapi/strapi/admin';
import { apiErrorOf } from '../../api/errors';
import { useEntry, useGetVersionsQuery } from '../../api/queries';
import { useSettings } from '../../components/SettingsProvider';
import { useTranslate } from '../../hooks/useTranslate';
import { PLUGIN_ID } from '../../pluginId';
import { languageLabel, textIn } from '../../utils/text';
import { Comparison } from './components/Comparison';
import { VersionsTable } from './components/VersionsTable';

const versionParam = (value: string | null) => (value && /^\d+$/.test(value) ? Number(value) : null);

export const HistoryPage = () => {
  const { documentId = '' } = useParams();
  const { t, intl } = useTranslate();
  const { languages, defaultLanguage } = useSettings();
  const [params, setParams] = useSearchParams();
  const from = versionParam(params.get('from'));
  const to = versionParam(params.get('to'));
  const language = languages.includes(params.get('locale') ?? '') ? params.get('locale')! : defaultLanguage;
  const [selected, setSelected] = useState<number[]>(from && to ? [from, to] : []);

  const register = useEntry('registers', documentId);
  const versions = useGetVersionsQuery(documentId);

  if (register.error || versions.error) return apiErrorOf(register.error ?? versions.error)?.status === 404 ? <Page.NoData /> : <Page.Error />;
  if (!register.data || !versions.data || versions.isLoading || register.data.documentId !== documentId) return <Page.Loading />;

  const toggle = (version: number) =>
    setSelected((current) => (current.includes(version) ? current.filter((v) => v !== version) : [...current, version].slice(-2)));
  const compare = () => {
    const [older, newer] = [...selected].sort((a, b) => a - b);
    setParams({ from: String(older), to: String(newer), locale: language });
  };
  const setLanguage = (next: string) => setParams((current) => ({ ...Object.fromEntries(current), locale: next }));
  const title = textIn(register.data.title, language, defaultLanguage) || register.data.slug;

  return (
    <Page.Main>
      <Page.Title>{t('history.pageTitle', { title })}</Page.Title>
      <Layouts.Header
        navigationAction={<BackButton fallback={`/plugins/${PLUGIN_ID}/registers/${documentId}`} />}
        title={t('history.title')}
        subtitle={t('history.subtitle', { title, count: versions.data.length })}
        primaryAction={
          <Button startIcon={<ArrowsHorizontal />} disabled={selected.length !== 2} onClick={compare}>
            {t('history.compare')}
          </Button>
        }
      />
      <Layouts.Action
        startActions={
          <Field.Root name="locale">
            <Flex gap={2}>
              <Field.Label>{t('history.language')}</Field.Label>
              <SingleSelect value={language} onChange={(value) => setLanguage(String(value))} size="S">
                {languages.map((code) => (
                  <SingleSelectOption key={code} value={code}>
                    {languageLabel(code, intl.locale)}
                  </SingleSelectOption>
                ))}
              </SingleSelect>
            </Flex>
          </Field.Root>
        }
        endActions={
          <Typography variant="pi" textColor="neutral600">
            {t('history.hint')}
          </Typography>
        }
      />
      <Layouts.Content>
        {versions.data.length === 0 ? (
          <EmptyStateLayout content={t('history.empty')} />
        ) : (
          <Flex direction="column" alignItems="stretch" gap={8}>
            <VersionsTable versions={versions.data} selected={selected} onToggle={toggle} language={language} />
            {from && to ? (
              <Box>
                <Box paddingBottom={4}>
                  <Typography variant="beta" tag="h2">
                    {t('history.compare.title', { from, to })}
                  </Typography>
                </Box>
                <Comparison documentId={documentId} from={from} to={to} locale={language} />
              </Box>
            ) : null}
          </Flex>
        )}
      </Layouts.Content>
    </Page.Main>
  );
};
