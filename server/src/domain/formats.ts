/**
 * The formats a notice version is delivered in, by the name `?format=` takes: the content type of
 * each and the function that writes it. The public notice routes and the admin preview both read
 * this table. JSON has no writer here: the public JSON and the preview's JSON are different
 * shapes, each built by the service that answers.
 */
import { noticeJsonLd } from './jsonld';
import { renderHtml, renderMarkdown, type RenderInput } from './render';

/** A version as the writers read it. */
export interface FormatInput extends RenderInput {
  /** HTML: only the `<article>`, to embed in a page. */
  fragment?: boolean;
  /** JSON-LD: the version's absolute address, the base of its node IRIs. */
  id?: string;
  /** JSON-LD: when the version takes effect. */
  effectiveFrom?: string;
}

interface Format {
  contentType: string;
  write?: (input: FormatInput) => string | object;
}

export const NOTICE_FORMATS = {
  json: { contentType: 'application/json; charset=utf-8' },
  html: { contentType: 'text/html; charset=utf-8', write: (input) => renderHtml(input, { fragment: input.fragment }) },
  markdown: { contentType: 'text/markdown; charset=utf-8', write: (input) => renderMarkdown(input) },
  jsonld: {
    contentType: 'application/ld+json; charset=utf-8',
    write: (input) =>
      noticeJsonLd({
        snapshot: input.snapshot,
        id: input.id ?? '',
        version: input.version,
        locale: input.locale,
        createdOn: input.createdOn,
        updatedOn: input.updatedOn,
        effectiveFrom: input.effectiveFrom ?? '',
      }),
  },
} satisfies Record<string, Format>;

export type NoticeFormat = keyof typeof NOTICE_FORMATS;
/** A format with a writer: everything but JSON. */
export type WrittenFormat = Exclude<NoticeFormat, 'json'>;

/** The formats of the public notice routes, the default first. */
export const PUBLIC_FORMATS = ['json', 'html', 'markdown', 'jsonld'] as const satisfies readonly NoticeFormat[];
/** The formats of the admin preview, the default first. */
export const PREVIEW_FORMATS = ['html', 'markdown', 'json'] as const satisfies readonly NoticeFormat[];
