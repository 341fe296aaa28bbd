/**
 * GDPR article references cited in each language's own style, the same in the notice and in the
 * completeness check: fi "tietosuoja-asetuksen 13 artiklan 1 kohdan a alakohta", sv "artikel 13.1 a
 * i dataskyddsförordningen", en "Article 13(1)(a) GDPR". A reference is written `13(1)(a)`.
 */

interface ArticleParts {
  article: string;
  paragraph?: string;
  point?: string;
}

const REFERENCE = /^(\d+)(?:\((\d+)\))?(?:\(([a-z])\))?$/;

export function articleParts(reference: string): ArticleParts | null {
  const match = REFERENCE.exec(reference.trim());
  if (!match) return null;
  return { article: match[1], paragraph: match[2], point: match[3] };
}

const STYLES: Record<string, (parts: ArticleParts) => string> = {
  fi: ({ article, paragraph, point }) =>
    `tietosuoja-asetuksen ${article} ${
      paragraph === undefined ? 'artikla' : point === undefined ? `artiklan ${paragraph} kohta` : `artiklan ${paragraph} kohdan ${point} alakohta`
    }`,
  sv: ({ article, paragraph, point }) =>
    `artikel ${article}${paragraph === undefined ? '' : `.${paragraph}`}${point === undefined ? '' : ` ${point}`} i dataskyddsförordningen`,
  en: ({ article, paragraph, point }) => `Article ${article}${paragraph === undefined ? '' : `(${paragraph})`}${point === undefined ? '' : `(${point})`} GDPR`,
};

/** How a list of references is joined in each language. */
const AND: Record<string, string> = { fi: ' ja ', sv: ' och ', en: ' and ' };

/** One reference, e.g. `13(1)(a)`, in the language's style (English for a language without one). */
export function citeArticle(reference: string, language: string): string {
  const parts = articleParts(reference);
  if (!parts) return reference;
  return (STYLES[language] ?? STYLES.en)(parts);
}

/** Several references, each cited in full. */
export function citeArticles(references: string[], language: string): string {
  return references.map((reference) => citeArticle(reference, language)).join(AND[language] ?? AND.en);
}
