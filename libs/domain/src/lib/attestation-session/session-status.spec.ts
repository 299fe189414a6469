import { sessionStatus, windowOpen, type SessionClock } from './session-status';

const at = (iso: string) => new Date(iso);
const s: SessionClock = {
  startsAt: at('2026-06-01T09:00:00Z'),
  endsAt: at('2026-06-01T12:00:00Z'),
  decided: false,
  cancelled: false,
  candidates: 2,
  finished: 0,
};

describe('sessionStatus', () => {
  it('follows the window', () => {
    expect(sessionStatus(s, at('2026-06-01T08:59:59Z'))).toBe('scheduled');
    expect(sessionStatus(s, at('2026-06-01T09:00:00Z'))).toBe('open');
    expect(sessionStatus(s, at('2026-06-01T11:59:59Z'))).toBe('open');
    expect(sessionStatus(s, at('2026-06-01T12:00:00Z'))).toBe('closed');
  });

  it('closes early when every candidate has finished', () => {
    expect(sessionStatus({ ...s, finished: 1 }, at('2026-06-01T10:00:00Z'))).toBe('open');
    expect(sessionStatus({ ...s, finished: 2 }, at('2026-06-01T10:00:00Z'))).toBe('closed');
  });

  it('decided and cancelled are final', () => {
    expect(sessionStatus({ ...s, decided: true }, at('2026-06-01T13:00:00Z'))).toBe('decided');
    expect(sessionStatus({ ...s, cancelled: true }, at('2026-06-01T10:00:00Z'))).toBe('cancelled');
  });

  it('the window admits a start from its first instant up to, not including, its end', () => {
    expect(windowOpen(s, at('2026-06-01T09:00:00Z'))).toBe(true);
    expect(windowOpen(s, at('2026-06-01T12:00:00Z'))).toBe(false);
    expect(windowOpen(s, at('2026-06-01T08:00:00Z'))).toBe(false);
  });
});
