import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ContentText } from '@civics/contracts';
import { I18nService, TranslatePipe, localize } from '@civics/web-core';

/**
 * A content text (course title, description) in the UI language. When that language lacks it,
 * another language's text is shown with a small "(en)" marker and its own `lang`.
 */
@Component({
  selector: 'app-training-text',
  imports: [TranslatePipe],
  template: `
    @let shown = localized();
    @if (shown.from; as from) {
      <span [attr.lang]="from">{{ shown.text }}</span>
      <abbr class="fallback" [attr.title]="'training.fallback' | t: { language: 'languages.' + from | t }">({{ from }})</abbr>
    } @else {
      {{ shown.text }}
    }
  `,
  styles: `
    .fallback {
      margin-inline-start: 0.35em;
      padding: 0 0.3em;
      border-radius: 4px;
      font-size: 0.8em;
      text-decoration: none;
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      white-space: nowrap;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrainingText {
  private readonly i18n = inject(I18nService);
  readonly text = input<ContentText | null | undefined>(undefined);
  protected readonly localized = computed(() => localize(this.text() ?? undefined, this.i18n.language()));
}
