import { NoticeCache, nextChange, type RegisterState } from '../../server/src/services/notice-cache';
import type { VersionSummary } from '../../server/src/domain/types';

const summary = (version: number, effectiveFrom: string): VersionSummary => ({
  version,
  updatedOn: effectiveFrom.slice(0, 10),
  effectiveFrom,
  changeSummary: null,
  material: false,
  contentHash: `hash${version}`,
});

const head = (version: number, recordHash = `record${version}`) => ({ version, recordHash });

const state = (documentId: string, latest: number, validUntil = Infinity): RegisterState<string> => ({
  documentId,
  slug: documentId,
  head: head(latest),
  summaries: [],
  line: { current: null, upcoming: null, createdOn: null, history: [] },
  validUntil,
  snapshots: new Map(),
  documents: new Map(),
});

describe('the public read cache', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('knows when the next announced version takes effect', () => {
    expect(nextChange([summary(1, '2025-01-01T00:00:00Z'), summary(2, '2026-03-01T00:00:00Z'), summary(3, '2026-02-01T00:00:00Z')], now)).toBe(
      Date.parse('2026-02-01T00:00:00Z'),
    );
    expect(nextChange([summary(1, '2025-01-01T00:00:00Z')], now)).toBe(Infinity);
  });

  it('forgets a register once its chain head moves or an announced version takes effect', () => {
    const cache = new NoticeCache<string>();
    cache.store(state('a', 2, now + 1000));
    expect(cache.state('a', head(2), now)).toBeDefined();
    expect(cache.state('a', head(3), now)).toBeUndefined();
    // The same number with another record hash is another record: a rewritten head is not served from memory.
    expect(cache.state('a', head(2, 'rewritten'), now)).toBeUndefined();
    expect(cache.state('a', head(2), now + 1000)).toBeUndefined();
  });

  it('builds a response once and serves it again', () => {
    const cache = new NoticeCache<string>();
    const s = state('a', 1);
    let builds = 0;
    const build = () => `body ${(builds += 1)}`;
    expect(cache.document(s, 'fi|html', build)).toBe('body 1');
    expect(cache.document(s, 'fi|html', build)).toBe('body 1');
    expect(cache.document(s, 'sv|html', build)).toBe('body 2');
  });

  it('keeps at most the configured number of registers, dropping the least recently used', () => {
    const cache = new NoticeCache<string>(2);
    cache.store(state('a', 1));
    cache.store(state('b', 1));
    cache.state('a', head(1), now);
    cache.store(state('c', 1));
    expect(cache.state('b', head(1), now)).toBeUndefined();
    expect(cache.state('a', head(1), now)).toBeDefined();
    expect(cache.state('c', head(1), now)).toBeDefined();
  });
});
