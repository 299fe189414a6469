import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialog, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { firstValueFrom } from 'rxjs';
import { TranslatePipe } from '@civics/web-core';

/** Asks why a person's file is being opened; the answer is shown to the person. */
@Component({
  selector: 'app-purpose-dialog',
  imports: [FormsModule, MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, TranslatePipe],
  template: `
    <form (ngSubmit)="submit()">
      <h2 mat-dialog-title>{{ 'privacy.file.purposeTitle' | t }}</h2>
      <mat-dialog-content>
        <p>{{ 'privacy.file.purposeLead' | t: { name: name } }}</p>
        <mat-form-field appearance="outline" class="wide">
          <mat-label>{{ 'privacy.file.purpose' | t }}</mat-label>
          <textarea matInput name="purpose" [(ngModel)]="purpose" rows="3" maxlength="300" required data-testid="purpose-input"></textarea>
          @if (tooShort()) {
            <mat-error>{{ 'privacy.file.purposeTooShort' | t }}</mat-error>
          }
        </mat-form-field>
        @if (tooShort()) {
          <p class="error" role="alert">{{ 'privacy.file.purposeTooShort' | t }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" [mat-dialog-close]="null">{{ 'privacy.cancel' | t }}</button>
        <button mat-flat-button type="submit" data-testid="purpose-confirm">{{ 'privacy.file.open' | t }}</button>
      </mat-dialog-actions>
    </form>
  `,
  styles: `
    .wide {
      width: 100%;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PurposeDialog {
  protected readonly name = inject<{ name: string }>(MAT_DIALOG_DATA).name;
  private readonly ref = inject<MatDialogRef<PurposeDialog, string | null>>(MatDialogRef);
  protected purpose = '';
  protected readonly tooShort = signal(false);

  protected submit(): void {
    const p = this.purpose.trim();
    if (p.length < 5) {
      this.tooShort.set(true);
      return;
    }
    this.ref.close(p);
  }

  static async ask(dialog: MatDialog, name: string): Promise<string | null> {
    const ref = dialog.open<PurposeDialog, { name: string }, string | null>(PurposeDialog, { data: { name }, width: '32rem' });
    return (await firstValueFrom(ref.afterClosed())) ?? null;
  }
}
