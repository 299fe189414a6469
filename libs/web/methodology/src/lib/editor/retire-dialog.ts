import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule, MatDialogRef } from '@angular/material/dialog';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatSelectModule } from '@angular/material/select';
import type { MethodologyDetail, MethodologySummary } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { MethodologyApi } from '../data/methodology-api';
import { LocalizedText } from '../shared/localized-text';
import { failureOf } from '../shared/problem-text';

export interface RetireData {
  readonly version: MethodologySummary;
  /** Approved versions that may succeed it (not itself). */
  readonly successors: readonly MethodologySummary[];
}

/**
 * Retiring an approved version with a reason. The current version needs an approved successor,
 * which becomes current; the dialog asks for one then. Closes with the retired version.
 */
@Component({
  selector: 'app-retire-dialog',
  imports: [MatDialogModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatSelectModule, TranslatePipe, LocalizedText],
  template: `
    <h2 mat-dialog-title>{{ 'methodology.retire.heading' | t }}</h2>
    <form (submit)="$event.preventDefault(); retire()" novalidate>
      <mat-dialog-content>
        <p>{{ 'methodology.retire.lead' | t: { n: data.version.versionNumber, code: data.version.code } }}</p>
        <div role="alert">
          @if (failure(); as key) {
            <p class="problems">{{ key | t }}</p>
          }
        </div>
        @if (data.version.isCurrent) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'methodology.retire.successor' | t }}</mat-label>
            <mat-select [value]="successorId()" (valueChange)="successorId.set($event)" required>
              @for (s of data.successors; track s.id) {
                <mat-option [value]="s.id">
                  {{ s.code }} · {{ 'methodology.versionNumber' | t: { n: s.versionNumber } }} ·
                  <app-localized-text [text]="s.title" />
                </mat-option>
              }
            </mat-select>
            <mat-hint>{{ (data.successors.length ? 'methodology.retire.successorHint' : 'methodology.retire.noSuccessor') | t }}</mat-hint>
          </mat-form-field>
        }
        <mat-form-field appearance="outline" class="reason">
          <mat-label>{{ 'methodology.retire.reason' | t }}</mat-label>
          <textarea
            matInput
            rows="3"
            required
            [value]="reason()"
            (input)="reason.set(valueOf($event))"
            data-testid="retire-reason"
          ></textarea>
        </mat-form-field>
        @if (submitted() && !valid()) {
          <p class="problems" role="alert">{{ 'methodology.approve.fillAll' | t }}</p>
        }
      </mat-dialog-content>
      <mat-dialog-actions align="end">
        <button mat-button type="button" mat-dialog-close>{{ 'methodology.actions.cancel' | t }}</button>
        <button mat-flat-button type="submit" [disabled]="busy()" data-testid="retire-submit">
          {{ 'methodology.actions.retire' | t }}
        </button>
      </mat-dialog-actions>
    </form>
  `,
  styleUrl: './dialog-form.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RetireDialog {
  protected readonly data = inject<RetireData>(MAT_DIALOG_DATA);
  private readonly ref = inject<MatDialogRef<RetireDialog, MethodologyDetail>>(MatDialogRef);
  private readonly api = inject(MethodologyApi);

  protected readonly reason = signal('');
  protected readonly successorId = signal<string | null>(null);
  protected readonly busy = signal(false);
  protected readonly submitted = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly valid = computed(() => this.reason().trim() !== '' && (!this.data.version.isCurrent || this.successorId() !== null));

  protected valueOf(event: Event): string {
    return (event.target as HTMLTextAreaElement).value;
  }

  protected async retire(): Promise<void> {
    this.submitted.set(true);
    if (!this.valid() || this.busy()) {
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    try {
      const successorId = this.successorId();
      const retired = await this.api.retire(this.data.version.id, {
        reason: this.reason().trim(),
        ...(successorId ? { successorId } : {}),
      });
      this.ref.close(retired);
    } catch (error) {
      this.failure.set(failureOf(error).key);
    } finally {
      this.busy.set(false);
    }
  }
}
