import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { MonthlyReport } from '@civics/contracts';
import { AuthService, I18nService, TranslatePipe } from '@civics/web-core';
import { Icon } from '@civics/web-ui';
import { AnalyticsApi } from '../data/analytics-api';
import { dateTime, monthLabel } from '../shared/format';

/**
 * `/analytics/reports`: the monthly compliance reports (PDF) made for the caller's organisation
 * on the 1st of each month; administrators see all and may produce the last month's now.
 */
@Component({
  selector: 'app-reports-page',
  imports: [MatButtonModule, MatProgressBarModule, TranslatePipe, Icon],
  template: `
    <div class="page">
      <h1 class="page-title">{{ 'analytics.reports.heading' | t }}</h1>
      <p class="lead">{{ 'analytics.reports.lead' | t }}</p>
      @if (canRun()) {
        <div class="actions">
          <button mat-stroked-button type="button" (click)="run()" [disabled]="running()">{{ 'analytics.reports.run' | t }}</button>
          @if (ran(); as r) {
            <span role="status">{{ 'analytics.reports.ran' | t: { count: r.reports, month: month(r.month) } }}</span>
          }
        </div>
      }
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'analytics.loading' | t" />
      } @else {
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'analytics.reports.heading' | t">
          <table class="table" data-testid="reports-table">
            <thead>
              <tr>
                <th scope="col">{{ 'analytics.reports.month' | t }}</th>
                <th scope="col">{{ 'analytics.col.organisation' | t }}</th>
                <th scope="col">{{ 'analytics.reports.language' | t }}</th>
                <th scope="col">{{ 'analytics.reports.made' | t }}</th>
                <th scope="col">{{ 'analytics.reports.delivery' | t }}</th>
                <th scope="col">{{ 'analytics.reports.file' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (r of reports(); track r.id) {
                <tr>
                  <th scope="row">{{ month(r.month) }}</th>
                  <td>{{ r.organisation.name[i18n.language()] }}</td>
                  <td>{{ 'languages.' + r.language | t }}</td>
                  <td>{{ when(r.createdAt) }}</td>
                  <td>{{ 'analytics.reports.deliveries.' + r.delivery | t }}</td>
                  <td>
                    <button
                      mat-stroked-button
                      type="button"
                      (click)="download(r)"
                      [attr.aria-label]="'analytics.reports.download' | t: { month: month(r.month) }"
                    >
                      <app-icon name="download" /> PDF
                    </button>
                  </td>
                </tr>
              } @empty {
                <tr>
                  <td colspan="6" class="meta">{{ 'analytics.reports.none' | t }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ReportsPage {
  private readonly api = inject(AnalyticsApi);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);
  protected readonly loading = signal(true);
  protected readonly running = signal(false);
  protected readonly reports = signal<MonthlyReport[]>([]);
  protected readonly ran = signal<{ reports: number; month: string } | null>(null);
  protected readonly canRun = computed(() => this.auth.permissions().has('analytics:manage'));
  protected readonly month = (m: string) => monthLabel(m, this.i18n.locale());
  protected readonly when = (v: string) => dateTime(v, this.i18n.locale());

  constructor() {
    void this.load();
  }

  private async load(): Promise<void> {
    try {
      this.reports.set(await this.api.reports());
    } finally {
      this.loading.set(false);
    }
  }

  protected async run(): Promise<void> {
    this.running.set(true);
    try {
      this.ran.set(await this.api.runMonthly());
      await this.load();
    } finally {
      this.running.set(false);
    }
  }

  protected download(r: MonthlyReport): Promise<void> {
    return this.api.reportFile(r.id, r.fileName);
  }
}
