import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { AnalyticsTable } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { Icon } from '@civics/web-ui';
import { AnalyticsApi, type Query } from '../data/analytics-api';

/** "Download CSV / XLSX" of one dashboard table, with the dashboard's filters, headers in the UI language. */
@Component({
  selector: 'app-export-buttons',
  imports: [MatButtonModule, TranslatePipe, Icon],
  template: `
    <div class="exports" role="group" [attr.aria-label]="'analytics.export.group' | t: { table: title() }">
      @for (format of formats; track format) {
        <button
          mat-stroked-button
          type="button"
          [disabled]="busy()"
          (click)="download(format)"
          [attr.data-testid]="'export-' + table() + '-' + format"
          [attr.aria-label]="'analytics.export.label' | t: { table: title(), format: format.toUpperCase() }"
        >
          <app-icon name="download" />
          {{ format.toUpperCase() }}
        </button>
      }
      @if (failed()) {
        <span class="error" role="alert">{{ 'analytics.export.failed' | t }}</span>
      }
    </div>
  `,
  styles: `
    .exports {
      display: flex;
      flex-wrap: wrap;
      gap: 0.5rem;
      align-items: center;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportButtons {
  private readonly api = inject(AnalyticsApi);
  private readonly i18n = inject(I18nService);
  readonly table = input.required<AnalyticsTable>();
  /** Accessible name of the table. */
  readonly title = input.required<string>();
  readonly filters = input.required<Query>();
  protected readonly formats = ['xlsx', 'csv'] as const;
  protected readonly busy = signal(false);
  protected readonly failed = signal(false);

  async download(format: 'csv' | 'xlsx'): Promise<void> {
    this.busy.set(true);
    this.failed.set(false);
    try {
      await this.api.exportTable({ ...this.filters(), table: this.table(), format, lang: this.i18n.language() });
    } catch {
      this.failed.set(true);
    } finally {
      this.busy.set(false);
    }
  }
}
