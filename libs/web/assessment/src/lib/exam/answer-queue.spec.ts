import type { Answer, SaveAck } from '@civics/contracts';
import { AnswerQueue, type PendingAnswer, type QueueState, type RetryScheduler, SendError } from './answer-queue';
import { MemoryAnswerStore } from './indexed-db-store';

const A = 'attempt-1';
const choice = (c: string): Answer => ({ type: 'single_choice', choice: c });

/** A server that stores the newest seq per item, like the real one; can be switched off. */
class FakeServer {
  readonly stored = new Map<string, { seq: number; answer: Answer | null }>();
  readonly received: PendingAnswer[] = [];
  online = true;
  rejectWith: string | null = null;
  /** Pending sends, released by hand to test acknowledgements that arrive late. */
  hold = false;
  private readonly held: (() => void)[] = [];

  async send(entry: PendingAnswer): Promise<SaveAck> {
    if (this.hold) {
      await new Promise<void>((resolve) => this.held.push(resolve));
    }
    if (!this.online) {
      throw new SendError('network');
    }
    if (this.rejectWith) {
      throw new SendError('rejected', this.rejectWith, 409);
    }
    this.received.push(entry);
    const existing = this.stored.get(entry.itemId);
    const applied = !existing || existing.seq < entry.seq;
    if (applied) {
      this.stored.set(entry.itemId, { seq: entry.seq, answer: entry.answer });
    }
    return { itemId: entry.itemId, storedSeq: this.stored.get(entry.itemId)?.seq ?? entry.seq, applied, savedAt: '2026-01-01T00:00:00Z' };
  }

  release(): void {
    this.hold = false;
    this.held.splice(0).forEach((r) => r());
  }
}

class ManualScheduler implements RetryScheduler {
  readonly delays: number[] = [];
  private next: (() => void) | null = null;
  schedule(callback: () => void, delayMs: number): unknown {
    this.delays.push(delayMs);
    this.next = callback;
    return callback;
  }
  cancel(): void {
    this.next = null;
  }
  get pending(): boolean {
    return this.next !== null;
  }
  fire(): void {
    const cb = this.next;
    this.next = null;
    cb?.();
  }
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

function setup() {
  const store = new MemoryAnswerStore();
  const server = new FakeServer();
  const scheduler = new ManualScheduler();
  const states: QueueState[] = [];
  const queue = new AnswerQueue(A, store, server, scheduler, (s) => states.push(s), { baseDelayMs: 100, maxDelayMs: 1000 });
  return { store, server, scheduler, states, queue };
}

describe('AnswerQueue', () => {
  it('gives each change the next sequence number, stores it first and empties the store once acknowledged', async () => {
    const { store, server, queue } = setup();
    await queue.restore([]);
    const first = await queue.record('i1', choice('a'), false);
    const second = await queue.record('i2', choice('b'), true);
    expect([first.seq, second.seq]).toEqual([1, 2]);
    await queue.flush();
    expect(server.received.map((e) => [e.itemId, e.seq])).toEqual([
      ['i1', 1],
      ['i2', 2],
    ]);
    expect(await store.list(A)).toEqual([]);
    expect(queue.snapshot.pending).toBe(0);
    expect(await store.lastSeq(A)).toBe(2);
  });

  it('continues the counter above what the server and the store already hold', async () => {
    const { store, queue } = setup();
    await store.setLastSeq(A, 7);
    await queue.restore([3, 12]);
    expect((await queue.record('i1', choice('a'), false)).seq).toBe(13);
  });

  it('keeps a newer change when the acknowledgement of an older one arrives (stale ack)', async () => {
    const { store, server, queue } = setup();
    await queue.restore([]);
    server.hold = true;
    await queue.record('i1', choice('a'), false); // seq 1, in flight
    await settle();
    await queue.record('i1', choice('b'), false); // seq 2, waits
    server.release();
    await queue.flush();
    await settle();
    expect(server.received.map((e) => e.seq)).toEqual([1, 2]);
    expect(server.stored.get('i1')).toEqual({ seq: 2, answer: choice('b') });
    expect(await store.list(A)).toEqual([]);
  });

  it('does not drop a newer local change when the ack covers only the older seq', async () => {
    const { store, queue } = setup();
    await queue.restore([]);
    const fake = { send: jest.fn() };
    const q = new AnswerQueue(A, store, fake, { schedule: () => 0, cancel: () => undefined });
    await q.restore([]);
    let ackFirst: (ack: SaveAck) => void = () => undefined;
    fake.send.mockImplementationOnce(() => new Promise<SaveAck>((resolve) => (ackFirst = resolve)));
    fake.send.mockImplementation(async (e: PendingAnswer) => ({ itemId: e.itemId, storedSeq: e.seq, applied: true, savedAt: '' }));
    await q.record('i1', choice('a'), false);
    await q.record('i1', choice('b'), false);
    expect((await store.list(A)).map((e) => e.seq)).toEqual([2]);
    ackFirst({ itemId: 'i1', storedSeq: 1, applied: true, savedAt: '' });
    await q.flush();
    await settle();
    expect(fake.send.mock.calls.map(([e]) => (e as PendingAnswer).seq)).toEqual([1, 2]);
    expect(await store.list(A)).toEqual([]);
    void queue;
  });

  it('keeps answers while offline, retries with growing delays, and sends them in order when back online', async () => {
    const { store, server, scheduler, queue } = setup();
    await queue.restore([]);
    server.online = false;
    await queue.record('i1', choice('a'), false);
    await queue.record('i2', choice('b'), false);
    await queue.record('i3', choice('c'), true);
    await queue.flush();
    expect(queue.snapshot).toMatchObject({ pending: 3, offline: true });
    expect((await store.list(A)).map((e) => e.itemId)).toEqual(['i1', 'i2', 'i3']);
    scheduler.fire();
    await queue.flush();
    scheduler.fire();
    await queue.flush();
    // Each failure doubles the wait: 100, 200, 400, … ms.
    expect(scheduler.delays[0]).toBe(100);
    scheduler.delays.slice(1).forEach((d, i) => expect(d).toBe(Math.min(1000, 2 * (scheduler.delays[i] ?? 0))));
    server.online = true;
    queue.online();
    await queue.flush();
    expect(server.received.map((e) => e.itemId)).toEqual(['i1', 'i2', 'i3']);
    expect(queue.snapshot).toMatchObject({ pending: 0, offline: false });
    expect(scheduler.pending).toBe(false);
  });

  it('caps the retry delay', async () => {
    const { server, scheduler, queue } = setup();
    await queue.restore([]);
    server.online = false;
    await queue.record('i1', choice('a'), false);
    for (let i = 0; i < 8; i++) {
      await queue.flush();
      scheduler.fire();
    }
    await queue.flush();
    expect(Math.max(...scheduler.delays)).toBe(1000);
  });

  it('re-applies and resends what an earlier page left in the store', async () => {
    const { store, server, queue } = setup();
    await store.put({ attemptId: A, itemId: 'i2', answer: choice('x'), seq: 5, flagged: true });
    await store.put({ attemptId: A, itemId: 'i1', answer: choice('y'), seq: 4, flagged: false });
    await store.put({ attemptId: 'other', itemId: 'i1', answer: null, seq: 9, flagged: false });
    const pending = await queue.restore([2]);
    expect(pending.map((p) => [p.itemId, p.seq])).toEqual([
      ['i1', 4],
      ['i2', 5],
    ]);
    await queue.flush();
    expect(server.received.map((e) => e.seq)).toEqual([4, 5]);
    expect((await queue.record('i3', null, false)).seq).toBe(6);
  });

  it('accepts an acknowledgement of a newer seq from another device and continues above it', async () => {
    const { store, server, queue } = setup();
    await queue.restore([]);
    server.stored.set('i1', { seq: 40, answer: choice('z') });
    await queue.record('i1', choice('a'), false);
    await queue.flush();
    expect(await store.list(A)).toEqual([]);
    expect((await queue.record('i2', null, false)).seq).toBe(41);
  });

  it('stops when the server says the attempt is closed and refuses further changes', async () => {
    const { server, scheduler, queue } = setup();
    await queue.restore([]);
    server.rejectWith = 'deadline_passed';
    await queue.record('i1', choice('a'), false);
    await queue.flush();
    expect(queue.snapshot.closedCode).toBe('deadline_passed');
    expect(scheduler.pending).toBe(false);
    await expect(queue.record('i2', choice('b'), false)).rejects.toBeInstanceOf(SendError);
  });

  it('drops a malformed answer the server refuses and goes on with the rest', async () => {
    const { store, server, queue } = setup();
    await queue.restore([]);
    const send = server.send.bind(server);
    server.send = async (e) => {
      if (e.itemId === 'bad') {
        throw new SendError('rejected', 'answer_wrong_type', 400);
      }
      return send(e);
    };
    await queue.record('bad', choice('a'), false);
    await queue.record('good', choice('b'), false);
    await queue.flush();
    expect(server.received.map((e) => e.itemId)).toEqual(['good']);
    expect(queue.snapshot).toMatchObject({ pending: 0, refusedItems: ['bad'] });
    expect(await store.list(A)).toEqual([]);
  });
});
