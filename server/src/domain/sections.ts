/**
 * The sections of a notice, in the order it is rendered: the one vocabulary the renderer, the
 * diff, the completeness check, the register's fields and the admin share.
 *
 * - `id` names the section everywhere: the HTML anchor (`notice-<id>`), the heading in
 *   locales/notice (`sections.<id>`), the admin's section (`compose.<id>.title`).
 * - `diffId` is the section's id in the diff response (`sections[].id` of `/diff`), which is
 *   public and older than this vocabulary; it is mapped here and nowhere else.
 *
 * `extra` stands for the register's further sections, rendered unnumbered after the others as
 * `extra-1`, `extra-2`, …
 */
export const NOTICE_SECTIONS = [
  { id: 'controller', diffId: 'controller' },
  { id: 'contact', diffId: 'contactPerson' },
  { id: 'register', diffId: 'title' },
  { id: 'purposes', diffId: 'purposes' },
  { id: 'dataContent', diffId: 'dataCategories' },
  { id: 'sources', diffId: 'sources' },
  { id: 'recipients', diffId: 'recipients' },
  { id: 'transfers', diffId: 'transfers' },
  { id: 'retention', diffId: 'retention' },
  { id: 'security', diffId: 'security' },
  { id: 'automatedDecisions', diffId: 'automatedDecisions' },
  { id: 'statutoryRequirement', diffId: 'statutoryRequirement' },
  { id: 'rights', diffId: 'rights' },
  { id: 'cookies', diffId: 'cookies' },
  { id: 'extra', diffId: 'extraSections' },
] as const;

export type NoticeSectionId = (typeof NOTICE_SECTIONS)[number]['id'];
/** A section's id in the public diff. */
export type DiffSectionId = (typeof NOTICE_SECTIONS)[number]['diffId'];

export const NOTICE_SECTION_IDS: readonly NoticeSectionId[] = NOTICE_SECTIONS.map((section) => section.id);

/** The section a public diff id names. */
export const sectionOfDiffId = (diffId: string): NoticeSectionId | undefined =>
  NOTICE_SECTIONS.find((section) => section.diffId === diffId)?.id;

/**
 * The numbers a notice gives its sections: 1, 2, 3 … over the sections it shows, in the notice's
 * order. A section left out (it has nothing to say) has no number, nor have the further sections
 * (`extra`), which follow the others unnumbered. The renderer numbers the notice with it, and the
 * admin's form its sections, so that "6." in the form is "6." in the notice.
 */
export function sectionNumbers(shown: Iterable<NoticeSectionId>): Map<NoticeSectionId, number> {
  const given = new Set(shown);
  const numbered = NOTICE_SECTION_IDS.filter((id) => id !== 'extra' && given.has(id));
  return new Map(numbered.map((id, i) => [id, i + 1]));
}

/** The position of a section in the notice, for sorting what belongs to sections into the notice's order. */
export const sectionOrder = (id: NoticeSectionId | null): number =>
  id === null ? NOTICE_SECTIONS.length : NOTICE_SECTION_IDS.indexOf(id);
