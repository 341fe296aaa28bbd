/**
 * Sentences in the wrong place, proposed for their field: a paragraph in another section whose
 * every sentence is about the retention period, the sources or the disclosures, when the register
 * has no section of that kind. A suggestion is section choices the editor can accept as they are
 * (from the paragraph's line on, that field; from the next paragraph on, back to where it was);
 * nothing moves unless the editor accepts it.
 */
import { sentencesWithLines } from './answers';
import { mentionsAny, termPattern } from './patterns';
import { hasText, textLines } from './lines';
import type { Piece } from './routing';
import type { ImportDictionary, SectionChoice, SectionSuggestion, SuggestedField } from './types';
import { SUGGESTED_FIELDS } from './types';

const KEEP_IN_PLACE = new Set(['title', 'controller', 'contactPerson', 'documentTitle']);

export function sectionSuggester(dictionary: ImportDictionary): (pieces: Piece[]) => SectionSuggestion[] {
  const terms = Object.fromEntries(SUGGESTED_FIELDS.map((field) => [field, dictionary.fieldTerms[field].map(termPattern)])) as Record<
    SuggestedField,
    RegExp[]
  >;
  return (pieces) => {
    const missing = SUGGESTED_FIELDS.filter((field) => !pieces.some((piece) => piece.path === `fields.${field}`));
    return pieces.flatMap((piece) => {
      if (KEEP_IN_PLACE.has(piece.path)) return [];
      const blocks = piece.blocks.filter(hasText);
      return blocks.flatMap((block, i) => {
        const sentences = sentencesWithLines([block]);
        const field = missing.find((candidate) => sentences.length > 0 && sentences.every((sentence) => mentionsAny(sentence.text, terms[candidate])));
        if (!field) return [];
        const first = textLines(block)[0];
        const next = blocks[i + 1] && textLines(blocks[i + 1])[0];
        const sections: SectionChoice[] = [{ line: first.number, target: field }];
        if (next) sections.push({ line: next.number, target: piece.section.target });
        return [{ field, line: first.number, text: sentences.map((sentence) => sentence.text).join(' '), sections }];
      });
    });
  };
}
