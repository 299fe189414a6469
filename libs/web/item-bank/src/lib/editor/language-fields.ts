import { ChangeDetectionStrategy, Component, computed, input, output } from '@angular/core';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import type { ContentText, Language } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { ItemCompletenessBadge } from '../shared/completeness-badge';
import { CONTENT_LANGUAGES, textCompleteness, withLanguage } from '@civics/web-core';

/**
 * One text in az, ru and en side by side (stacked on narrow screens), with a marker of how many
 * languages are filled in. Each field carries its own `lang`.
 */
@Component({
  selector: 'app-item-language-fields',
  imports: [MatFormFieldModule, MatInputModule, TranslatePipe, ItemCompletenessBadge],
  template: `
    <fieldset [attr.data-testid]="testId()">
      <legend>
        <span>{{ label() }}</span>
        @if (showCompleteness()) {
          <app-item-completeness [completeness]="completeness()" />
        }
      </legend>
      <div class="fields">
        @for (language of languages; track language) {
          <mat-form-field appearance="outline" subscriptSizing="dynamic">
            <mat-label>{{ 'languages.' + language | t }}</mat-label>
            @if (multiline()) {
              <textarea
                matInput
                rows="3"
                maxlength="4000"
                [readonly]="readonly()"
                [attr.lang]="language"
                [value]="text()?.[language] ?? ''"
                (input)="emit(language, $event)"
                [attr.data-testid]="testId() + '-' + language"
              ></textarea>
            } @else {
              <input
                matInput
                maxlength="4000"
                [readonly]="readonly()"
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
    :host {
      display: block;
      container-type: inline-size;
    }
    fieldset {
      border: none;
      margin: 0;
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
    @container (max-width: 36rem) {
      .fields {
        grid-template-columns: 1fr;
      }
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemLanguageFields {
  readonly label = input.required<string>();
  readonly text = input<ContentText | undefined>(undefined);
  readonly multiline = input(false);
  readonly showCompleteness = input(true);
  readonly readonly = input(false);
  readonly testId = input('text');
  readonly changed = output<ContentText>();

  protected readonly languages = CONTENT_LANGUAGES;
  protected readonly completeness = computed(() => textCompleteness(this.text()));

  protected emit(language: Language, event: Event): void {
    const value = (event.target as HTMLInputElement | HTMLTextAreaElement).value;
    this.changed.emit(withLanguage(this.text(), language, value));
  }
}
