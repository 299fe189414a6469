import { inject } from '@angular/core';
import { MatDialog } from '@angular/material/dialog';
import type { CanDeactivateFn } from '@angular/router';
import { ConfirmDialog } from '@civics/web-core/dialogs';

/** A page that may hold edits not yet saved. */
export interface HasUnsavedChanges {
  hasUnsavedChanges(): boolean;
}

/** Asks before leaving a page with unsaved edits (in-app navigation; the page handles reloads). */
export const unsavedChangesGuard: CanDeactivateFn<HasUnsavedChanges> = (component) =>
  !component.hasUnsavedChanges() ||
  ConfirmDialog.ask(inject(MatDialog), {
    titleKey: 'methodology.unsaved.title',
    messageKey: 'methodology.unsaved.message',
    confirmKey: 'methodology.unsaved.leave',
    cancelKey: 'methodology.actions.cancel',
    danger: true,
  });
