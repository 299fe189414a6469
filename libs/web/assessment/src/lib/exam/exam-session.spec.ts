import { HttpErrorResponse } from '@angular/common/http';
import { EnvironmentInjector, Injector, signal } from '@angular/core';
import { TestBed } from '@angular/core/testing';
import type { Answer, Attempt, DeliveredItem, Me, SaveAck } from '@civics/contracts';
import { AuthService, OfflineExamStore } from '@civics/web-core';
import { AssessmentApi, type TimedAttempt } from '../data/assessment-api';
import type { PendingAnswer } from './answer-queue';
import { ExamSession } from './exam-session';

const ME = { accountId: '0f6d7c1e-3a4b-4c5d-8e9f-0a1b2c3d4e5f' } as Me;
const item = (n: number): DeliveredItem => ({
  itemId: `item-${n}`,
  position: n,
  competencyCode: 'IS1',
  type: 'true_false',
  stem: { az: `Sual ${n}` },
  interaction: { type: 'true_false' },
  scenario: null,
});
const yes: Answer = { type: 'true_false', value: true };
const no: Answer = { type: 'true_false', value: false };
const SERVER_NOW = '2026-05-01T10:00:00.000Z';
/** The server's clock runs 60 s ahead of this device's. */
const CLIENT_NOW = Date.parse(SERVER_NOW) - 60_000;

function attempt(responses: Attempt['responses'] = []): Attempt {
  return {
    id: 'attempt-1',
    templateId: 't',
    templateTitle: { az: 'Yoxlama' },
    purpose: 'diagnostic',
    methodologyVersionId: 'v',
    status: 'in_progress',
    mode: 'fixed',
    navigation: 'free',
    startedAt: SERVER_NOW,
    deadline: '2026-05-01T10:30:00.000Z',
    serverTime: SERVER_NOW,
    remainingSeconds: 1800,
    items: [item(1), item(2), item(3)],
    responses,
  } as Attempt;
}

/** The API as the exam uses it: reachable or not, storing what it receives. */
class FakeApi {
  reachable = true;
  server = attempt();
  readonly sent: PendingAnswer[] = [];

  async get(): Promise<TimedAttempt> {
    if (!this.reachable) {
      throw new HttpErrorResponse({ status: 0 });
    }
    return { attempt: this.server, sentAtMs: CLIENT_NOW, receivedAtMs: CLIENT_NOW };
  }

  async send(entry: PendingAnswer): Promise<SaveAck> {
    if (!this.reachable) {
      throw new HttpErrorResponse({ status: 0 });
    }
    this.sent.push(entry);
    return { itemId: entry.itemId, storedSeq: entry.seq, applied: true, savedAt: SERVER_NOW };
  }
}

describe('ExamSession with the offline copy', () => {
  let api: FakeApi;
  const signedIn = signal(true);

  beforeEach(() => {
    jest.useFakeTimers({ now: CLIENT_NOW });
    sessionStorage.clear();
    signedIn.set(true);
    api = new FakeApi();
    TestBed.configureTestingModule({
      providers: [
        { provide: AssessmentApi, useValue: api },
        { provide: AuthService, useValue: { isSignedIn: signedIn, me: () => (signedIn() ? ME : null) } },
      ],
    });
  });

  afterEach(() => jest.useRealTimers());

  /** A fresh page: a new session (a reload), sharing only sessionStorage with the previous one. */
  function openPage(): ExamSession {
    return Injector.create({ providers: [ExamSession], parent: TestBed.inject(EnvironmentInjector) }).get(ExamSession);
  }

  it('keeps a copy of the exam as shown: delivered items, answers, flags and the clock offset', async () => {
    const session = openPage();
    await session.load('attempt-1', () => undefined);
    expect(session.fromCache()).toBe(false);
    session.answer('item-1', yes);
    session.toggleFlag('item-2');
    await jest.advanceTimersByTimeAsync(0);

    const copy = TestBed.inject(OfflineExamStore).load('attempt-1');
    expect(copy?.accountId).toBe(ME.accountId);
    expect(copy?.offsetMs).toBe(60_000);
    expect(copy?.attempt.items.map((i) => i.itemId)).toEqual(['item-1', 'item-2', 'item-3']);
    expect(copy?.attempt.responses).toEqual([
      expect.objectContaining({ itemId: 'item-1', answer: yes, flagged: false }),
      expect.objectContaining({ itemId: 'item-2', answer: null, flagged: true }),
    ]);
    // Delivered items carry no key; the copy holds nothing more than the page had.
    expect(JSON.stringify(copy)).not.toMatch(/"correct"|"key"/);
  });

  it('reopens from the copy without a session, counts down to the server deadline, and holds new answers back', async () => {
    const first = openPage();
    await first.load('attempt-1', () => undefined);
    first.answer('item-1', yes);
    await jest.advanceTimersByTimeAsync(0);
    expect(api.sent.map((e) => e.itemId)).toEqual(['item-1']);

    // Offline reload: no session, no server.
    signedIn.set(false);
    api.reachable = false;
    jest.setSystemTime(CLIENT_NOW + 5 * 60_000);
    const page = openPage();
    await page.load('attempt-1', () => undefined);
    expect(page.fromCache()).toBe(true);
    expect(page.items()).toHaveLength(3);
    expect(page.answers().get('item-1')).toEqual(yes);
    // Deadline 10:30 server time; the device says 10:04, which is 10:05 on the server's clock.
    expect(page.secondsLeft()).toBe(25 * 60);

    page.answer('item-2', no);
    await jest.advanceTimersByTimeAsync(0);
    expect(page.queueState().pending).toBe(1);
    expect(api.sent).toHaveLength(1);
    expect(
      TestBed.inject(OfflineExamStore)
        .load('attempt-1')
        ?.attempt.responses.map((r) => r.itemId),
    ).toEqual(['item-1', 'item-2']);

    // The connection and the session are back: the server's state, and the waiting answer goes out.
    signedIn.set(true);
    api.reachable = true;
    api.server = attempt([{ itemId: 'item-1', answer: yes, seq: 1, flagged: false, savedAt: SERVER_NOW }]);
    await page.load('attempt-1', () => undefined);
    await jest.advanceTimersByTimeAsync(0);
    expect(page.fromCache()).toBe(false);
    expect(api.sent.map((e) => [e.itemId, e.answer])).toEqual([
      ['item-1', yes],
      ['item-2', no],
    ]);
    expect(page.queueState().pending).toBe(0);
  });

  it('does not open a copy of another account, and forgets the copy when the attempt ends', async () => {
    const session = openPage();
    await session.load('attempt-1', () => undefined);
    const store = TestBed.inject(OfflineExamStore);
    const copy = store.load('attempt-1');
    expect(copy).not.toBeNull();
    store.save({ attempt: copy?.attempt ?? attempt(), offsetMs: 0, accountId: 'someone-else' });
    api.reachable = false;
    await expect(openPage().load('attempt-1', () => undefined)).rejects.toBeInstanceOf(HttpErrorResponse);

    api.reachable = true;
    await session.load('attempt-1', () => undefined);
    session.forget();
    expect(store.load('attempt-1')).toBeNull();
  });
});
