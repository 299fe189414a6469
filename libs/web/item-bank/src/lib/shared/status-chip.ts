import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { ItemStatus } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';

/** The status of an item as a coloured label (the text carries the meaning, not the colour). */
@Component({
  selector: 'app-item-status',
  imports: [TranslatePipe],
  template: `<span class="chip" [attr.data-status]="status()" data-testid="item-status">{{ 'items.status.' + status() | t }}</span>`,
  styles: `
    .chip {
      display: inline-block;
      padding: 0.1rem 0.6rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-medium);
      white-space: nowrap;
      background: var(--mat-sys-surface-container-highest);
      color: var(--mat-sys-on-surface);
    }
    .chip[data-status='reviewed'] {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
    }
    .chip[data-status='active'] {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
    }
    .chip[data-status='retired'] {
      background: var(--mat-sys-surface-container);
      color: var(--mat-sys-on-surface-variant);
      text-decoration: line-through;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemStatusChip {
  readonly status = input.required<ItemStatus>();
}
