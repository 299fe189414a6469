import { ChangeDetectionStrategy, Component, computed, input } from '@angular/core';
import { TranslatePipe } from '@civics/web-core';
import type { Completeness } from '@civics/web-core';

/** "2/3 languages · missing: ru": how complete a text (or a group of texts) is. */
@Component({
  selector: 'app-item-completeness',
  imports: [TranslatePipe],
  template: `
    @let c = completeness();
    <span class="badge" [class.complete]="complete()" data-testid="completeness">
      {{ (unit() === 'texts' ? 'items.completeness.texts' : 'items.completeness.languages') | t: { done: c.done, total: c.total } }}
      @if (!complete() && c.missing.length) {
        <span>· {{ 'items.completeness.missing' | t: { languages: c.missing.join(', ') } }}</span>
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
export class ItemCompletenessBadge {
  readonly completeness = input.required<Completeness>();
  readonly unit = input<'languages' | 'texts'>('languages');
  protected readonly complete = computed(() => this.completeness().done === this.completeness().total);
}
