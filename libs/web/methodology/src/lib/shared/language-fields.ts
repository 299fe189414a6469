import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ContentText, Language } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { CONTENT_LANGUAGES, textCompleteness } from '@civics/web-core';
import { CompletenessBadge } from './completeness-badge';

export interface LanguageEdit {
  readonly language: Language;
  readonly value: string;
}

/**
 * One content text edited in az, ru and en side by side (stacked on phones), with a marker of
 * how many languages are filled in. Each field carries its own `lang`.
 */
@Component({
  selector: 'app-language-fields',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe, CompletenessBadge],
  template: `
    <fieldset [attr.data-testid]="testId()">
      <legend>
        <span class="label">{{ label() }}</span>
        <app-completeness-badge [completeness]="completeness()" />
      </legend>
      <div class="fields">
        @for (language of languages; track language) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'languages.' + language | t }}</mat-label>
            @if (multiline()) {
              <textarea
                matInput
                cdkTextareaAutosize
                rows="3"
                [attr.lang]="language"
                [value]="text()?.[language] ?? ''"
                (input)="emit(language, $event)"
                [attr.data-testid]="testId() + '-' + language"
              ></textarea>
            } @else {
              <input
                matInput
                [attr.lang]="language"
                [value]="text()?.[language] ?? ''"
                (input)="emit(language, $event)"
                [attr.data-testid]="testId() + '-' + language"
              />
            }
          </mat-form-field>
        }
      </div>
    </fieldset>
  `,
  styles: `
    fieldset {
      border: none;
      margin: 0 0 0.75rem;
      padding: 0;
      min-width: 0;
    }
    legend {
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
      padding: 0;
      margin-bottom: 0.5rem;
      font: var(--mat-sys-title-small);
    }
    .fields {
      display: grid;
      grid-template-columns: repeat(3, minmax(0, 1fr));
      gap: 0.5rem;
    }
    @media (max-width: 1199.98px) {
      .fields {
        grid-template-columns: 1fr;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LanguageFields {
  readonly label = input.required<string>();
  readonly text = input<ContentText | undefined>(undefined);
  readonly multiline = input(false);
  readonly testId = input('text');
  readonly changed = output<LanguageEdit>();

  protected readonly languages = CONTENT_LANGUAGES;
  protected readonly completeness = computed(() => textCompleteness(this.text()));

  protected emit(language: Language, event: Event): void {
    this.changed.emit({ language, value: (event.target as HTMLInputElement | HTMLTextAreaElement).value });
  }
}
