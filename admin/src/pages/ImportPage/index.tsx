/**
 * Import of a legacy notice (rekisteri- ja tietosuojaseloste): paste its text or upload it as a
 * .docx, see which line went to which section and choose the purposes' legal bases, then create
 * the draft registers. Nothing is created before "Create drafts", and nothing is published.
 */
import { useState } from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Alert, Box, Button, Flex, Typography } from '@strapi/design-system';
import { usePrivacyNoticesApi } from '../../api/client';
import { apiErrorOf } from '../../api/errors';
import { useLoader } from '../../api/useLoader';
import { useTranslate } from '../../hooks/useTranslate';
import { CreatedList } from './components/CreatedList';
import { DraftCard } from './components/DraftCard';
import { ImportInput, type ImportInputValue } from './components/ImportInput';
import { LineMap } from './components/LineMap';
import { useImportApi } from './hooks/useImportApi';
import type { BasisChoice, ImportPreview, ImportResult } from './types';

const initialChoices = (preview: ImportPreview): BasisChoice[][] =>
  preview.registers.map((draft) => draft.purposes.map((purpose) => ({ legalBasis: purpose.legalBasis ?? '', legitimateInterest: '' })));

export const ImportPage = () => {
  const { t } = useTranslate();
  const api = usePrivacyNoticesApi();
  const importer = useImportApi();
  const settings = useLoader(() => api.settings(), 'settings');
  const [input, setInput] = useState<ImportInputValue | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<BasisChoice[][]>([]);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  if (settings.error) return <Page.Error />;
  if (!settings.data) return <Page.Loading />;
  const value = input ?? { kind: 'text', text: '', file: null, locale: settings.data.defaultLanguage };
  const ready = value.kind === 'text' ? value.text.trim() !== '' : value.file !== null;

  const run = async (step: () => Promise<void>) => {
    setBusy(true);
    setError(null);
    try {
      await step();
    } catch (failure) {
      setError(apiErrorOf(failure)?.message ?? String(failure));
    } finally {
      setBusy(false);
    }
  };
  const showPreview = () =>
    run(async () => {
      const source = value.kind === 'text' ? { kind: 'text' as const, text: value.text } : { kind: 'file' as const, file: value.file as File };
      const answer = await importer.preview(source, value.locale);
      setPreview(answer);
      setChoices(initialChoices(answer));
    });
  const create = () =>
    run(async () => {
      if (preview) setResult(await importer.create(preview.text, preview.locale, choices));
    });
  const restart = () => {
    setInput(null);
    setPreview(null);
    setResult(null);
    setError(null);
  };
  const choose = (register: number) => (purpose: number, choice: BasisChoice) =>
    setChoices((all) => all.map((list, r) => (r === register ? list.map((old, p) => (p === purpose ? choice : old)) : list)));

  const primaryAction = result ? (
    <Button variant="secondary" onClick={restart}>
      {t('import.restart')}
    </Button>
  ) : preview ? (
    <Flex gap={2}>
      <Button variant="tertiary" onClick={() => setPreview(null)} disabled={busy}>
        {t('import.back')}
      </Button>
      <Button onClick={create} loading={busy}>
        {t('import.create')}
      </Button>
    </Flex>
  ) : (
    <Button onClick={showPreview} loading={busy} disabled={!ready}>
      {t('import.preview')}
    </Button>
  );

  return (
    <Page.Main>
      <Page.Title>{t('import.title')}</Page.Title>
      <Layouts.Header title={t('import.title')} subtitle={t('import.subtitle')} primaryAction={primaryAction} />
      <Layouts.Content>
        <Flex direction="column" alignItems="stretch" gap={6}>
          {error ? (
            <Alert variant="danger" closeLabel={t('import.close')} onClose={() => setError(null)} title={t('import.error')}>
              {error}
            </Alert>
          ) : null}
          {result ? (
            <CreatedList result={result} locale={preview?.locale ?? value.locale} />
          ) : preview ? (
            <>
              {preview.warnings.length ? (
                <Alert variant="warning" closeLabel={t('import.close')} title={t('import.warnings.title', { count: preview.warnings.length })}>
                  <Box tag="ul" paddingLeft={4} paddingTop={1}>
                    {preview.warnings.map((warning) => (
                      <li key={warning}>
                        <Typography variant="pi">{warning}</Typography>
                      </li>
                    ))}
                  </Box>
                </Alert>
              ) : null}
              <Typography variant="beta" tag="h2">
                {t('import.registers.title', { count: preview.registers.length })}
              </Typography>
              {preview.registers.map((draft, i) => (
                <DraftCard key={i} draft={draft} number={i + 1} locale={preview.locale} choices={choices[i] ?? []} onChoice={choose(i)} />
              ))}
              <Typography variant="beta" tag="h2">
                {t('import.lines.title')}
              </Typography>
              <LineMap lines={preview.lines} drafts={preview.registers} locale={preview.locale} />
            </>
          ) : (
            <ImportInput value={value} languages={settings.data.languages} disabled={busy} onChange={setInput} />
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default ImportPage;
