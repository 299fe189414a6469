import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ContentText } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { localize } from '@civics/web-core';

/**
 * A content text in the UI language. When that language lacks it, another language's text is
 * shown with a small "(en)" marker and its own `lang`, so readers and screen readers know.
 */
@Component({
  selector: 'app-localized-text',
  imports: [TranslatePipe],
  template: `
    @let shown = localized();
    @if (shown.from; as from) {
      <span [attr.lang]="from">{{ shown.text }}</span>
      <abbr class="fallback" [attr.title]="'methodology.fallback' | t: { language: 'languages.' + from | t }">({{ from }})</abbr>
    } @else if (shown.text) {
      {{ shown.text }}
    } @else {
      <span class="missing">{{ 'methodology.noText' | t }}</span>
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
    .missing {
      font-style: italic;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class LocalizedText {
  private readonly i18n = inject(I18nService);
  readonly text = input<ContentText | undefined>(undefined);
  protected readonly localized = computed(() => localize(this.text(), this.i18n.language()));
}
