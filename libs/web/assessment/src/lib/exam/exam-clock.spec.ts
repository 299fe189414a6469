import { clockOffsetMs, dueWarning, formatClock, remainingSeconds, type TimeWarning } from './exam-clock';

describe('exam clock', () => {
  it('measures how far the server clock is ahead of the client, from the request midpoint', () => {
    const client = Date.parse('2026-05-01T10:00:00.000Z');
    expect(clockOffsetMs('2026-05-01T10:00:30.000Z', client)).toBe(30_000);
    expect(clockOffsetMs('2026-05-01T09:59:00.000Z', client + 400, client)).toBe(-60_200);
    expect(clockOffsetMs('not a date', client)).toBe(0);
  });

  it('counts down to the server deadline whatever the client clock says', () => {
    const deadline = '2026-05-01T10:20:00.000Z';
    // The client clock runs 5 minutes slow: server 10:10 = client 10:05.
    const clientAtReceipt = Date.parse('2026-05-01T10:05:00.000Z');
    const offset = clockOffsetMs('2026-05-01T10:10:00.000Z', clientAtReceipt);
    expect(remainingSeconds(deadline, offset, clientAtReceipt)).toBe(600);
    expect(remainingSeconds(deadline, offset, clientAtReceipt + 599_500)).toBe(1);
    expect(remainingSeconds(deadline, offset, clientAtReceipt + 700_000)).toBe(0);
  });

  it('formats minutes and seconds, and hours when there are any', () => {
    expect(formatClock(0)).toBe('00:00');
    expect(formatClock(65)).toBe('01:05');
    expect(formatClock(3725)).toBe('1:02:05');
  });

  it('warns once at 5 and once at 1 minute, not every second', () => {
    const announced = new Set<TimeWarning>();
    const warnings: (TimeWarning | null)[] = [];
    for (let s = 400; s >= 0; s--) {
      const due = dueWarning(s, announced);
      if (due !== null) {
        [5, 1].filter((m) => m >= due).forEach((m) => announced.add(m as TimeWarning));
        warnings.push(due);
      }
    }
    expect(warnings).toEqual([5, 1]);
  });

  it('announces only the nearest warning when the page opens late', () => {
    expect(dueWarning(40, new Set())).toBe(1);
    expect(dueWarning(200, new Set())).toBe(5);
    expect(dueWarning(400, new Set())).toBeNull();
  });
});
