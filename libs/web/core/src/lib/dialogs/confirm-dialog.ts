import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule } from '@angular/material/dialog';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe } from '../i18n/translate.pipe';
import type { TranslationParams } from '../i18n/translation-tables';

export interface ConfirmData {
  readonly titleKey: string;
  readonly messageKey: string;
  readonly params?: TranslationParams;
  readonly confirmKey: string;
  /** Label of the button that backs out. */
  readonly cancelKey: string;
  /** A destructive action: the confirm button is styled as a warning. */
  readonly danger?: boolean;
}

/** "Are you sure?" before an action that is hard to undo. Closes with true when confirmed. */
@Component({
  selector: 'app-confirm-dialog',
  imports: [MatDialogModule, MatButtonModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ data.titleKey | t }}</h2>
    <mat-dialog-content>
      <p>{{ data.messageKey | t: data.params }}</p>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" [mat-dialog-close]="false">{{ data.cancelKey | t }}</button>
      <button mat-flat-button type="button" [class.danger]="data.danger" [mat-dialog-close]="true" data-testid="confirm">
        {{ data.confirmKey | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .danger {
      --mat-button-filled-container-color: var(--mat-sys-error);
      --mat-button-filled-label-text-color: var(--mat-sys-on-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ConfirmDialog {
  protected readonly data = inject<ConfirmData>(MAT_DIALOG_DATA);

  static async ask(dialog: MatDialog, data: ConfirmData): Promise<boolean> {
    const ref = dialog.open<ConfirmDialog, ConfirmData, boolean>(ConfirmDialog, { data, maxWidth: '32rem' });
    return (await firstValueFrom(ref.afterClosed())) === true;
  }
}
