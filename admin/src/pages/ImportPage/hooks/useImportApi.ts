/** The import route: a dry run (preview) of pasted text or a .docx, then creating the drafts; on the plugin's one client. */
import { useMemo } from 'react';
import { previewImportFile, useCreateImportMutation, usePreviewImportMutation } from '../../../api/queries';
import type { EditorChoices, ImportSource } from '../types';

/** The bases as the API takes them: each with its purpose's title, so the server applies it to that purpose wherever it is now. */
export const legalBasesOf = (choices: EditorChoices['legalBases']) =>
  choices.map((register) =>
    Object.values(register)
      .filter(({ legalBasis }) => legalBasis)
      .map(({ title, legalBasis, legitimateInterest }) => ({ title, legalBasis, legitimateInterest: legitimateInterest.trim() || null })),
  );

/** The picks as the API takes them: keyed by the planned entry's title or name. */
export const reuseOf = (reuse: EditorChoices['reuse']) =>
  reuse.map(({ controller, purposes, dataCategories }) => ({
    controller: controller?.documentId ?? null,
    purposes: Object.values(purposes).map(({ planned, documentId }) => ({ title: planned, documentId })),
    dataCategories: Object.values(dataCategories).map(({ planned, documentId }) => ({ name: planned, documentId })),
  }));

/** The editor's choices as the API's options; none before the first preview. */
const optionsOf = (choices: EditorChoices | null) =>
  choices
    ? {
        legalBases: legalBasesOf(choices.legalBases),
        reuse: reuseOf(choices.reuse),
        noticeKinds: choices.noticeKinds.map((kind) => kind || null),
        sections: choices.sections,
        answers: choices.answers,
      }
    : {};

export function useImportApi() {
  const [previewImport] = usePreviewImportMutation();
  const [createImport] = useCreateImportMutation();
  return useMemo(
    () => ({
      /** The plan; with the editor's choices, the plan as corrected (the text is then sent as text). */
      preview(source: ImportSource, locale: string, choices: EditorChoices | null = null) {
        if (source.kind === 'text') {
          return previewImport({ data: { text: source.text, locale, dryRun: true, ...optionsOf(choices) } }).unwrap();
        }
        return previewImportFile(source.file, locale);
      },

      create: (text: string, locale: string, choices: EditorChoices) => createImport({ data: { text, locale, ...optionsOf(choices) } }).unwrap(),
    }),
    [previewImport, createImport],
  );
}
