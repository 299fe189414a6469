import { Injectable } from '@angular/core';
import type { Attempt } from '@civics/contracts';

const KEY = 'civics.exam.offline';
const FORMAT = 1;

/**
 * The exam a candidate has open, as they last saw it, so a reload without a connection can show
 * it again: the delivered items (no keys), the answers on screen, and the measured offset between
 * the server's clock and this device's (the timer counts to the server deadline).
 */
export interface OfflineExam {
  readonly accountId: string;
  readonly attempt: Attempt;
  readonly offsetMs: number;
}

interface Stored extends OfflineExam {
  readonly format: number;
}

/**
 * One slot per browser tab (sessionStorage: it survives a reload but not closing the tab, so a
 * shared computer does not keep exam content). Written only by the exam page while the session
 * is valid; emptied on submission and sign-out, and when another account signs in.
 */
@Injectable({ providedIn: 'root' })
export class OfflineExamStore {
  save(exam: OfflineExam): void {
    try {
      globalThis.sessionStorage?.setItem(KEY, JSON.stringify({ format: FORMAT, ...exam } satisfies Stored));
    } catch {
      // Storage refused or full: an offline reload then asks to sign in, as before.
    }
  }

  /** The cached exam of this attempt, if the slot holds it. */
  load(attemptId: string | null | undefined): OfflineExam | null {
    const stored = this.read();
    return attemptId && stored?.attempt.id === attemptId
      ? { accountId: stored.accountId, attempt: stored.attempt, offsetMs: stored.offsetMs }
      : null;
  }

  /** Empties the slot unless it belongs to `accountId` (another person signed in on this tab). */
  keepOnlyFor(accountId: string): void {
    const stored = this.read();
    if (stored && stored.accountId !== accountId) {
      this.clear();
    }
  }

  clear(): void {
    try {
      globalThis.sessionStorage?.removeItem(KEY);
    } catch {
      // Nothing stored when storage is refused.
    }
  }

  private read(): Stored | null {
    try {
      const raw = globalThis.sessionStorage?.getItem(KEY);
      if (!raw) {
        return null;
      }
      const parsed = JSON.parse(raw) as Partial<Stored> | null;
      const valid =
        parsed?.format === FORMAT &&
        typeof parsed.accountId === 'string' &&
        typeof parsed.offsetMs === 'number' &&
        typeof parsed.attempt?.id === 'string' &&
        Array.isArray(parsed.attempt.items) &&
        Array.isArray(parsed.attempt.responses);
      return valid ? (parsed as Stored) : null;
    } catch {
      return null;
    }
  }
}
