/**
 * What the public read path remembers between requests, in each Strapi process. Published
 * versions never change, so what a register serves stays the same until its chain head moves
 * (a publish here, or in another process sharing the database) or an announced version takes
 * effect. Each request still reads the head from the database, so several processes never
 * disagree for longer than one request.
 */
import type { ChainHead } from '../domain/record-chain';
import type { Timeline } from '../domain/timeline';
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
  /** Finished responses, by format, language and version asked for. */
  documents: Map<string, Document>;
}

/** The first moment after `now` at which some version takes effect, or Infinity. */
export function nextChange(summaries: VersionSummary[], now: number): number {
  return summaries.reduce((next, v) => {
    const at = Date.parse(v.effectiveFrom);
    return at > now && at < next ? at : next;
  }, Infinity);
}

export class NoticeCache<Document> {
  private readonly states = new Map<string, RegisterState<Document>>();

  constructor(
    private readonly maxRegisters = 500,
    private readonly maxDocumentsPerRegister = 64,
  ) {}

  /** The remembered state, if it still describes the register: the same chain head, nothing taken effect since. */
  state(documentId: string, head: ChainHead, now: number): RegisterState<Document> | undefined {
    const state = this.states.get(documentId);
    const sameHead = state?.head.version === head.version && state.head.recordHash === head.recordHash;
    if (!state || !sameHead || now >= state.validUntil) return undefined;
    // Least recently used last out: move to the end of the insertion order.
    this.states.delete(documentId);
    this.states.set(documentId, state);
    return state;
  }

  store(state: RegisterState<Document>) {
    this.states.delete(state.documentId);
    if (this.states.size >= this.maxRegisters) this.states.delete(this.states.keys().next().value as string);
    this.states.set(state.documentId, state);
  }

  document(state: RegisterState<Document>, key: string, build: () => Document): Document {
    let document = state.documents.get(key);
    if (!document) {
      if (state.documents.size >= this.maxDocumentsPerRegister) state.documents.clear();
      document = build();
      state.documents.set(key, document);
    }
    return document;
  }
}
