import { ChangeDetectionStrategy, Component, input } from '@angular/core';
import type { MethodologyStatus } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';

/** The status of a version (draft, approved, retired) and whether it is the current one. */
@Component({
  selector: 'app-status-chip',
  imports: [TranslatePipe],
  template: `
    <span [class]="['chip', status()]" data-testid="status">{{ 'methodology.status.' + status() | t }}</span>
    @if (current()) {
      <span class="chip current" data-testid="current">{{ 'methodology.status.current' | t }}</span>
    }
  `,
  styles: `
    :host {
      display: inline-flex;
      gap: 0.35rem;
      flex-wrap: wrap;
    }
    .chip {
      padding: 0.1rem 0.6rem;
      border-radius: 1rem;
      font: var(--mat-sys-label-medium);
      border: 1px solid var(--mat-sys-outline);
      background: var(--mat-sys-surface);
      color: var(--mat-sys-on-surface);
    }
    .draft {
      background: var(--mat-sys-tertiary-container);
      color: var(--mat-sys-on-tertiary-container);
      border-color: transparent;
    }
    .approved {
      background: var(--mat-sys-primary-container);
      color: var(--mat-sys-on-primary-container);
      border-color: transparent;
    }
    .current {
      background: var(--mat-sys-primary);
      color: var(--mat-sys-on-primary);
      border-color: transparent;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class StatusChip {
  readonly status = input.required<MethodologyStatus>();
  readonly current = input(false);
}
