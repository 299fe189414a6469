import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ContentText } from '@civics/contracts';
import { I18nService, localize } from '@civics/web-core';

/** A content text (competency, position, organisation name) in the UI language, or another one marked with its `lang`. */
@Component({
  selector: 'app-analytics-text',
  template: `
    @let shown = localized();
    @if (shown.from; as from) {
      <span [attr.lang]="from">{{ shown.text }}</span>
    } @else {
      {{ shown.text }}
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AnalyticsText {
  private readonly i18n = inject(I18nService);
  readonly text = input<ContentText | null | undefined>(undefined);
  protected readonly localized = computed(() => localize(this.text() ?? undefined, this.i18n.language()));
}
