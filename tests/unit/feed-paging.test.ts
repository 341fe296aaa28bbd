/** The links between the pages of a change-log feed (RFC 5005), in Atom, RSS and JSON Feed. */
import { changelogFeed, FEED_FORMATS } from '../../server/src/services/feed';
import { withPagingLinks } from '../../server/src/services/feed-paging';
import { xml2js } from 'xml-js';
import type { NoticeLinks } from '../../server/src/http/links';

const api = 'https://example.fi/api/privacy-notices';
const links: NoticeLinks = {
  api,
  notices: () => `${api}/notices`,
  notice: (slug) => `${api}/notices/${slug}`,
  version: (slug, version) => `${api}/notices/${slug}/versions/${version}`,
  versions: (slug) => `${api}/notices/${slug}/versions`,
  changelog: () => `${api}/changelog?locale=fi&format=atom`,
};
const entry = (slug: string) => ({
  registerDocumentId: `register-${slug}`,
  slug,
  title: 'Asiakasrekisteri',
  controller: 'Esimerkki Oy',
  locale: 'fi',
  version: 1,
  updatedOn: '2024-01-01',
  effectiveFrom: '2024-01-01T00:00:00.000Z',
  effectiveOn: '2024-01-01',
  changeSummary: null,
  material: false,
  upcoming: false,
  legacy: false,
  recordHash: null,
});
const changelog = { locale: 'fi', title: null, registerDocumentId: null, entries: [entry('a'), entry('b')] };
const middle = { first: `${api}/changelog`, previous: `${api}/changelog?page=1`, next: `${api}/changelog?page=3&locale=fi` };

describe('paging links of a change-log feed', () => {
  it('Atom links the first, newer and older pages and keeps its entries', () => {
    const atom = withPagingLinks(changelogFeed(changelog, null, 'atom', links), 'atom', middle);
    expect(atom).toContain(`<link rel="first" href="${api}/changelog"/>`);
    expect(atom).toContain(`<link rel="previous" href="${api}/changelog?page=1"/>`);
    expect(atom).toContain(`<link rel="next" href="${api}/changelog?page=3&amp;locale=fi"/>`);
    expect(atom.match(/<entry>/g)).toHaveLength(2);
    // Well-formed XML: every `&` in a link is written `&amp;` (a strict parser refuses a bare one).
    expect(() => xml2js(atom)).not.toThrow();
    expect(() => xml2js('<a href="x?b=1&c=2"/>')).toThrow();
  });

  it('RSS carries them as atom:link in the channel', () => {
    const rss = withPagingLinks(changelogFeed(changelog, null, 'rss', links), 'rss', middle);
    expect(rss).toContain(`<atom:link rel="next" href="${api}/changelog?page=3&amp;locale=fi"/>`);
    expect(rss).toContain('xmlns:atom="http://www.w3.org/2005/Atom"');
    expect(rss.match(/<item>/g)).toHaveLength(2);
    expect(() => xml2js(rss)).not.toThrow();
  });

  it('JSON Feed names the older page in next_url, and nothing on the last page', () => {
    expect(JSON.parse(withPagingLinks(changelogFeed(changelog, null, 'json', links), 'json', middle)).next_url).toBe(`${api}/changelog?page=3&locale=fi`);
    expect(JSON.parse(withPagingLinks(changelogFeed(changelog, null, 'json', links), 'json', { ...middle, next: null }))).not.toHaveProperty('next_url');
  });

  it.each(FEED_FORMATS)('a %s feed with one page links no other page', (format) => {
    const feed = withPagingLinks(changelogFeed(changelog, null, format, links), format, { first: `${api}/changelog`, previous: null, next: null });
    expect(feed).not.toMatch(/rel="(previous|next)"|next_url/);
  });
});
