import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ContentText } from '@civics/contracts';
import { I18nService, TranslatePipe, localize } from '@civics/web-core';

/** A content text (form title, competency) in the UI language, marked when shown in another language. */
@Component({
  selector: 'app-attestation-text',
  imports: [TranslatePipe],
  template: `
    @let shown = localized();
    @if (shown.from; as from) {
      <span [attr.lang]="from">{{ shown.text }}</span>
      <abbr class="fallback" [attr.title]="'attestation.fallback' | t: { language: 'languages.' + from | t }">({{ from }})</abbr>
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
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class AttestationText {
  private readonly i18n = inject(I18nService);
  readonly text = input<ContentText | null | undefined>(undefined);
  protected readonly localized = computed(() => localize(this.text() ?? undefined, this.i18n.language()));
}
