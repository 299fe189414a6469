import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@civics/web-core';
import type { Completeness } from '@civics/web-core';

/** "2/3 languages": how complete a text (or group of texts) is, with the missing languages spelt out. */
@Component({
  selector: 'app-completeness-badge',
  imports: [TranslatePipe],
  template: `
    @let c = completeness();
    <span class="badge" [class.complete]="complete()" data-testid="completeness">
      {{
        (unit() === 'texts' ? 'methodology.completeness.texts' : 'methodology.completeness.languages') | t: { done: c.done, total: c.total }
      }}
      @if (!complete() && c.missing.length) {
        <span class="missing">· {{ 'methodology.completeness.missing' | t: { languages: c.missing.join(', ') } }}</span>
      }
    </span>
  `,
  styles: `
    .badge {
      display: inline-block;
      padding: 0.1rem 0.5rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-medium);
      background: var(--mat-sys-error-container);
      color: var(--mat-sys-on-error-container);
    }
    .badge.complete {
      background: var(--mat-sys-secondary-container);
      color: var(--mat-sys-on-secondary-container);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CompletenessBadge {
  readonly completeness = input.required<Completeness>();
  /** `languages` for one text ("2/3 languages"), `texts` for a group ("5/7 texts complete"). */
  readonly unit = input<'languages' | 'texts'>('languages');
  protected readonly complete = computed(() => this.completeness().done === this.completeness().total);
}
