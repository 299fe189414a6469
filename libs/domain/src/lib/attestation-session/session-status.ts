import type { SessionStatus } from '@civics/contracts';

export interface SessionClock {
  readonly startsAt: Date;
  readonly endsAt: Date;
  /** The chair has closed the session. */
  readonly decided: boolean;
  readonly cancelled: boolean;
  readonly candidates: number;
  /** Candidates whose exam is over (submitted, expired or scored) or who were recorded absent. */
  readonly finished: number;
}

/**
 * A session's status at `now` (the server's clock): `scheduled` before the window, `open` inside
 * it, `closed` once the window has ended — or earlier, when every candidate has finished, so the
 * commission need not wait for an empty room — and `decided` once the chair closed it.
 */
export function sessionStatus(s: SessionClock, now: Date): SessionStatus {
  if (s.cancelled) return 'cancelled';
  if (s.decided) return 'decided';
  if (now < s.startsAt) return 'scheduled';
  if (now >= s.endsAt || (s.candidates > 0 && s.finished >= s.candidates)) return 'closed';
  return 'open';
}

/** Inside the window (the exam may be started): start ≤ now < end. */
export function windowOpen(s: Pick<SessionClock, 'startsAt' | 'endsAt'>, now: Date): boolean {
  return now >= s.startsAt && now < s.endsAt;
}
