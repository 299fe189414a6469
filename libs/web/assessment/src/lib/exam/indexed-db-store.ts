import type { PendingAnswer, PendingAnswerStore } from './answer-queue';

const DB_NAME = 'civics-exam';
const PENDING = 'pending';
const COUNTERS = 'counters';

interface CounterRecord {
  readonly attemptId: string;
  readonly seq: number;
}

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error);
  });
}

/**
 * Pending answers in IndexedDB: one record per (attemptId, itemId) holding the latest
 * {answer, seq, flagged}, and the attempt's sequence counter. Falls back to memory when the
 * browser refuses IndexedDB (then answers survive only while the page is open).
 */
export class IndexedDbAnswerStore implements PendingAnswerStore {
  private db: Promise<IDBDatabase | null> | null = null;
  private readonly memory = new MemoryAnswerStore();

  private open(): Promise<IDBDatabase | null> {
    this.db ??= new Promise<IDBDatabase | null>((resolve) => {
      try {
        const req = globalThis.indexedDB.open(DB_NAME, 1);
        req.onupgradeneeded = () => {
          const db = req.result;
          const pending = db.createObjectStore(PENDING, { keyPath: ['attemptId', 'itemId'] });
          pending.createIndex('attemptId', 'attemptId');
          db.createObjectStore(COUNTERS, { keyPath: 'attemptId' });
        };
        req.onsuccess = () => resolve(req.result);
        req.onerror = () => resolve(null);
        req.onblocked = () => resolve(null);
      } catch {
        resolve(null);
      }
    });
    return this.db;
  }

  async put(entry: PendingAnswer): Promise<void> {
    const db = await this.open();
    if (!db) {
      return this.memory.put(entry);
    }
    const tx = db.transaction(PENDING, 'readwrite');
    const store = tx.objectStore(PENDING);
    const existing = await request<PendingAnswer | undefined>(store.get([entry.attemptId, entry.itemId]));
    if (!existing || existing.seq <= entry.seq) {
      store.put(entry);
    }
    await done(tx);
  }

  async remove(attemptId: string, itemId: string, upToSeq: number): Promise<void> {
    const db = await this.open();
    if (!db) {
      return this.memory.remove(attemptId, itemId, upToSeq);
    }
    const tx = db.transaction(PENDING, 'readwrite');
    const store = tx.objectStore(PENDING);
    const existing = await request<PendingAnswer | undefined>(store.get([attemptId, itemId]));
    if (existing && existing.seq <= upToSeq) {
      store.delete([attemptId, itemId]);
    }
    await done(tx);
  }

  async list(attemptId: string): Promise<PendingAnswer[]> {
    const db = await this.open();
    if (!db) {
      return this.memory.list(attemptId);
    }
    const tx = db.transaction(PENDING, 'readonly');
    const all = await request<PendingAnswer[]>(tx.objectStore(PENDING).index('attemptId').getAll(attemptId));
    return all.sort((a, b) => a.seq - b.seq);
  }

  async lastSeq(attemptId: string): Promise<number> {
    const db = await this.open();
    if (!db) {
      return this.memory.lastSeq(attemptId);
    }
    const tx = db.transaction(COUNTERS, 'readonly');
    const record = await request<CounterRecord | undefined>(tx.objectStore(COUNTERS).get(attemptId));
    return record?.seq ?? 0;
  }

  async setLastSeq(attemptId: string, seq: number): Promise<void> {
    const db = await this.open();
    if (!db) {
      return this.memory.setLastSeq(attemptId, seq);
    }
    const tx = db.transaction(COUNTERS, 'readwrite');
    const store = tx.objectStore(COUNTERS);
    const record = await request<CounterRecord | undefined>(store.get(attemptId));
    if (!record || record.seq < seq) {
      store.put({ attemptId, seq } satisfies CounterRecord);
    }
    await done(tx);
  }
}

/** The same store in memory: for tests and browsers without IndexedDB. */
export class MemoryAnswerStore implements PendingAnswerStore {
  private readonly entries = new Map<string, PendingAnswer>();
  private readonly counters = new Map<string, number>();

  private key(attemptId: string, itemId: string): string {
    return `${attemptId}\u0000${itemId}`;
  }

  async put(entry: PendingAnswer): Promise<void> {
    const key = this.key(entry.attemptId, entry.itemId);
    const existing = this.entries.get(key);
    if (!existing || existing.seq <= entry.seq) {
      this.entries.set(key, entry);
    }
  }

  async remove(attemptId: string, itemId: string, upToSeq: number): Promise<void> {
    const key = this.key(attemptId, itemId);
    const existing = this.entries.get(key);
    if (existing && existing.seq <= upToSeq) {
      this.entries.delete(key);
    }
  }

  async list(attemptId: string): Promise<PendingAnswer[]> {
    return [...this.entries.values()].filter((e) => e.attemptId === attemptId).sort((a, b) => a.seq - b.seq);
  }

  async lastSeq(attemptId: string): Promise<number> {
    return this.counters.get(attemptId) ?? 0;
  }

  async setLastSeq(attemptId: string, seq: number): Promise<void> {
    this.counters.set(attemptId, Math.max(seq, this.counters.get(attemptId) ?? 0));
  }
}
