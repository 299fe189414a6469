import { DestroyRef, Injectable, computed, inject, signal } from '@angular/core';
import type { Answer, Attempt, DeliveredItem, NextItem, SavedResponse } from '@civics/contracts';
import { AuthService, OfflineExamStore, isUnreachable } from '@civics/web-core';
import { AssessmentApi } from '../data/assessment-api';
import { AnswerQueue, type AnswerTransport, type QueueState, SendError } from './answer-queue';
import { clockOffsetMs, dueWarning, remainingSeconds, TIME_WARNINGS_MINUTES, type TimeWarning } from './exam-clock';
import { IndexedDbAnswerStore } from './indexed-db-store';
import { isAnswered } from './answers';

const windowScheduler = {
  schedule: (callback: () => void, delayMs: number) => setTimeout(callback, delayMs),
  cancel: (handle: unknown) => clearTimeout(handle as ReturnType<typeof setTimeout>),
};

const INDEX_KEY = (attemptId: string) => `civics.exam.${attemptId}.index`;

function readIndex(attemptId: string): number | null {
  try {
    const value = Number(globalThis.sessionStorage?.getItem(INDEX_KEY(attemptId)) ?? NaN);
    return Number.isInteger(value) && value >= 0 ? value : null;
  } catch {
    return null;
  }
}

function writeIndex(attemptId: string, index: number): void {
  try {
    globalThis.sessionStorage?.setItem(INDEX_KEY(attemptId), String(index));
  } catch {
    // Not remembered; a reload starts at the first unanswered question.
  }
}

/** The attempt as loaded: from the server, or this tab's cached copy when it cannot be reached. */
interface LoadedAttempt {
  readonly attempt: Attempt;
  readonly offsetMs: number;
  readonly accountId: string | null;
  readonly cached: boolean;
}

/** One item's state in the question map. */
export interface MapEntry {
  readonly index: number;
  readonly itemId: string;
  readonly answered: boolean;
  readonly flagged: boolean;
  readonly current: boolean;
  readonly reachable: boolean;
}

/**
 * The state of one attempt being taken: items, answers (server state with the pending local
 * changes laid over it), the question map, the answer queue and the server-corrected clock.
 * Provided by the exam page, so it lives as long as the page.
 */
@Injectable()
export class ExamSession {
  private readonly api = inject(AssessmentApi);
  private readonly auth = inject(AuthService);
  private readonly offlineExams = inject(OfflineExamStore);
  private readonly store = new IndexedDbAnswerStore();
  /** Answers go out only with a session; without one (offline copy) they wait in IndexedDB. */
  private readonly transport: AnswerTransport = {
    send: (entry) => (this.auth.isSignedIn() ? this.api.send(entry) : Promise.reject(new SendError('network'))),
  };
  private accountId: string | null = null;
  private queue: AnswerQueue | null = null;
  private offsetMs = 0;
  private ticker: ReturnType<typeof setInterval> | null = null;
  private readonly announced = new Set<TimeWarning>();
  private onTimeUp: (() => void) | null = null;

  readonly attempt = signal<Attempt | null>(null);
  readonly items = computed<readonly DeliveredItem[]>(() => [...(this.attempt()?.items ?? [])].sort((a, b) => a.position - b.position));
  readonly answers = signal<ReadonlyMap<string, Answer | null>>(new Map());
  readonly flags = signal<ReadonlyMap<string, boolean>>(new Map());
  readonly index = signal(0);
  /** The furthest item reached (linear navigation may not go back past it or skip ahead). */
  readonly reached = signal(0);
  readonly queueState = signal<QueueState>({ pending: 0, sending: false, offline: false, closedCode: null, refusedItems: [] });
  readonly online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
  readonly secondsLeft = signal<number | null>(null);
  /** Shown from this tab's cached copy: the server could not be reached when the page opened. */
  readonly fromCache = signal(false);
  /** The latest time warning, for the polite live region (set once per threshold). */
  readonly warning = signal<TimeWarning | null>(null);

  readonly linear = computed(() => this.attempt()?.navigation === 'linear');
  readonly adaptive = computed(() => this.attempt()?.mode === 'adaptive');
  /** Adaptive: every competency has stopped; only submission is left. */
  readonly adaptiveDone = signal(false);
  readonly adaptiveProgress = signal<NextItem['competencies']>([]);
  readonly advancing = signal(false);
  readonly current = computed(() => this.items()[this.index()] ?? null);
  readonly answeredCount = computed(() => this.items().filter((i) => isAnswered(this.answers().get(i.itemId))).length);
  readonly unanswered = computed(() =>
    this.items()
      .map((item, index) => ({ item, index }))
      .filter(({ item }) => !isAnswered(this.answers().get(item.itemId))),
  );
  readonly map = computed<MapEntry[]>(() =>
    this.items().map((item, index) => ({
      index,
      itemId: item.itemId,
      answered: isAnswered(this.answers().get(item.itemId)),
      flagged: this.flags().get(item.itemId) ?? false,
      current: index === this.index(),
      reachable: this.linear() ? index === this.index() || index === this.index() + 1 : true,
    })),
  );

  constructor() {
    const destroyRef = inject(DestroyRef);
    const online = () => {
      this.online.set(true);
      this.queue?.online();
    };
    const offline = () => this.online.set(false);
    globalThis.addEventListener?.('online', online);
    globalThis.addEventListener?.('offline', offline);
    destroyRef.onDestroy(() => {
      globalThis.removeEventListener?.('online', online);
      globalThis.removeEventListener?.('offline', offline);
      this.queue?.dispose();
      if (this.ticker) {
        clearInterval(this.ticker);
      }
    });
  }

  /**
   * Loads the attempt (from the server, else from this tab's cached copy when the server cannot
   * be reached), lays pending local answers over it and resends them. Called again when the
   * connection returns, to replace the cached copy with the server's state.
   */
  async load(id: string, onTimeUp: () => void): Promise<Attempt> {
    this.onTimeUp = onTimeUp;
    const loaded = await this.fetch(id);
    this.reset();
    const { attempt } = loaded;
    this.offsetMs = loaded.offsetMs;
    this.accountId = loaded.accountId;
    this.fromCache.set(loaded.cached);
    const answers = new Map<string, Answer | null>();
    const flags = new Map<string, boolean>();
    for (const r of attempt.responses) {
      answers.set(r.itemId, r.answer);
      flags.set(r.itemId, r.flagged);
    }
    this.attempt.set(attempt);
    if (attempt.status === 'in_progress') {
      this.queue = new AnswerQueue(attempt.id, this.store, this.transport, windowScheduler, (s) => this.queueState.set(s));
      const pending = await this.queue.restore(attempt.responses.map((r) => r.seq));
      const known = new Set(attempt.items.map((i) => i.itemId));
      for (const p of pending.filter((p) => known.has(p.itemId))) {
        answers.set(p.itemId, p.answer);
        flags.set(p.itemId, p.flagged);
      }
      void this.queue.flush();
      this.startClock();
    }
    this.answers.set(answers);
    this.flags.set(flags);
    if (attempt.status === 'in_progress') {
      this.persist();
    } else {
      this.forget();
    }
    if (attempt.mode === 'adaptive' && attempt.status === 'in_progress' && !loaded.cached) {
      // Pending answers first: the engine scores only what the server holds.
      await this.queue?.flush();
      this.applyNext(await this.api.next(attempt.id));
    }
    // Back where the person was (a reload), else at the first unanswered question.
    const firstOpen = this.items().findIndex((i) => !isAnswered(answers.get(i.itemId)));
    const open = firstOpen === -1 ? this.items().length - 1 : firstOpen;
    const remembered = readIndex(attempt.id);
    const start = Math.max(0, this.linear() ? open : remembered !== null && remembered < this.items().length ? remembered : open);
    this.index.set(start);
    this.reached.set(start);
    return attempt;
  }

  answer(itemId: string, answer: Answer | null): void {
    this.answers.update((m) => new Map(m).set(itemId, answer));
    this.save(itemId);
  }

  toggleFlag(itemId: string): void {
    this.flags.update((m) => new Map(m).set(itemId, !(m.get(itemId) ?? false)));
    this.save(itemId);
  }

  /** The attempt is over (submitted, closed): its cached copy goes. */
  forget(): void {
    const cached = this.offlineExams.load(this.attempt()?.id);
    if (cached) {
      this.offlineExams.clear();
    }
  }

  go(index: number): void {
    const target = Math.max(0, Math.min(this.items().length - 1, index));
    if (this.linear() && target !== this.index() && target !== this.index() + 1) {
      return;
    }
    this.index.set(target);
    this.reached.update((r) => Math.max(r, target));
    writeIndex(this.attempt()?.id ?? '', target);
  }

  /**
   * Adaptive: sends the answer, then asks the engine for the next item. 'unsaved' when the answer
   * could not reach the server (offline): the next item needs it.
   */
  async advance(): Promise<'ok' | 'unsaved' | 'failed'> {
    const attempt = this.attempt();
    if (!attempt || this.advancing()) {
      return 'failed';
    }
    this.advancing.set(true);
    try {
      if (!(await this.flush())) {
        return 'unsaved';
      }
      this.applyNext(await this.api.next(attempt.id));
      return 'ok';
    } catch {
      return 'failed';
    } finally {
      this.advancing.set(false);
    }
  }

  private applyNext(next: NextItem): void {
    this.adaptiveDone.set(next.done);
    this.adaptiveProgress.set(next.competencies);
    const item = next.item;
    if (item && !this.items().some((i) => i.itemId === item.itemId)) {
      this.attempt.update((a) => (a ? { ...a, items: [...a.items, item] } : a));
      this.persist();
    }
    const last = this.items().length - 1;
    if (last >= 0) {
      this.index.set(last);
      this.reached.set(last);
    }
  }

  /** Sends what is waiting; true when nothing is left unsent. */
  async flush(): Promise<boolean> {
    if (!this.queue) {
      return true;
    }
    await this.queue.flush();
    return this.queue.snapshot.pending === 0;
  }

  submit() {
    return this.api.submit(this.attempt()?.id ?? '');
  }

  stopClock(): void {
    if (this.ticker) {
      clearInterval(this.ticker);
      this.ticker = null;
    }
  }

  private async fetch(id: string): Promise<LoadedAttempt> {
    const cached = this.offlineExams.load(id);
    // No session (the refresh found no connection; the guard checked the copy): the copy it is.
    if (!this.auth.isSignedIn() && cached) {
      return { attempt: cached.attempt, offsetMs: cached.offsetMs, accountId: cached.accountId, cached: true };
    }
    const accountId = this.auth.me()?.accountId ?? null;
    try {
      const { attempt, sentAtMs, receivedAtMs } = await this.api.get(id);
      return { attempt, offsetMs: clockOffsetMs(attempt.serverTime, receivedAtMs, sentAtMs), accountId, cached: false };
    } catch (error) {
      if (cached && cached.accountId === accountId && isUnreachable(error)) {
        return { attempt: cached.attempt, offsetMs: cached.offsetMs, accountId, cached: true };
      }
      throw error;
    }
  }

  /** Stops the previous load's queue and clock (a reload after the connection returned). */
  private reset(): void {
    this.queue?.dispose();
    this.queue = null;
    this.stopClock();
  }

  /**
   * Keeps this tab's copy current: the delivered items (never keys) and the answers as shown, so
   * a reload without a connection shows the same exam. Pending answers also stay in IndexedDB.
   */
  private persist(): void {
    const attempt = this.attempt();
    if (!attempt || attempt.status !== 'in_progress' || !this.accountId) {
      return;
    }
    const known = new Map(attempt.responses.map((r) => [r.itemId, r]));
    // The counter travels with the copy, so a reload continues above it even without IndexedDB.
    const counter = this.queue?.lastSeq ?? 0;
    const touched = new Set([...this.answers().keys(), ...this.flags().keys()]);
    const responses: SavedResponse[] = [...touched].map((itemId) => ({
      itemId,
      answer: this.answers().get(itemId) ?? null,
      flagged: this.flags().get(itemId) ?? false,
      seq: Math.max(known.get(itemId)?.seq ?? 0, counter),
      savedAt: known.get(itemId)?.savedAt ?? attempt.serverTime,
    }));
    this.offlineExams.save({ accountId: this.accountId, attempt: { ...attempt, responses }, offsetMs: this.offsetMs });
  }

  private save(itemId: string): void {
    // record() takes its sequence number at once, so the copy written next carries it.
    void this.queue?.record(itemId, this.answers().get(itemId) ?? null, this.flags().get(itemId) ?? false).catch(() => undefined);
    this.persist();
  }

  private startClock(): void {
    const tick = () => {
      const attempt = this.attempt();
      if (!attempt) {
        return;
      }
      const left = remainingSeconds(attempt.deadline, this.offsetMs, Date.now());
      this.secondsLeft.set(left);
      const due = dueWarning(left, this.announced);
      if (due !== null) {
        TIME_WARNINGS_MINUTES.filter((m) => m >= due).forEach((m) => this.announced.add(m));
        this.warning.set(due);
      }
      if (left <= 0) {
        this.stopClock();
        this.onTimeUp?.();
      }
    };
    tick();
    this.ticker = setInterval(tick, 1000);
  }
}
