/**
 * The JSON-LD context, inline so that a consumer needs no network to expand the document.
 * Plain strings are language-tagged with the served language (set per document).
 */
export const NAMESPACES = {
  dpv: 'https://w3id.org/dpv#',
  'eu-gdpr': 'https://w3id.org/dpv/legal/eu/gdpr#',
  loc: 'https://w3id.org/dpv/loc#',
  pd: 'https://w3id.org/dpv/pd#',
  dct: 'http://purl.org/dc/terms/',
  skos: 'http://www.w3.org/2004/02/skos/core#',
  owl: 'http://www.w3.org/2002/07/owl#',
  xsd: 'http://www.w3.org/2001/XMLSchema#',
} as const;

export function jsonLdContext(language: string) {
  return {
    ...NAMESPACES,
    '@language': language,
    // Dates, identifiers and contact details are not text in a language.
    'dct:created': { '@type': 'xsd:date' },
    'dct:modified': { '@type': 'xsd:date' },
    'dct:valid': { '@type': 'xsd:dateTime' },
    'dct:identifier': { '@language': null },
    'owl:versionInfo': { '@language': null },
    'dpv:hasContact': { '@language': null },
  };
}
