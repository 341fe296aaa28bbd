/** Every input line beside the section of the draft it went to, coloured per section. */
import { Badge, Box, Flex, Typography } from '@strapi/design-system';
import { useTranslate } from '../../../hooks/useTranslate';
import { colourOf, extraSectionTitle } from '../sections';
import type { DraftPreview, ImportLine } from '../types';

interface LineMapProps {
  lines: ImportLine[];
  drafts: DraftPreview[];
  locale: string;
}

export const LineMap = ({ lines, drafts, locale }: LineMapProps) => {
  const { t } = useTranslate();
  const sectionName = (line: ImportLine) => {
    const extra = extraSectionTitle(line, drafts, locale);
    if (line.field === 'extraSections') return t('import.field.extraSection', { title: extra ?? '' });
    const name = t(`import.field.${line.field}`, undefined, line.field);
    return extra ? t('import.field.keptAs', { field: name, title: extra }) : name;
  };

  return (
    <Flex tag="ol" direction="column" alignItems="stretch" gap={1} aria-label={t('import.lines.title')}>
      {lines.map((line) => {
        const colour = colourOf(line.field);
        return (
          <Box
            tag="li"
            key={line.line}
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
            </Flex>
          </Box>
        );
      })}
    </Flex>
  );
};
