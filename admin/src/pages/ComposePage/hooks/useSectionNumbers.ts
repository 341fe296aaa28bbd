import { useMemo } from 'react';
import { NOTICE_SECTION_IDS, sectionNumbers, type NoticeSectionId } from '../../../../../server/src/domain/sections';
import { useGetPreviewQuery } from '../../../api/queries';

/** The renderer writes each section of the notice as `<section id="notice-<id>">`, in the notice's order. */
const SECTION_ELEMENT = /<section id="notice-([a-zA-Z]+)">/g;

/**
 * The numbers the notice gives its sections as the register was last saved (a section with nothing
 * to say is left out of the notice and so unnumbered): from the sections of the preview the panel
 * beside the form shows — the client's cached answer, so no request of its own — numbered as the
 * renderer numbers them. Undefined until the preview answers.
 */
export function useSectionNumbers(documentId: string, language: string): Map<NoticeSectionId, number> | undefined {
  const { data } = useGetPreviewQuery({ documentId, locale: language });
  return useMemo(() => {
    if (!data) return undefined;
    const shown = [...data.matchAll(SECTION_ELEMENT)].map((match) => match[1]).filter((id): id is NoticeSectionId => (NOTICE_SECTION_IDS as readonly string[]).includes(id));
    return sectionNumbers(shown);
  }, [data]);
}
