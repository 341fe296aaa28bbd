/**
 * What the public read path remembers between requests, in each Strapi process. Published
 * versions never change, so what a register serves stays the same until its chain head moves
 * (a publish here, or in another process sharing the database) or an announced version takes
 * effect. Each request still reads the head from the database, so several processes never
 * disagree for longer than one request.
 *
 * Memory is bounded in bytes (the `cacheSize` option): each register's state counts its version
 * list, the snapshots it has loaded and the responses it has written, and the least recently used
 * registers are dropped first. Sizes are estimates: a string counts two bytes a character, a parsed
 * snapshot three bytes for each character of its JSON.
 */
import { LRUCache } from 'lru-cache';
import type { ChainHead } from '../domain/record-chain';
import type { BoundedHistory, Timeline } from '../domain/timeline';
import type { NoticeSnapshot, VersionSummary } from '../domain/types';

export interface RegisterState<Document> {
  documentId: string;
  slug: string;
  head: ChainHead;
  summaries: VersionSummary[];
  line: Timeline;
  /** When an announced version takes effect (ms since epoch): the state is rebuilt then. */
  validUntil: number;
  snapshots: Map<number, NoticeSnapshot>;
  /** The päivitetty history of each version served, built once (by version and now / `at`). */
  histories: Map<string, BoundedHistory>;
  /** Finished responses, by format, language and version asked for. */
  documents: Map<string, Document>;
}

/** A response whose body is built on first use. */
interface Buildable {
  body: () => unknown;
}

/** The first moment after `now` at which some version takes effect, or Infinity. */
export function nextChange(summaries: VersionSummary[], now: number): number {
  return summaries.reduce((next, v) => {
    const at = Date.parse(v.effectiveFrom);
    return at > now && at < next ? at : next;
  }, Infinity);
}

/** Bytes a value is counted as: see the module comment. */
export function estimatedBytes(value: unknown): number {
  if (typeof value === 'string') return 2 * value.length;
  if (value === null || value === undefined) return 0;
  return 3 * JSON.stringify(value).length;
}

/** What every entry costs besides its contents: keys, maps, the timeline. */
const ENTRY_OVERHEAD = 1024;
/** A response before its body is written: its tag, its state and its ETag. */
const DOCUMENT_OVERHEAD = 512;
/** Histories kept per register state: one per version (and `at`) served; more are rebuilt. */
const MAX_HISTORIES_PER_REGISTER = 64;

export class NoticeCache<Document extends Buildable> {
  private readonly states: LRUCache<string, RegisterState<Document>>;
  private readonly bytes = new WeakMap<RegisterState<Document>, number>();

  constructor(maxBytes: number) {
    this.states = new LRUCache<string, RegisterState<Document>>({ maxSize: maxBytes, sizeCalculation: (state) => this.bytes.get(state) ?? ENTRY_OVERHEAD });
  }

  /** Bytes of everything remembered now. */
  get size(): number {
    return this.states.calculatedSize;
  }

  /** The remembered state, if it still describes the register: the same chain head, nothing taken effect since. */
  state(documentId: string, head: ChainHead, now: number): RegisterState<Document> | undefined {
    const state = this.states.get(documentId);
    const sameHead = state?.head.version === head.version && state.head.recordHash === head.recordHash;
    if (!state || !sameHead || now >= state.validUntil) return undefined;
    return state;
  }

  store(state: RegisterState<Document>) {
    this.bytes.set(state, ENTRY_OVERHEAD + estimatedBytes(state.summaries));
    this.states.set(state.documentId, state);
  }

  /** A version's snapshot as the state keeps it, loaded by `load` the first time. */
  async snapshot(state: RegisterState<Document>, version: number, load: () => Promise<NoticeSnapshot>): Promise<NoticeSnapshot> {
    let snapshot = state.snapshots.get(version);
    if (!snapshot) {
      snapshot = await load();
      state.snapshots.set(version, snapshot);
      this.grow(state, estimatedBytes(snapshot));
    }
    return snapshot;
  }

  /** A bounded history as the state keeps it under `key`, built by `build` the first time and counted in the cache's size. */
  history(state: RegisterState<Document>, key: string, build: () => BoundedHistory): BoundedHistory {
    let history = state.histories.get(key);
    if (!history) {
      history = build();
      if (state.histories.size >= MAX_HISTORIES_PER_REGISTER) state.histories.clear();
      state.histories.set(key, history);
      this.grow(state, estimatedBytes(history));
    }
    return history;
  }

  /** The response under `key`, built once; its body is counted once it is written. */
  document(state: RegisterState<Document>, key: string, build: () => Document): Document {
    let document = state.documents.get(key);
    if (!document) {
      const built = build();
      const write = built.body;
      let counted = false;
      document = {
        ...built,
        body: () => {
          const body = write();
          if (!counted) {
            counted = true;
            this.grow(state, estimatedBytes(body));
          }
          return body;
        },
      };
      state.documents.set(key, document);
      this.grow(state, DOCUMENT_OVERHEAD + 2 * key.length);
    }
    return document;
  }

  /** Counts a value kept with the state (a response's data, say). */
  account(state: RegisterState<Document>, value: unknown) {
    this.grow(state, estimatedBytes(value));
  }

  /** Counts more bytes for a state; the cache drops the least recently used states to stay within its size. */
  private grow(state: RegisterState<Document>, bytes: number) {
    const size = (this.bytes.get(state) ?? ENTRY_OVERHEAD) + bytes;
    this.bytes.set(state, size);
    // Only a state still remembered is counted again (lru-cache sizes an entry when it is set, and
    // not again for the same value); one already dropped lives on for its request alone.
    if (this.states.peek(state.documentId) !== state) return;
    this.states.delete(state.documentId);
    this.states.set(state.documentId, state);
  }
}
