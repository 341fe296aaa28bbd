/**
 * Beside a planned controller, purpose or data category: create it as planned (or use the equal
 * library entry), use one of the library's likely matches, or search the library for another —
 * with the compose page's own picker. One click to change, one to go back.
 */
import { useState } from 'react';
import { Box, SingleSelect, SingleSelectOption, Typography } from '@strapi/design-system';
import type { LibraryKind } from '../../../api/types';
import { entryName } from '../../../components/library/describe';
import { useLanguage } from '../../../components/translatable/LanguageContext';
import { useTranslate } from '../../../hooks/useTranslate';
import { PickEntryModal } from '../../ComposePage/components/PickEntryModal';
import type { LibraryPick } from '../types';
import type { PlannedReuse } from '../../../../../server/src/contracts';

interface LibraryChoiceProps {
  kind: LibraryKind;
  /** What the plan says of the entry: the equal one, the matches, the pick it was made with. */
  reuse: PlannedReuse;
  /** The planned entry's title or name ('' for a controller the text does not name). */
  planned: string;
  picked: LibraryPick | null;
  onPick: (pick: LibraryPick | null) => void;
  /** The select's accessible name. */
  label: string;
}

const PLANNED = 'planned';
const SEARCH = 'search';

export const LibraryChoice = ({ kind, reuse, planned, picked, onPick, label }: LibraryChoiceProps) => {
  const { t } = useTranslate();
  const { language, defaultLanguage } = useLanguage();
  const [searching, setSearching] = useState(false);
  const nameOf = (documentId: string | null) =>
    (documentId && (reuse.matches.find((match) => match.documentId === documentId)?.name ?? (reuse.existing === documentId ? reuse.existingName : null))) || '';
  // The matches, the equal entry kept as "as planned", and the current pick even if the search found it elsewhere.
  const options = reuse.matches.filter((match) => match.documentId !== reuse.equal);
  if (picked && !options.some((match) => match.documentId === picked.documentId)) options.unshift(picked);
  const similar = reuse.matches.filter((match) => match.documentId !== reuse.equal).length;

  return (
    <Box minWidth="18rem">
      <SingleSelect
        size="S"
        aria-label={label}
        value={picked?.documentId ?? PLANNED}
        onChange={(value) => {
          const chosen = String(value);
          if (chosen === SEARCH) setSearching(true);
          else if (chosen === PLANNED) onPick(null);
          else onPick({ documentId: chosen, name: options.find((match) => match.documentId === chosen)?.name ?? '', planned });
        }}
      >
        <SingleSelectOption value={PLANNED}>
          {reuse.equal ? t('import.reuse.equal', { name: nameOf(reuse.equal) }) : planned ? t('import.reuse.new') : t('import.reuse.none')}
        </SingleSelectOption>
        {options.map((match) => (
          <SingleSelectOption key={match.documentId} value={match.documentId}>
            {t('import.reuse.use', { name: match.name })}
          </SingleSelectOption>
        ))}
        <SingleSelectOption value={SEARCH}>{t('import.reuse.search')}</SingleSelectOption>
      </SingleSelect>
      {!picked && similar > 0 ? (
        <Typography variant="pi" textColor="neutral600" tag="p">
          {t('import.reuse.similar', { count: similar })}
        </Typography>
      ) : null}
      <PickEntryModal
        kind={kind}
        open={searching}
        onClose={() => setSearching(false)}
        chosen={picked ? [picked.documentId] : []}
        multiple={false}
        onPick={(entry) => onPick({ documentId: entry.documentId, name: entryName(kind, entry, language, defaultLanguage), planned })}
      />
    </Box>
  );
};
