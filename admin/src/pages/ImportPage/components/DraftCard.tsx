/**
 * One register the import would create: its name and address, controller, dates, the purposes
 * split from the text with a legal basis to choose for each, the data categories and what is
 * kept as extra sections.
 */
import { Badge, Box, Field, Flex, SingleSelect, SingleSelectOption, TextInput, Typography } from '@strapi/design-system';
import { LEGAL_BASES, type LegalBasis } from '../../../../../server/src/domain/types';
import { useTranslate } from '../../../hooks/useTranslate';
import { useLabels } from '../../../labels';
import type { BasisChoice, DraftPreview } from '../types';

interface DraftCardProps {
  draft: DraftPreview;
  number: number;
  locale: string;
  choices: BasisChoice[];
  onChoice: (purpose: number, choice: BasisChoice) => void;
}

const LATER = 'later';

const Part = ({ title, children }: { title: string; children: React.ReactNode }) => (
  <Box paddingTop={3}>
    <Typography variant="sigma" textColor="neutral600" tag="h4">
      {title}
    </Typography>
    <Box paddingTop={1}>{children}</Box>
  </Box>
);

export const DraftCard = ({ draft, number, locale, choices, onChoice }: DraftCardProps) => {
  const { t, intl } = useTranslate();
  const labels = useLabels();
  const text = (value: Partial<Record<string, string>> | null | undefined) => value?.[locale] ?? '';
  const date = (iso: string) => intl.formatDate(iso, { dateStyle: 'medium', timeZone: 'UTC' });
  const { controller } = draft;
  const contact = draft.register.contactPerson;
  const legacy = draft.register.legacyHistory;

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
        {controller ? (
          <Flex gap={2} wrap="wrap">
            <Typography>{[controller.name, controller.businessId, controller.email, controller.phone].filter(Boolean).join(' · ')}</Typography>
            <Badge size="S" variant={controller.existing ? 'secondary' : 'success'}>
              {t(controller.existing ? 'import.register.controller.existing' : 'import.register.controller.new')}
            </Badge>
          </Flex>
        ) : (
          <Typography textColor="danger600">{t('import.register.controller.none')}</Typography>
        )}
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

      <Part title={t('import.register.purposes')}>
        {draft.purposes.length === 0 ? (
          <Typography variant="pi" textColor="neutral700">
            {t('import.register.purposes.none')}
          </Typography>
        ) : (
          <Flex tag="ol" direction="column" alignItems="stretch" gap={3}>
            {draft.purposes.map((purpose, i) => {
              const choice = choices[i] ?? { legalBasis: '', legitimateInterest: '' };
              const needsInterest = choice.legalBasis === 'legitimate-interests';
              return (
                <Flex tag="li" key={i} direction="column" alignItems="stretch" gap={2}>
                  <Typography fontWeight="semiBold">{text(purpose.title)}</Typography>
                  <Flex gap={3} wrap="wrap" alignItems="flex-start">
                    <Box minWidth="18rem">
                      <Field.Root
                        name={`purpose-${number}-${i}`}
                        hint={purpose.legalBasisFrom === 'text' && choice.legalBasis === purpose.legalBasis ? t('import.register.legalBasis.fromText') : undefined}
                      >
                        <Field.Label>{t('import.register.legalBasis')}</Field.Label>
                        <SingleSelect
                          value={choice.legalBasis || LATER}
                          onChange={(value) => onChoice(i, { ...choice, legalBasis: value === LATER ? '' : (String(value) as LegalBasis) })}
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
                          <TextInput value={choice.legitimateInterest} onChange={(event) => onChoice(i, { ...choice, legitimateInterest: event.target.value })} />
                          <Field.Hint />
                        </Field.Root>
                      </Box>
                    ) : null}
                  </Flex>
                </Flex>
              );
            })}
          </Flex>
        )}
      </Part>

      {draft.dataCategories.length ? (
        <Part title={t('import.register.dataCategories')}>
          <Typography>{draft.dataCategories.filter((category) => category.create).map((category) => text(category.name)).join(', ')}</Typography>
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
