/**
 * One register the import would create: its name and address, controller, dates, where its data
 * come from (the notice kind), the purposes split from the text with a legal basis to choose for
 * each, the data categories, the answers the text states and what is kept as extra sections.
 */
import { Badge, Box, Button, Checkbox, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { LEGAL_BASES, NOTICE_KINDS, type LegalBasis, type NoticeKind } from '../../../../../server/src/domain/types';
import { useTranslate } from '../../../hooks/useTranslate';
import { useLabels } from '../../../labels';
import { identity, type BasisChoice, type ConfirmedAnswers, type DraftPreview, type LibraryPick, type RegisterReuse, type SectionChoice } from '../types';
import { LibraryChoice } from './LibraryChoice';

interface DraftCardProps {
  draft: DraftPreview;
  number: number;
  locale: string;
  /** The bases chosen, by the purpose's identity. */
  choices: Record<string, BasisChoice>;
  /** A basis chosen for the purpose of this title. */
  onChoice: (title: string, choice: BasisChoice) => void;
  /** The library entries picked instead of planned ones. */
  reuse: RegisterReuse;
  onReuse: (reuse: RegisterReuse) => void;
  noticeKind: NoticeKind;
  onNoticeKind: (kind: NoticeKind) => void;
  /** Accepts a suggested move: its section choices join the editor's, for "Update the plan". */
  onSections: (sections: SectionChoice[]) => void;
  /** The proposed answers the editor confirmed for the register. */
  answers: ConfirmedAnswers;
  onAnswers: (answers: ConfirmedAnswers) => void;
}

const ANSWER_KEYS = ['transfersOutsideEea', 'automatedDecisionMaking'] as const;

const LATER = 'later';

const Part = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box paddingTop={3}>
    <Typography variant="sigma" textColor="neutral600" tag="h4">
      {title}
    </Typography>
    <Box paddingTop={1}>{children}</Box>
  </Box>
);

export const DraftCard = ({ draft, number, locale, choices, onChoice, reuse, onReuse, noticeKind, onNoticeKind, onSections, answers, onAnswers }: DraftCardProps) => {
  const { t, intl } = useTranslate();
  const labels = useLabels();
  const text = (value: Partial<Record<string, string>> | null | undefined) => value?.[locale] ?? '';
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' });
  const { controller } = draft;
  const contact = draft.register.contactPerson;
  const legacy = draft.register.legacyHistory;
  /** A pick (or "as planned", null) for the purpose or data category of this title or name. */
  const pickFor = (list: 'purposes' | 'dataCategories', planned: string) => (pick: LibraryPick | null) => {
    const { [identity(planned)]: _old, ...others } = reuse[list];
    onReuse({ ...reuse, [list]: pick ? { ...others, [identity(planned)]: pick } : others });
  };

  return (
    <Box tag="article" background="neutral0" hasRadius shadow="tableShadow" padding={5}>
      <Flex gap={2} wrap="wrap" alignItems="baseline">
        <Badge>{number}</Badge>
        <Typography variant="delta" tag="h3">
          {text(draft.title)}
        </Typography>
      </Flex>
      <Typography variant="pi" textColor="neutral600">
        {t('import.register.slug', { slug: draft.slug })}
      </Typography>

      <Part title={t('import.register.controller')}>
        <Flex gap={3} wrap="wrap" alignItems="flex-start" justifyContent="space-between">
          {controller ? (
            <Flex gap={2} wrap="wrap">
              <Typography>{[controller.name, controller.businessId, controller.email, controller.phone].filter(Boolean).join(' · ')}</Typography>
              <Badge size="S" variant={draft.controllerReuse.existing ? 'secondary' : 'success'}>
                {t(draft.controllerReuse.existing ? 'import.register.controller.existing' : 'import.register.controller.new')}
              </Badge>
            </Flex>
          ) : (
            <Typography textColor={reuse.controller ? 'neutral800' : 'danger600'}>{t('import.register.controller.none')}</Typography>
          )}
          <LibraryChoice
            kind="controllers"
            reuse={draft.controllerReuse}
            planned={controller?.name ?? ''}
            picked={reuse.controller}
            onPick={(pick) => onReuse({ ...reuse, controller: pick })}
            label={t('import.reuse.label.controller')}
          />
        </Flex>
        {contact?.name ? (
          <Typography variant="pi" textColor="neutral700" tag="p">
            {t('import.register.contactPerson', { name: [contact.name, contact.email, contact.phone].filter(Boolean).join(' · ') })}
          </Typography>
        ) : null}
        {legacy ? (
          <Typography variant="pi" textColor="neutral700" tag="p">
            {t('import.register.dates', {
              created: legacy.createdOn ? date(legacy.createdOn) : '–',
              updates: legacy.updates.length ? legacy.updates.map(date).join(', ') : '–',
            })}
          </Typography>
        ) : null}
      </Part>

      <Box paddingTop={3} maxWidth="24rem">
        <Field.Root
          name={`notice-kind-${number}`}
          hint={
            draft.noticeKindFrom === 'text' && noticeKind === draft.register.noticeKind
              ? t('import.register.noticeKind.fromText', { described: draft.register.sources ? 'yes' : 'no' })
              : undefined
          }
        >
          <Field.Label>{t('import.register.noticeKind')}</Field.Label>
          <SingleSelect value={noticeKind} onChange={(value) => onNoticeKind(String(value) as NoticeKind)}>
            {NOTICE_KINDS.map((kind) => (
              <SingleSelectOption key={kind} value={kind}>
                {labels.option('noticeKind', kind)}
              </SingleSelectOption>
            ))}
          </SingleSelect>
          <Field.Hint />
        </Field.Root>
      </Box>

      <Part title={t('import.register.purposes')}>
        {draft.purposes.length === 0 ? (
          <Typography variant="pi" textColor="neutral700">
            {t('import.register.purposes.none')}
          </Typography>
        ) : (
          <Flex tag="ol" direction="column" alignItems="stretch" gap={3}>
            {draft.purposes.map((purpose, i) => {
              const title = text(purpose.title);
              const choice = choices[identity(title)] ?? { legalBasis: purpose.legalBasis ?? '', legitimateInterest: '' };
              const needsInterest = choice.legalBasis === 'legitimate-interests';
              const picked = reuse.purposes[identity(title)] ?? null;
              return (
                <Flex tag="li" key={`${i}-${title}`} direction="column" alignItems="stretch" gap={2}>
                  <Flex gap={3} wrap="wrap" justifyContent="space-between" alignItems="flex-start">
                    <Flex gap={2} wrap="wrap">
                      <Typography fontWeight="semiBold">{title}</Typography>
                      {purpose.existingFrom === 'equal' && choice.legalBasis === purpose.legalBasis ? <Badge size="S">{t('import.register.existing')}</Badge> : null}
                    </Flex>
                    <LibraryChoice
                      kind="purposes"
                      reuse={purpose}
                      planned={title}
                      picked={picked}
                      onPick={pickFor('purposes', title)}
                      label={t('import.reuse.label', { name: title })}
                    />
                  </Flex>
                  {picked ? (
                    <Typography variant="pi" textColor="neutral600">
                      {t('import.reuse.basisFromEntry', { name: picked.name })}
                    </Typography>
                  ) : null}
                  {!picked && purpose.legalBasisEvidence ? (
                    <Typography variant="pi" textColor="neutral600">
                      {t('import.register.legalBasis.evidence', { sentence: purpose.legalBasisEvidence })}
                    </Typography>
                  ) : null}
                  {picked ? null : (
                    <Flex gap={3} wrap="wrap" alignItems="flex-start">
                      <Box minWidth="18rem">
                        <Field.Root
                          name={`purpose-${number}-${i}`}
                          hint={purpose.legalBasisFrom === 'text' && choice.legalBasis === purpose.legalBasis ? t('import.register.legalBasis.fromText') : undefined}
                        >
                          <Field.Label>{t('import.register.legalBasis')}</Field.Label>
                          <SingleSelect
                            value={choice.legalBasis || LATER}
                            onChange={(value) => onChoice(title, { ...choice, legalBasis: value === LATER ? '' : (String(value) as LegalBasis) })}
                          >
                            <SingleSelectOption value={LATER}>{t('import.register.legalBasis.later')}</SingleSelectOption>
                            {LEGAL_BASES.map((basis) => (
                              <SingleSelectOption key={basis} value={basis}>
                                {labels.option('legalBasis', basis)}
                              </SingleSelectOption>
                            ))}
                          </SingleSelect>
                          <Field.Hint />
                        </Field.Root>
                      </Box>
                      {needsInterest ? (
                        <Box minWidth="18rem" flex="1">
                          <Field.Root name={`interest-${number}-${i}`} hint={t('import.register.legitimateInterest.hint')} required>
                            <Field.Label>{t('import.register.legitimateInterest')}</Field.Label>
                            <TextInput value={choice.legitimateInterest} onChange={(event) => onChoice(title, { ...choice, legitimateInterest: event.target.value })} />
                            <Field.Hint />
                          </Field.Root>
                        </Box>
                      ) : null}
                    </Flex>
                  )}
                </Flex>
              );
            })}
          </Flex>
        )}
      </Part>

      {draft.dataCategories.length ? (
        <Part title={t('import.register.dataCategories')}>
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {draft.dataCategories.map((category, i) => {
              const name = text(category.name);
              const examples = category.examples?.[locale] ?? [];
              return (
                <Flex tag="li" key={`${i}-${name}`} gap={3} wrap="wrap" justifyContent="space-between" alignItems="flex-start">
                  {/* The notice's own words, as written: a badge would print them in capitals. */}
                  <Flex direction="column" alignItems="flex-start" gap={1}>
                    <Flex gap={2} wrap="wrap">
                      <Typography fontWeight="semiBold">{name}</Typography>
                      {category.existingFrom === 'equal' ? <Badge size="S">{t('import.register.existing')}</Badge> : null}
                    </Flex>
                    {examples.length ? (
                      <Typography variant="pi" textColor="neutral600">
                        {t('import.register.examples', { examples: examples.join(', ') })}
                      </Typography>
                    ) : null}
                  </Flex>
                  <LibraryChoice
                    kind="data-categories"
                    reuse={category}
                    planned={name}
                    picked={reuse.dataCategories[identity(name)] ?? null}
                    onPick={pickFor('dataCategories', name)}
                    label={t('import.reuse.label', { name })}
                  />
                </Flex>
              );
            })}
          </Flex>
        </Part>
      ) : null}

      {draft.suggestedSections.length ? (
        <Part title={t('import.register.suggestions')}>
          <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
            {draft.suggestedSections.map((suggestion) => (
              <Flex tag="li" key={suggestion.line} gap={3} justifyContent="space-between" alignItems="flex-start">
                <Typography variant="pi" textColor="neutral700">
                  {t('import.register.suggestion', { line: suggestion.line, field: t(`import.field.${suggestion.field}`), text: suggestion.text })}
                </Typography>
                <Button size="S" variant="secondary" onClick={() => onSections(suggestion.sections)}>
                  {t('import.register.suggestion.accept', { field: t(`import.field.${suggestion.field}`) })}
                </Button>
              </Flex>
            ))}
          </Flex>
        </Part>
      ) : null}

      {ANSWER_KEYS.some((key) => draft.proposedAnswers[key]) ? (
        <Part title={t('import.register.answers')}>
          <Typography variant="pi" textColor="neutral600" tag="p">
            {t('import.register.answers.hint')}
          </Typography>
          {ANSWER_KEYS.map((key) => {
            const proposed = draft.proposedAnswers[key];
            if (!proposed) return null;
            const confirmed = answers[key] === proposed.answer;
            return (
              <Box key={key} paddingTop={2}>
                <Typography fontWeight="semiBold" tag="p">
                  {t(`import.register.answers.${key}`, { answer: proposed.answer })}
                </Typography>
                {proposed.evidence.map((sentence) => (
                  <Typography key={`${sentence.line}-${sentence.text}`} variant="pi" textColor="neutral700" tag="p">
                    {t('import.register.answers.evidence', { line: sentence.line, text: sentence.text })}
                  </Typography>
                ))}
                <Box paddingTop={1}>
                  <Checkbox
                    checked={confirmed}
                    onCheckedChange={(checked) => onAnswers({ ...answers, [key]: checked === true ? proposed.answer : null })}
                  >
                    {t('import.register.answers.confirm')}
                  </Checkbox>
                </Box>
              </Box>
            );
          })}
        </Part>
      ) : null}

      {draft.register.extraSections?.length ? (
        <Part title={t('import.register.extraSections')}>
          <Typography>{draft.register.extraSections.map((section) => text(section.title)).join(' · ')}</Typography>
        </Part>
      ) : null}
    </Box>
  );
};
