import { ChangeDetectionStrategy, Component, inject } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MAT_DIALOG_DATA, MatDialogModule } from '@angular/material/dialog';
import { TranslatePipe } from '@civics/web-core';

export interface UnansweredDialogData {
  /** 1-based numbers of the unanswered questions. */
  readonly numbers: readonly number[];
  /** In linear tests the person cannot go back, so the list is not a set of links. */
  readonly linear: boolean;
}

/** Asked before submitting with unanswered questions: lists them; closes with a number, 'submit' or nothing. */
@Component({
  selector: 'app-unanswered-dialog',
  imports: [MatButtonModule, MatDialogModule, TranslatePipe],
  template: `
    <h2 mat-dialog-title>{{ 'exam.unanswered.title' | t }}</h2>
    <mat-dialog-content>
      <p>{{ 'exam.unanswered.text' | t: { count: data.numbers.length } }}</p>
      <ul class="numbers" data-testid="unanswered-list">
        @for (n of data.numbers; track n) {
          <li>
            @if (data.linear) {
              {{ 'exam.map.question' | t: { n } }}
            } @else {
              <button mat-button type="button" [mat-dialog-close]="n">{{ 'exam.map.question' | t: { n } }}</button>
            }
          </li>
        }
      </ul>
    </mat-dialog-content>
    <mat-dialog-actions align="end">
      <button mat-button type="button" mat-dialog-close data-testid="back-to-test">{{ 'exam.unanswered.back' | t }}</button>
      <button mat-flat-button type="button" mat-dialog-close="submit" data-testid="submit-anyway">
        {{ 'exam.unanswered.submit' | t }}
      </button>
    </mat-dialog-actions>
  `,
  styles: `
    .numbers {
      list-style: none;
      padding: 0;
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 0.5rem;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnansweredDialog {
  protected readonly data = inject<UnansweredDialogData>(MAT_DIALOG_DATA);
}
