import { blocks, bulletList, editorMarkdown, escapeInline, hasValue, labelled } from '../markdown-text';
import { labelWithReference, withArticle } from '../texts';
import type { SectionContext } from './context';

/** 5 Rekisterin tietosisältö: the categories of personal data, marking Art 9 and Art 10 ones, and the data subjects. */
export function dataContentSection({ notice, texts, language }: SectionContext): string {
  const { fields } = texts;
  const categories = bulletList(
    notice.dataCategories.map((category) => {
      const special = category.special === 'none' ? undefined : texts.specialCategories[category.special];
      const name = hasValue(category.name) ? `**${escapeInline(category.name)}**` : '';
      return blocks(
        [name, special && `*${withArticle(special, '')}*`].filter(hasValue).join(' — '),
        hasValue(category.description) && editorMarkdown(category.description),
        category.examples.length > 0 && labelled(fields.examples, category.examples.map(escapeInline).join(', ')),
        // The condition that allows processing the special category (Art 9(2)) or criminal data (Art 10).
        category.art9Ground &&
          labelled(fields.art9Ground, labelWithReference(texts.art9Grounds[category.art9Ground], `9(2)(${category.art9Ground})`, language, category.art9Ground)),
        hasValue(category.art10Authority) && labelled(fields.art10Authority, editorMarkdown(category.art10Authority)),
      );
    }),
  );
  return blocks(
    categories && `### ${fields.dataCategories}\n\n${categories}`,
    hasValue(notice.dataSubjects) && `### ${fields.dataSubjects}\n\n${editorMarkdown(notice.dataSubjects)}`,
  );
}

/** 6 Säännönmukaiset tietolähteet: where the data comes from (Art 14(2)(f)). */
export function sourcesSection({ notice, texts }: SectionContext): string {
  return blocks(
    bulletList(notice.sourceKinds.map((kind) => texts.sourceKinds[kind] ?? escapeInline(kind))),
    hasValue(notice.sources) && editorMarkdown(notice.sources),
  );
}
