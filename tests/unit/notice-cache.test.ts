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

type Doc = { body: () => string };

const state = (documentId: string, latest: number, validUntil = Infinity): RegisterState<Doc> => ({
  documentId,
  slug: documentId,
  head: head(latest),
  summaries: [],
  line: { current: null, upcoming: null, createdOn: null, history: [] },
  validUntil,
  snapshots: new Map(),
  histories: new Map(),
  documents: new Map(),
});

const MiB = 2 ** 20;

describe('the public read cache', () => {
  const now = Date.parse('2026-01-01T00:00:00Z');

  it('knows when the next announced version takes effect', () => {
    expect(nextChange([summary(1, '2025-01-01T00:00:00Z'), summary(2, '2026-03-01T00:00:00Z'), summary(3, '2026-02-01T00:00:00Z')], now)).toBe(
      Date.parse('2026-02-01T00:00:00Z'),
    );
    expect(nextChange([summary(1, '2025-01-01T00:00:00Z')], now)).toBe(Infinity);
  });

  it('forgets a register once its chain head moves or an announced version takes effect', () => {
    const cache = new NoticeCache<Doc>(MiB);
    cache.store(state('a', 2, now + 1000));
    expect(cache.state('a', head(2), now)).toBeDefined();
    expect(cache.state('a', head(3), now)).toBeUndefined();
    // The same number with another record hash is another record: a rewritten head is not served from memory.
    expect(cache.state('a', head(2, 'rewritten'), now)).toBeUndefined();
    expect(cache.state('a', head(2), now + 1000)).toBeUndefined();
  });

  it('builds a response once and serves it again', () => {
    const cache = new NoticeCache<Doc>(MiB);
    const s = state('a', 1);
    cache.store(s);
    let builds = 0;
    const build = () => {
      builds += 1;
      return { body: () => `body ${builds}` };
    };
    expect(cache.document(s, 'fi|html', build).body()).toBe('body 1');
    expect(cache.document(s, 'fi|html', build).body()).toBe('body 1');
    expect(cache.document(s, 'sv|html', build).body()).toBe('body 2');
    expect(builds).toBe(2);
  });

  it('counts the bytes of the responses it has written and of the snapshots it has loaded', async () => {
    const cache = new NoticeCache<Doc>(MiB);
    const s = state('a', 1);
    cache.store(s);
    const empty = cache.size;
    const body = 'x'.repeat(10_000);
    const document = cache.document(s, 'fi|html', () => ({ body: () => body }));
    const unwritten = cache.size;
    document.body();
    document.body();
    expect(cache.size - unwritten).toBe(2 * body.length);
    await cache.snapshot(s, 1, async () => ({ title: { fi: 'y'.repeat(1000) } }) as never);
    expect(cache.size - unwritten - 2 * body.length).toBeGreaterThan(1000);
    expect(unwritten).toBeGreaterThan(empty);
  });

  it('stays within its size in bytes, dropping the least recently used registers', () => {
    const cache = new NoticeCache<Doc>(MiB);
    const body = 'x'.repeat(100_000); // 200 kB counted: at most five fit in 1 MiB
    for (const id of ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']) {
      const s = state(id, 1);
      cache.store(s);
      cache.document(s, 'fi|html', () => ({ body: () => body })).body();
      if (id !== 'a') cache.state('a', head(1), now);
      expect(cache.size).toBeLessThanOrEqual(MiB);
    }
    // "a" was read after each newer one, so it stayed; the oldest of the others went.
    expect(cache.state('a', head(1), now)).toBeDefined();
    expect(cache.state('b', head(1), now)).toBeUndefined();
    expect(cache.state('h', head(1), now)).toBeDefined();
  });

  it('serves a register too large to remember for its request, and remembers nothing of it', () => {
    const cache = new NoticeCache<Doc>(MiB);
    const s = state('big', 1);
    cache.store(s);
    const document = cache.document(s, 'fi|html', () => ({ body: () => 'x'.repeat(MiB) }));
    expect(document.body()).toHaveLength(MiB);
    expect(cache.state('big', head(1), now)).toBeUndefined();
    expect(cache.size).toBe(0);
  });
});
