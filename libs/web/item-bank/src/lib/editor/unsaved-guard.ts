import type { CanDeactivateFn } from '@angular/router';

/** A page that may hold unsaved work. */
export interface LeavesSafely {
  canLeave(): boolean;
}

/** Asks before leaving an editor with unsaved changes (the page decides how). */
export const unsavedChangesGuard: CanDeactivateFn<LeavesSafely> = (page) => page.canLeave();
