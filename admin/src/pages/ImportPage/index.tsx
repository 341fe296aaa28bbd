/**
 * Import of a legacy notice (rekisteri- ja tietosuojaseloste): paste its text or upload it as a
 * .docx, see which line went to which section, move a block to another section, choose the
 * purposes' legal bases and the notice kind, use library entries instead of new ones, see the plan
 * updated, then create the draft registers. Nothing is created before "Create drafts", and nothing
 * is published.
 */
import { useEffect, useRef, useState } from 'react';
import { Layouts, Page } from '@strapi/strapi/admin';
import { Alert, Button, Flex, Typography } from '@strapi/design-system';
import { useErrorText } from '../../hooks/useErrorText';
import { useGetSettingsQuery } from '../../api/queries';
import { useTranslate } from '../../hooks/useTranslate';
import { LanguageProvider } from '../../components/translatable/LanguageContext';
import { CreatedList } from './components/CreatedList';
import { DraftCard } from './components/DraftCard';
import { ImportInput, type ImportInputValue } from './components/ImportInput';
import { LineMap } from './components/LineMap';
import { useImportApi } from './hooks/useImportApi';
import { WarningList } from './components/WarningList';
import { identity, type BasisChoice, type ConfirmedAnswers, type EditorChoices, type ImportPreview, type ImportResult, type RegisterReuse, type SectionChoice } from './types';
import { NO_CHOICES, carryChoices, choicesOf, sameRegisters } from './choices';
import type { NoticeKind } from '../../../../server/src/domain/types';

/** How long after the editor's last choice in a card the plan is asked again. */
const REPLAN_DELAY_MS = 500;

export const ImportPage = () => {
  const { t } = useTranslate();
  const errorText = useErrorText();
  const importer = useImportApi();
  const settings = useGetSettingsQuery();
  const [input, setInput] = useState<ImportInputValue | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [choices, setChoices] = useState<EditorChoices>(NO_CHOICES);
  /** The choices the plan shown was made with; other choices are not in it yet. */
  const planned = useRef(JSON.stringify(NO_CHOICES));
  /** Only the newest plan asked for is shown. */
  const asked = useRef(0);
  const [replanning, setReplanning] = useState(false);
  /** Section starts chosen in the line list and not yet sent: "Update the plan" sends them. */
  const [pendingSections, setPendingSections] = useState<SectionChoice[] | null>(null);
  const [result, setResult] = useState<ImportResult | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  /**
   * The plan again with these choices; the answer prunes the choices whose entry is gone. When the
   * sections changed where registers start, the registers are cut first and each register's
   * choices sent for where it now is.
   */
  const replan = async (next: EditorChoices) => {
    if (!preview) return;
    const mine = ++asked.current;
    planned.current = JSON.stringify(next);
    const ask = (choices: EditorChoices) => importer.preview({ kind: 'text', text: preview.text }, preview.locale, choices);
    let answer = await ask(next);
    if (mine !== asked.current) return;
    const moved = !sameRegisters(preview, answer);
    // Choices made while the plan was asked for are kept for the next one, with their register.
    const inStep = (choices: EditorChoices) => (moved ? carryChoices(choices, preview, answer) : choices);
    if (moved) {
      next = inStep(next);
      answer = await ask(next);
      if (mine !== asked.current) return;
    }
    const pruned = choicesOf(answer, next.sections, next);
    planned.current = JSON.stringify(pruned);
    setPreview(answer);
    setChoices((current) => choicesOf(answer, next.sections, inStep({ ...current, sections: next.sections })));
  };

  // A basis, kind, answer or library entry chosen in a card updates the plan (and its warnings) by itself.
  useEffect(() => {
    if (!preview || result || JSON.stringify(choices) === planned.current) return undefined;
    const timer = setTimeout(() => {
      setReplanning(true);
      replan(choices)
        .catch((failure) => setError(errorText(failure)))
        .finally(() => setReplanning(false));
    }, REPLAN_DELAY_MS);
    return () => clearTimeout(timer);
  }, [choices, preview, result]);

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
      setError(errorText(failure));
    } finally {
      setBusy(false);
    }
  };
  const showPreview = () =>
    run(async () => {
      const source = value.kind === 'text' ? { kind: 'text' as const, text: value.text } : { kind: 'file' as const, file: value.file as File };
      const answer = await importer.preview(source, value.locale);
      const first = choicesOf(answer, [], null);
      asked.current++;
      planned.current = JSON.stringify(first);
      setPreview(answer);
      setChoices(first);
      setPendingSections(null);
    });
  /** The plan again with the editor's corrections; a .docx is sent as the text it was read as. */
  const updatePlan = () =>
    run(async () => {
      await replan({ ...choices, sections: pendingSections ?? choices.sections });
      setPendingSections(null);
    });
  const create = () =>
    run(async () => {
      if (preview) setResult(await importer.create(preview.text, preview.locale, { ...choices, sections: pendingSections ?? choices.sections }));
    });
  const restart = () => {
    setInput(null);
    setPreview(null);
    setResult(null);
    setError(null);
    setPendingSections(null);
  };
  /** A basis for the purpose of this title, wherever a section move puts it. */
  const choose = (register: number) => (title: string, choice: BasisChoice) =>
    setChoices((all) => ({
      ...all,
      legalBases: all.legalBases.map((map, r) => (r === register ? { ...map, [identity(title)]: { ...choice, title } } : map)),
    }));
  const chooseReuse = (register: number) => (reuse: RegisterReuse) =>
    setChoices((all) => ({ ...all, reuse: all.reuse.map((old, r) => (r === register ? reuse : old)) }));
  const chooseKind = (register: number) => (kind: NoticeKind) =>
    setChoices((all) => ({ ...all, noticeKinds: all.noticeKinds.map((old, r) => (r === register ? kind : old)) }));
  const confirmAnswers = (register: number) => (answers: ConfirmedAnswers) =>
    setChoices((all) => ({ ...all, answers: all.answers.map((old, r) => (r === register ? answers : old)) }));
  const sections = pendingSections ?? choices.sections;
  /** Section choices added from a suggestion; one per line, the newest winning. */
  const acceptSections = (added: SectionChoice[]) =>
    setPendingSections([...sections.filter((old) => !added.some((choice) => choice.line === old.line)), ...added].sort((a, b) => a.line - b.line));

  const primaryAction = result ? (
    <Button variant="secondary" onClick={restart}>
      {t('import.restart')}
    </Button>
  ) : preview ? (
    <Flex gap={2}>
      <Button variant="tertiary" onClick={() => setPreview(null)} disabled={busy}>
        {t('import.back')}
      </Button>
      <Button onClick={create} loading={busy} disabled={pendingSections !== null}>
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
            <LanguageProvider>
              <WarningList warnings={preview.warnings} />
              <Typography variant="beta" tag="h2">
                {t('import.registers.title', { count: preview.registers.length })}
              </Typography>
              {preview.registers.map((draft, i) => (
                <DraftCard
                  key={i}
                  draft={draft}
                  number={i + 1}
                  locale={preview.locale}
                  choices={choices.legalBases[i] ?? {}}
                  onChoice={choose(i)}
                  reuse={choices.reuse[i] ?? { controller: null, purposes: {}, dataCategories: {} }}
                  onReuse={chooseReuse(i)}
                  noticeKind={choices.noticeKinds[i] || draft.register.noticeKind}
                  onNoticeKind={chooseKind(i)}
                  answers={choices.answers[i] ?? {}}
                  onAnswers={confirmAnswers(i)}
                  onSections={acceptSections}
                />
              ))}
              <Typography variant="beta" tag="h2">
                {t('import.lines.title')}
              </Typography>
              <LineMap
                lines={preview.lines}
                drafts={preview.registers}
                locale={preview.locale}
                sections={sections}
                onSections={setPendingSections}
                changed={pendingSections !== null}
                stale={JSON.stringify(choices) !== planned.current}
                onUpdate={updatePlan}
                busy={busy || replanning}
              />
            </LanguageProvider>
          ) : (
            <ImportInput value={value} languages={settings.data.languages} disabled={busy} onChange={setInput} />
          )}
        </Flex>
      </Layouts.Content>
    </Page.Main>
  );
};

export default ImportPage;
