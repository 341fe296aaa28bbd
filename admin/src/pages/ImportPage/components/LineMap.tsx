/**
 * Every input line beside the section of the draft it went to, coloured per section. A wrong
 * guess is fixed here: "Section from here" makes a line the start of another section (or of an
 * extra section), optionally as its heading; "Update the plan" reads the notice again with that.
 */
import { Badge, Box, Button, Checkbox, Flex, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import { SECTION_TARGETS } from '../../../../../server/src/domain/import/types';
import { useTranslate } from '../../../hooks/useTranslate';
import { colourOf, extraSectionTitle } from '../sections';
import type { DraftPreview, ImportLine, SectionChoice } from '../types';

interface LineMapProps {
  lines: ImportLine[];
  drafts: DraftPreview[];
  locale: string;
  sections: SectionChoice[];
  onSections: (sections: SectionChoice[]) => void;
  /** Section choices not yet in the plan shown. */
  changed: boolean;
  /** Other choices (a basis, a kind, a library entry) not yet in the plan shown: it is being updated. */
  stale: boolean;
  onUpdate: () => void;
  busy: boolean;
}

const AS_READ = 'asRead';
const EXTRA = 'extra';

export const LineMap = ({ lines, drafts, locale, sections, onSections, changed, stale, onUpdate, busy }: LineMapProps) => {
  const { t } = useTranslate();
  const sectionName = (line: ImportLine) => {
    const extra = extraSectionTitle(line, drafts, locale);
    if (line.field === 'extraSections') return t('import.field.extraSection', { title: extra ?? '' });
    const name = t(`import.field.${line.field}`, undefined, line.field);
    return extra ? t('import.field.keptAs', { field: name, title: extra }) : name;
  };
  const targetName = (target: string) => t(`import.field.${target}`, undefined, target);
  const choiceAt = (line: number) => sections.find((choice) => choice.line === line);
  const setChoice = (line: number, choice: SectionChoice | null) =>
    onSections([...sections.filter((old) => old.line !== line), ...(choice ? [choice] : [])].sort((a, b) => a.line - b.line));

  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Flex justifyContent="flex-end">
        <Button variant={changed || stale ? 'default' : 'secondary'} onClick={onUpdate} disabled={!changed && !stale} loading={busy}>
          {t('import.lines.update')}
        </Button>
      </Flex>
      {changed ? (
        <Typography variant="pi" textColor="neutral600" role="status">
          {t('import.lines.moved', { count: sections.length })}
        </Typography>
      ) : null}
      <Flex tag="ol" direction="column" alignItems="stretch" gap={1} aria-label={t('import.lines.title')}>
        {lines.map((line) => {
          const colour = colourOf(line.field);
          const choice = choiceAt(line.line);
          const selected = choice ? (choice.target ?? EXTRA) : AS_READ;
          return (
            <Box
              tag="li"
              key={line.line}
              data-line={line.line}
              background={colour.background}
              borderColor={colour.border}
              borderStyle="solid"
              borderWidth="0 0 0 4px"
              paddingTop={1}
              paddingBottom={1}
              paddingLeft={3}
              paddingRight={3}
              hasRadius
            >
              <Flex gap={3} alignItems="flex-start">
                <Box minWidth="3rem">
                  <Typography variant="pi" textColor="neutral600">
                    {line.line}
                  </Typography>
                </Box>
                <Box flex="1">
                  <Typography variant="omega" textColor="neutral800" style={{ whiteSpace: 'pre-wrap', wordBreak: 'break-word' }}>
                    {line.text}
                  </Typography>
                </Box>
                <Flex gap={1} shrink={0} wrap="wrap" justifyContent="flex-end" maxWidth="40%">
                  {drafts.length > 1 ? <Badge size="S">{t('import.lines.register', { number: line.register + 1 })}</Badge> : null}
                  <Badge size="S" textColor={colour.border}>
                    {sectionName(line)}
                  </Badge>
                </Flex>
                <Flex direction="column" alignItems="stretch" gap={1} shrink={0} width="14rem">
                  <SingleSelect
                    size="S"
                    aria-label={t('import.lines.moveTo')}
                    placeholder={t('import.lines.moveTo')}
                    value={selected}
                    onChange={(value) => {
                      const target = String(value);
                      setChoice(line.line, target === AS_READ ? null : { line: line.line, target: target === EXTRA ? null : (target as SectionChoice['target']), heading: choice?.heading ?? false });
                    }}
                  >
                    <SingleSelectOption value={AS_READ}>{t('import.lines.moveTo.keep')}</SingleSelectOption>
                    {SECTION_TARGETS.filter((target) => target !== 'disclosuresAndTransfers').map((target) => (
                      <SingleSelectOption key={target} value={target}>
                        {targetName(target)}
                      </SingleSelectOption>
                    ))}
                    <SingleSelectOption value={EXTRA}>{t('import.field.extraSection', { title: '' })}</SingleSelectOption>
                  </SingleSelect>
                  {choice ? (
                    <Checkbox checked={choice.heading === true} onCheckedChange={(checked) => setChoice(line.line, { ...choice, heading: checked === true })}>
                      {t('import.lines.isHeading')}
                    </Checkbox>
                  ) : null}
                </Flex>
              </Flex>
            </Box>
          );
        })}
      </Flex>
    </Flex>
  );
};
