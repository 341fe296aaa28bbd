import { blocks, editorMarkdown, escapeInline, hasValue, labelled } from '../markdown-text';
import { withArticle } from '../texts';
import type { SectionContext } from './context';

/** 4 Käsittelyn tarkoitus ja oikeusperuste: each purpose with its Art 6(1) basis (Art 13(1)(c) and (d)). */
export function purposesSection({ notice, texts }: SectionContext): string {
  const { fields } = texts;
  return blocks(
    ...notice.purposes.map((purpose) =>
      blocks(
        hasValue(purpose.title) && `### ${escapeInline(purpose.title)}`,
        hasValue(purpose.description) && editorMarkdown(purpose.description),
        labelled(fields.legalBasis, withArticle(texts.legalBases[purpose.legalBasis], escapeInline(purpose.legalBasis))),
        purpose.legalBasis === 'legitimate-interests' &&
          labelled(
            purpose.legitimateInterestOf === 'third-party' ? fields.legitimateInterestOfThirdParty : fields.legitimateInterest,
            hasValue(purpose.legitimateInterest) ? editorMarkdown(purpose.legitimateInterest) : texts.document.placeholder,
          ),
      ),
    ),
  );
}
