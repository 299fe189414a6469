import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ContentText } from '@civics/contracts';
import { I18nService } from '@civics/web-core';
import { localize } from './content-text';

/** A content text in the UI language; another language's text carries its own `lang`. */
@Component({
  selector: 'app-text',
  template: `<span [attr.lang]="localized().lang">{{ localized().text }}</span>`,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ContentTextView {
  private readonly i18n = inject(I18nService);
  readonly text = input<ContentText | null | undefined>(undefined);
  protected readonly localized = computed(() => localize(this.text(), this.i18n.language()));
}
