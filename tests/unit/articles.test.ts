/** Articles are cited in each language's own style, and the same way in the notice and in the completeness check. */
import { citeArticle, citeArticles } from '../../server/src/domain/articles';
import { NOTICE_TEXTS } from '../../server/src/domain/render/texts';

describe('citeArticle', () => {
  it.each([
    ['13(1)(a)', 'fi', 'tietosuoja-asetuksen 13 artiklan 1 kohdan a alakohta'],
    ['7(3)', 'fi', 'tietosuoja-asetuksen 7 artiklan 3 kohta'],
    ['10', 'fi', 'tietosuoja-asetuksen 10 artikla'],
    ['13(1)(a)', 'sv', 'artikel 13.1 a i dataskyddsförordningen'],
    ['9(2)', 'sv', 'artikel 9.2 i dataskyddsförordningen'],
    ['13(1)(a)', 'en', 'Article 13(1)(a) GDPR'],
    ['49', 'en', 'Article 49 GDPR'],
    ['13(1)(a)', 'de', 'Article 13(1)(a) GDPR'],
  ])('cites %s in %s as "%s"', (reference, language, cited) => {
    expect(citeArticle(reference, language)).toBe(cited);
  });

  it('joins several references in the language', () => {
    expect(citeArticles(['9(2)', '10'], 'sv')).toBe('artikel 9.2 i dataskyddsförordningen och artikel 10 i dataskyddsförordningen');
  });

  // The notice's fixed wording (locales/notice) cites the same articles as the check does.
  const legalBasisPoints = { consent: 'a', contract: 'b', 'legal-obligation': 'c', 'vital-interests': 'd', 'public-task': 'e', 'legitimate-interests': 'f' } as const;
  const safeguardReferences = { 'adequacy-decision': '45', 'standard-contractual-clauses': '46(2)(c)', 'binding-corporate-rules': '47', 'derogation-art49': '49' } as const;

  it.each(Object.keys(NOTICE_TEXTS))('cites the legal bases, safeguards and special categories of the %s notice in its style', (language) => {
    const texts = NOTICE_TEXTS[language];
    for (const [basis, point] of Object.entries(legalBasisPoints)) {
      expect(texts.legalBases[basis as keyof typeof legalBasisPoints].article).toBe(citeArticle(`6(1)(${point})`, language));
    }
    for (const [safeguard, reference] of Object.entries(safeguardReferences)) {
      expect(texts.safeguards[safeguard as keyof typeof safeguardReferences].article).toBe(citeArticle(reference, language));
    }
    expect(texts.specialCategories.art9.article).toBe(citeArticle('9', language));
    expect(texts.specialCategories.art10.article).toBe(citeArticle('10', language));
  });
});

describe('articles cited in the admin', () => {
  // Each language's citation as the notice writes it (citeArticle); in Finnish the last word is inflected.
  const CITATION: Record<string, RegExp> = {
    en: /Article (\d+(?:\(\d+\))?(?:\([a-z]\))?) GDPR/,
    fi: /[Tt]ietosuoja-asetuksen (\d+) artikl\p{L}*(?: (\d+) koh(?:ta|d\p{L}*)(?: ([a-z]) alakoh(?:ta|d\p{L}*))?)?/u,
    sv: /[Aa]rtikel (\d+(?:\.\d+)?(?: [a-z])?) i dataskyddsförordningen/,
  };
  // Any other way of naming an article: "Art 13", "GDPR Art", "13 art.", "art. 9.2", "artikel 9.2" without the regulation.
  const OTHER: Record<string, RegExp> = {
    en: /\bArt(?:icles?)?\.?\s*\d|\bGDPR\s+Art/i,
    fi: /\d+\s*(?:art\b|art\.|artikl)|\bart\.?\s*\d|\bGDPR\s*\d/iu,
    sv: /\b(?:art\.|artikel|artiklarna)\s*\d|\bGDPR\s+art/i,
  };
  const admin = (language: string): Record<string, string> => require(`../../locales/admin/${language}.json`); // eslint-disable-line @typescript-eslint/no-require-imports

  it.each(['en', 'fi', 'sv'])('the %s admin cites every article as the notice does', (language) => {
    const citing = Object.entries(admin(language)).filter(([, text]) => CITATION[language].test(text) || OTHER[language].test(text));
    expect(citing.length).toBeGreaterThan(40);
    const otherwise = citing.filter(([, text]) => OTHER[language].test(text.replace(new RegExp(CITATION[language].source, `${CITATION[language].flags}g`), ''))).map(([key, text]) => `${key}: ${text}`);
    expect(otherwise).toEqual([]);
  });

  it('writes the references the check sends in the same style', () => {
    expect(citeArticle('30(1)(a)', 'fi')).toMatch(CITATION.fi);
    expect(citeArticle('9(2)(a)', 'sv')).toMatch(CITATION.sv);
    expect(citeArticle('13(1)(f)', 'en')).toMatch(CITATION.en);
  });
});
