/**
 * The exam clock. The server owns time: the deadline is the server's, and the client only
 * corrects its own clock by the offset measured when the attempt arrived.
 */

/**
 * Server clock minus client clock, in ms. `sentAtMs`/`receivedAtMs` are client times around the
 * request; the server stamped `serverTime` somewhere in between, so the midpoint is the best guess.
 */
export function clockOffsetMs(serverTimeIso: string, receivedAtMs: number, sentAtMs = receivedAtMs): number {
  const server = Date.parse(serverTimeIso);
  if (Number.isNaN(server)) {
    return 0;
  }
  const client = sentAtMs <= receivedAtMs ? (sentAtMs + receivedAtMs) / 2 : receivedAtMs;
  return server - client;
}

/** Whole seconds left until the server deadline at client time `nowMs` (never negative). */
export function remainingSeconds(deadlineIso: string, offsetMs: number, nowMs: number): number {
  const deadline = Date.parse(deadlineIso);
  if (Number.isNaN(deadline)) {
    return 0;
  }
  return Math.max(0, Math.ceil((deadline - (nowMs + offsetMs)) / 1000));
}

/** `mm:ss`, or `h:mm:ss` from one hour. */
export function formatClock(seconds: number): string {
  const s = Math.max(0, Math.floor(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const pad = (n: number) => String(n).padStart(2, '0');
  return h > 0 ? `${h}:${pad(m)}:${pad(s % 60)}` : `${pad(m)}:${pad(s % 60)}`;
}

/** The warnings, in minutes left, announced once each. */
export const TIME_WARNINGS_MINUTES = [5, 1] as const;
export type TimeWarning = (typeof TIME_WARNINGS_MINUTES)[number];

/**
 * The warning to announce now, if any: the smallest threshold crossed that was not announced
 * yet (a page opened with 40 s left announces "1 minute", not both).
 */
export function dueWarning(secondsLeft: number, announced: ReadonlySet<TimeWarning>): TimeWarning | null {
  let due: TimeWarning | null = null;
  for (const minutes of TIME_WARNINGS_MINUTES) {
    if (secondsLeft <= minutes * 60 && secondsLeft > 0 && !announced.has(minutes)) {
      due = minutes;
    }
  }
  return due;
}
