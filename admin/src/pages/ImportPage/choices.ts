/**
 * The editor's choices in the import preview, kept in step with the plan. Per-register choices (a
 * basis, a library pick, the notice kind, a confirmed answer) belong to a register, which is known
 * by its first input line: a section move that starts or ends a register changes the registers'
 * order, and a choice then follows its register instead of staying at its position.
 */
import { identity, type ConfirmedAnswers, type EditorChoices, type ImportPreview, type SectionChoice } from './types';

export const NO_CHOICES: EditorChoices = { legalBases: [], reuse: [], noticeKinds: [], sections: [], answers: [] };

/** The entries of `map` whose key is still among `keys`: a choice whose purpose (or category) is gone is dropped. */
const kept = <T>(map: Record<string, T> | undefined, keys: string[]): Record<string, T> =>
  Object.fromEntries(Object.entries(map ?? {}).filter(([key]) => keys.includes(key)));

/** Each register's first input line, by register index. */
const firstLines = (preview: Pick<ImportPreview, 'lines' | 'registers'>): number[] =>
  preview.registers.map((_, r) => Math.min(...preview.lines.filter((line) => line.register === r).map((line) => line.line)));

/**
 * The per-register choices made on `before`, moved to the registers of `after`: a register keeps
 * its choices when it still starts on the same line; a register that is new has none.
 */
export function carryChoices(choices: EditorChoices, before: Pick<ImportPreview, 'lines' | 'registers'>, after: Pick<ImportPreview, 'lines' | 'registers'>): EditorChoices {
  const old = firstLines(before);
  const from = firstLines(after).map((line) => old.indexOf(line));
  const pick = <T>(list: T[], empty: T): T[] => from.map((r) => (r >= 0 ? (list[r] ?? empty) : empty));
  return {
    legalBases: pick(choices.legalBases, {}),
    reuse: pick(choices.reuse, { controller: null, purposes: {}, dataCategories: {} }),
    noticeKinds: pick(choices.noticeKinds, ''),
    sections: choices.sections,
    answers: pick(choices.answers, {}),
  };
}

/** True when the two plans cut the text into the same registers. */
export const sameRegisters = (a: Pick<ImportPreview, 'lines' | 'registers'>, b: Pick<ImportPreview, 'lines' | 'registers'>) =>
  firstLines(a).join() === firstLines(b).join();

/**
 * The editor's choices as the plan stands: the bases and picks kept by the identity of their purpose
 * or data category (so a moved section cannot shift them onto another), the kinds, the section starts.
 */
export const choicesOf = (preview: ImportPreview, sections: SectionChoice[], previous: EditorChoices | null): EditorChoices => ({
  legalBases: preview.registers.map((draft, r) =>
    kept(
      previous?.legalBases[r],
      draft.purposes.map((purpose) => identity(purpose.title[preview.locale])),
    ),
  ),
  reuse: preview.registers.map((draft, r) => ({
    controller: previous?.reuse[r]?.controller ?? null,
    purposes: kept(
      previous?.reuse[r]?.purposes,
      draft.purposes.map((purpose) => identity(purpose.title[preview.locale])),
    ),
    dataCategories: kept(
      previous?.reuse[r]?.dataCategories,
      draft.dataCategories.map((category) => identity(category.name[preview.locale])),
    ),
  })),
  noticeKinds: preview.registers.map((draft) => (draft.noticeKindFrom === 'editor' ? draft.register.noticeKind : '')),
  sections,
  // A confirmation holds only while the text still proposes that answer.
  answers: preview.registers.map((draft, r) =>
    Object.fromEntries(
      Object.entries(previous?.answers[r] ?? {}).filter(([key, answer]) => draft.proposedAnswers[key as keyof ConfirmedAnswers]?.answer === answer),
    ),
  ),
});
