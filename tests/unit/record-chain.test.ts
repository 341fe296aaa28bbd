import { createHash } from 'node:crypto';
import { chainOf, checkChain, recordHash, type StoredLink, type VersionRecord } from '../../server/src/domain/record-chain';

const REGISTER = 'register-doc-id';

const record = (version: number, overrides: Partial<VersionRecord> = {}): VersionRecord => ({
  registerDocumentId: REGISTER,
  version,
  updatedOn: `2024-0${version}-01`,
  effectiveFrom: `2024-0${version}-01T00:00:00.000Z`,
  changeSummary: { fi: `Versio ${version}.` },
  material: version === 1,
  contentHash: `${version}`.repeat(64),
  ...overrides,
});

/** A register's versions 1..n, stored as publishing stores them, snapshots intact. */
function storedChain(n: number): StoredLink[] {
  const records = Array.from({ length: n }, (_, i) => record(i + 1));
  const links = chainOf(records);
  return records.map((r, i) => ({ ...r, recordHash: links[i].recordHash, previousRecordHash: links[i].previousRecordHash, snapshotHash: r.contentHash }));
}

const headOf = (links: StoredLink[]) => ({ version: links[links.length - 1].version, recordHash: links[links.length - 1].recordHash! });
const codes = (problems: ReturnType<typeof checkChain>) => problems.map((p) => [p.code, p.version]);

describe('the record hash', () => {
  it('is the sha256 of the canonical JSON of what a reader sees of the version and the hash before it', () => {
    const canonical =
      '{"changeSummary":{"fi":"Versio 2."},"contentHash":"' +
      '2'.repeat(64) +
      '","effectiveFrom":"2024-02-01T00:00:00.000Z","material":false,"previousRecordHash":"abc","registerDocumentId":"register-doc-id","updatedOn":"2024-02-01","version":2}';
    expect(recordHash(record(2), 'abc')).toBe(createHash('sha256').update(canonical).digest('hex'));
  });

  it('does not depend on the order of keys, in the record or in its change summary', () => {
    const shuffled = { material: false, contentHash: '2'.repeat(64), version: 2, changeSummary: { sv: 'B', fi: 'A' }, updatedOn: '2024-02-01', registerDocumentId: REGISTER, effectiveFrom: '2024-02-01T00:00:00.000Z' };
    expect(recordHash(shuffled, null)).toBe(recordHash(record(2, { changeSummary: { fi: 'A', sv: 'B' } }), null));
  });

  it('changes with every field a reader sees, and with the previous hash', () => {
    const base = recordHash(record(2), 'abc');
    const variants: Partial<VersionRecord>[] = [
      { registerDocumentId: 'another' },
      { version: 3 },
      { updatedOn: '2024-02-02' },
      { effectiveFrom: '2024-02-01T00:00:00.001Z' },
      { changeSummary: { fi: 'Versio 2!' } },
      { changeSummary: null },
      { material: true },
      { contentHash: 'f'.repeat(64) },
    ];
    for (const variant of variants) expect({ variant, same: recordHash(record(2, variant), 'abc') === base }).toEqual({ variant, same: false });
    expect(recordHash(record(2), 'abd')).not.toBe(base);
    expect(recordHash(record(2), null)).not.toBe(base);
  });

  it('chains versions in number order, version 1 following nothing', () => {
    const links = chainOf([record(2), record(1), record(3)]);
    expect(links.map((l) => l.version)).toEqual([1, 2, 3]);
    expect(links[0].previousRecordHash).toBeNull();
    expect(links[1].previousRecordHash).toBe(links[0].recordHash);
    expect(links[2].previousRecordHash).toBe(links[1].recordHash);
    expect(links[2].recordHash).toBe(recordHash(record(3), recordHash(record(2), recordHash(record(1), null))));
  });
});

describe('checking a register\'s chain', () => {
  it('finds nothing wrong with an intact chain, or with a register without versions', () => {
    const links = storedChain(4);
    expect(checkChain({ registerExists: true, head: headOf(links), links })).toEqual([]);
    expect(checkChain({ registerExists: true, head: null, links: [] })).toEqual([]);
  });

  it('reports an edited field of a version as an altered record, naming the version and both hashes', () => {
    for (const edit of [{ updatedOn: '2024-02-15' }, { changeSummary: { fi: 'Toisin.' } }, { effectiveFrom: '2024-01-15T00:00:00.000Z' }, { material: true }]) {
      const links = storedChain(3);
      const head = headOf(links);
      links[1] = { ...links[1], ...edit };
      const problems = checkChain({ registerExists: true, head, links });
      expect(codes(problems)).toEqual([['verification.record.altered', 2]]);
      expect(problems[0].params).toEqual({ version: 2, storedHash: links[1].recordHash, actualHash: recordHash(links[1], links[1].previousRecordHash) });
    }
  });

  it('reports an edited snapshot', () => {
    const links = storedChain(3);
    const head = headOf(links);
    links[2] = { ...links[2], snapshotHash: 'e'.repeat(64) };
    expect(codes(checkChain({ registerExists: true, head, links }))).toEqual([['verification.snapshot.altered', 3]]);
    links[2] = { ...links[2], snapshotHash: null };
    expect(checkChain({ registerExists: true, head, links })[0].params).toMatchObject({ version: 3, actualHash: null });
  });

  it('reports deleted versions: the newest, one in the middle, or all of them', () => {
    const links = storedChain(3);
    const head = headOf(links);
    expect(codes(checkChain({ registerExists: true, head, links: links.slice(0, 2) }))).toEqual([['verification.version.missing', 3]]);
    expect(codes(checkChain({ registerExists: true, head, links: [links[0], links[2]] }))).toEqual([['verification.version.missing', 2]]);
    expect(codes(checkChain({ registerExists: true, head, links: [] }))).toEqual([
      ['verification.version.missing', 1],
      ['verification.version.missing', 2],
      ['verification.version.missing', 3],
    ]);
  });

  it('reports a copy of version 3 inserted as version 4 beyond the head', () => {
    const links = storedChain(3);
    const head = headOf(links);
    const forged = { ...links[2], version: 4 };
    expect(codes(checkChain({ registerExists: true, head, links: [...links, forged] }))).toEqual([
      ['verification.record.altered', 4],
      ['verification.chain.broken', 4],
      ['verification.version.beyondHead', 4],
    ]);
  });

  it('reports a well-formed version appended beyond the head the register keeps', () => {
    const links = storedChain(4);
    expect(codes(checkChain({ registerExists: true, head: headOf(links.slice(0, 3)), links }))).toEqual([['verification.version.beyondHead', 4]]);
  });

  it('reports versions that swapped places', () => {
    const links = storedChain(3);
    const head = headOf(links);
    const swapped = [links[0], { ...links[2], version: 2 }, { ...links[1], version: 3 }];
    expect(codes(checkChain({ registerExists: true, head, links: swapped }))).toEqual([
      ['verification.record.altered', 2],
      ['verification.chain.broken', 2],
      ['verification.record.altered', 3],
      ['verification.chain.broken', 3],
      ['verification.head.mismatch', 3],
    ]);
  });

  it('reports a rewritten version even when its record hash was recomputed, by the link after it and the head', () => {
    const links = storedChain(3);
    const head = headOf(links);
    const rewritten = record(2, { updatedOn: '2024-02-20' });
    links[1] = { ...links[1], ...rewritten, recordHash: recordHash(rewritten, links[0].recordHash) };
    expect(codes(checkChain({ registerExists: true, head, links }))).toEqual([['verification.chain.broken', 3]]);
  });

  it('reports a head that names another hash than its version holds', () => {
    const links = storedChain(2);
    expect(codes(checkChain({ registerExists: true, head: { version: 2, recordHash: 'f'.repeat(64) }, links }))).toEqual([['verification.head.mismatch', 2]]);
  });

  it('reports versions whose register is gone, and versions of a register that keeps no head', () => {
    const links = storedChain(2);
    expect(codes(checkChain({ registerExists: false, head: null, links }))).toEqual([['verification.register.missing', null]]);
    expect(codes(checkChain({ registerExists: true, head: null, links }))).toEqual([['verification.head.missing', null]]);
  });

  it('reports a row written without a record hash, and checks no link against it', () => {
    const links = storedChain(3);
    const head = headOf(links);
    const imported = { ...record(4), recordHash: null, previousRecordHash: null, snapshotHash: record(4).contentHash };
    expect(codes(checkChain({ registerExists: true, head, links: [...links, imported] }))).toEqual([
      ['verification.record.unchained', 4],
      ['verification.version.beyondHead', 4],
    ]);
    links[1] = { ...links[1], recordHash: null, previousRecordHash: null };
    expect(codes(checkChain({ registerExists: true, head, links }))).toEqual([['verification.record.unchained', 2]]);
  });

  it('says what is wrong in English and with parameters for every problem', () => {
    const links = storedChain(3);
    const problems = checkChain({ registerExists: true, head: { version: 5, recordHash: 'x' }, links: [links[0], { ...links[2], material: true }] });
    expect(problems.length).toBeGreaterThan(0);
    for (const p of problems) {
      expect(p.message).toMatch(/version \d/);
      expect(p.params.version ?? p.params.versions).toEqual(expect.any(Number));
    }
  });
});
