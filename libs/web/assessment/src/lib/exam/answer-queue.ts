import type { Answer, SaveAck } from '@civics/contracts';

/** The latest unsent (or unacknowledged) state of one item's response. */
export interface PendingAnswer {
  readonly attemptId: string;
  readonly itemId: string;
  readonly answer: Answer | null;
  readonly seq: number;
  readonly flagged: boolean;
}

/**
 * Durable storage of pending answers and the attempt's sequence counter (IndexedDB in the
 * browser, a map in tests). One record per attempt and item: the latest one.
 */
export interface PendingAnswerStore {
  put(entry: PendingAnswer): Promise<void>;
  /** Removes the item's record only when its seq is at most `upToSeq` (a newer one stays). */
  remove(attemptId: string, itemId: string, upToSeq: number): Promise<void>;
  list(attemptId: string): Promise<PendingAnswer[]>;
  lastSeq(attemptId: string): Promise<number>;
  setLastSeq(attemptId: string, seq: number): Promise<void>;
}

/** Why a send failed: the network (retry later) or the server's refusal with its problem code. */
export class SendError extends Error {
  constructor(
    readonly kind: 'network' | 'rejected',
    readonly code: string | null = null,
    readonly status = 0,
  ) {
    super(kind === 'network' ? 'network failure' : `rejected: ${code ?? status}`);
  }
}

export interface AnswerTransport {
  /** Sends one response; rejects with a SendError. */
  send(entry: PendingAnswer): Promise<SaveAck>;
}

export interface RetryScheduler {
  schedule(callback: () => void, delayMs: number): unknown;
  cancel(handle: unknown): void;
}

export interface QueueState {
  /** Items whose latest change the server has not acknowledged yet. */
  readonly pending: number;
  readonly sending: boolean;
  /** The last send failed for lack of a connection; a retry is scheduled. */
  readonly offline: boolean;
  /** The server refuses further answers (`deadline_passed`, `attempt_closed`). */
  readonly closedCode: string | null;
  /** Items the server refused as malformed (they are dropped; the person can answer again). */
  readonly refusedItems: readonly string[];
}

export interface AnswerQueueOptions {
  readonly baseDelayMs?: number;
  readonly maxDelayMs?: number;
}

const CLOSED_CODES = new Set(['deadline_passed', 'attempt_closed']);

/**
 * The offline-safe answer queue of one attempt. Every change gets the next sequence number
 * (monotonic per attempt, persisted), is written to the store first and then sent; an
 * acknowledgement removes the entry only when the server has stored that change or a newer one.
 * Network failures keep the entries and retry with exponential backoff, oldest change first.
 */
export class AnswerQueue {
  private readonly pending = new Map<string, PendingAnswer>();
  private seq = 0;
  private flushing: Promise<void> | null = null;
  private again = false;
  private retryHandle: unknown = null;
  private failures = 0;
  private state: QueueState = { pending: 0, sending: false, offline: false, closedCode: null, refusedItems: [] };
  private readonly baseDelayMs: number;
  private readonly maxDelayMs: number;

  constructor(
    readonly attemptId: string,
    private readonly store: PendingAnswerStore,
    private readonly transport: AnswerTransport,
    private readonly scheduler: RetryScheduler,
    private readonly onState: (state: QueueState) => void = () => undefined,
    options: AnswerQueueOptions = {},
  ) {
    this.baseDelayMs = options.baseDelayMs ?? 1000;
    this.maxDelayMs = options.maxDelayMs ?? 30_000;
  }

  /**
   * Loads what the store kept from an earlier visit. The counter continues above both the
   * stored counter and every sequence number the server already holds (another device may have
   * answered). Returns the pending entries, newest state per item, to lay over the server state.
   */
  async restore(serverSeqs: readonly number[]): Promise<PendingAnswer[]> {
    const [stored, entries] = await Promise.all([this.store.lastSeq(this.attemptId), this.store.list(this.attemptId)]);
    this.seq = Math.max(this.seq, stored, ...serverSeqs, ...entries.map((e) => e.seq));
    for (const entry of entries) {
      const known = this.pending.get(entry.itemId);
      if (!known || known.seq < entry.seq) {
        this.pending.set(entry.itemId, entry);
      }
    }
    this.emit();
    return [...this.pending.values()].sort((a, b) => a.seq - b.seq);
  }

  /** Records a change: next seq, stored durably, then sent. Resolves once it is stored. */
  async record(itemId: string, answer: Answer | null, flagged: boolean): Promise<PendingAnswer> {
    if (this.state.closedCode) {
      throw new SendError('rejected', this.state.closedCode);
    }
    const entry: PendingAnswer = { attemptId: this.attemptId, itemId, answer, seq: ++this.seq, flagged };
    this.pending.set(itemId, entry);
    this.emit({ refusedItems: this.state.refusedItems.filter((id) => id !== itemId) });
    await Promise.all([this.store.put(entry), this.store.setLastSeq(this.attemptId, entry.seq)]);
    void this.flush();
    return entry;
  }

  /** The connection came back: retry now, with the backoff reset. */
  online(): void {
    this.failures = 0;
    this.cancelRetry();
    void this.flush();
  }

  /** Sends every pending entry, oldest change first; resolves when this round is over. */
  flush(): Promise<void> {
    if (this.flushing) {
      this.again = true;
      return this.flushing;
    }
    this.cancelRetry();
    this.flushing = this.drain().finally(() => {
      this.flushing = null;
      this.emit({ sending: false });
    });
    return this.flushing;
  }

  get snapshot(): QueueState {
    return this.state;
  }

  /** The last sequence number given out or acknowledged. */
  get lastSeq(): number {
    return this.seq;
  }

  /** The entry still waiting for `itemId`, if any. */
  pendingFor(itemId: string): PendingAnswer | undefined {
    return this.pending.get(itemId);
  }

  dispose(): void {
    this.cancelRetry();
  }

  private async drain(): Promise<void> {
    do {
      this.again = false;
      const batch = [...this.pending.values()].sort((a, b) => a.seq - b.seq);
      for (const entry of batch) {
        if (this.state.closedCode) {
          return;
        }
        if (this.pending.get(entry.itemId) !== entry) {
          continue; // replaced by a newer change while we were sending; that one goes next round
        }
        this.emit({ sending: true });
        try {
          const ack = await this.transport.send(entry);
          this.failures = 0;
          await this.acknowledge(entry, ack);
          this.emit({ offline: false });
        } catch (error) {
          if (error instanceof SendError && error.kind === 'rejected') {
            if (error.code && CLOSED_CODES.has(error.code)) {
              this.emit({ closedCode: error.code });
              return;
            }
            // A malformed answer will never be accepted; drop it rather than block the queue.
            await this.drop(entry);
            this.emit({ refusedItems: [...this.state.refusedItems, entry.itemId] });
            continue;
          }
          this.failures++;
          this.emit({ offline: true });
          this.scheduleRetry();
          return;
        }
      }
    } while (this.again);
  }

  /** Acks up to `storedSeq` cover this entry; a newer local change stays pending. */
  private async acknowledge(entry: PendingAnswer, ack: SaveAck): Promise<void> {
    const current = this.pending.get(entry.itemId);
    if (current && current.seq <= ack.storedSeq) {
      this.pending.delete(entry.itemId);
    }
    if (ack.storedSeq > this.seq) {
      // The server holds a newer change (another device); continue above it.
      this.seq = ack.storedSeq;
      await this.store.setLastSeq(this.attemptId, this.seq);
    }
    await this.store.remove(this.attemptId, entry.itemId, ack.storedSeq);
    this.emit();
  }

  private async drop(entry: PendingAnswer): Promise<void> {
    if (this.pending.get(entry.itemId) === entry) {
      this.pending.delete(entry.itemId);
    }
    await this.store.remove(this.attemptId, entry.itemId, entry.seq);
  }

  private scheduleRetry(): void {
    this.cancelRetry();
    const delay = Math.min(this.maxDelayMs, this.baseDelayMs * 2 ** Math.max(0, this.failures - 1));
    this.retryHandle = this.scheduler.schedule(() => {
      this.retryHandle = null;
      void this.flush();
    }, delay);
  }

  private cancelRetry(): void {
    if (this.retryHandle !== null) {
      this.scheduler.cancel(this.retryHandle);
      this.retryHandle = null;
    }
  }

  private emit(change: Partial<QueueState> = {}): void {
    this.state = { ...this.state, ...change, pending: this.pending.size };
    this.onState(this.state);
  }
}
