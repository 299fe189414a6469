import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ComplianceDashboard } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { LineChart, type LineSeries } from '@civics/web-ui';
import type { Query } from '../data/analytics-api';
import { ExportButtons } from '../shared/export-buttons';
import { integer, monthLabel, percent } from '../shared/format';

/** Mean CI and the fully compliant share by month, as a line chart and a table. */
@Component({
  selector: 'app-trend-section',
  imports: [TranslatePipe, LineChart, ExportButtons],
  template: `
    <section class="section" aria-labelledby="trend-heading">
      <div class="section-head">
        <h2 id="trend-heading">{{ 'analytics.trend.heading' | t }}</h2>
        <app-export-buttons table="trend" [title]="'analytics.trend.heading' | t" [filters]="filters()" />
      </div>
      <p class="meta">{{ 'analytics.trend.lead' | t }}</p>
      <app-line-chart [labels]="labels()" [series]="series()" [min]="0" [max]="1" [format]="pct0" [label]="'analytics.trend.chart' | t" />
      <details class="alt">
        <summary>{{ 'analytics.showTable' | t }}</summary>
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'analytics.trend.heading' | t">
          <table class="table" data-testid="trend-table">
            <caption class="meta">
              {{
                'analytics.trend.caption' | t
              }}
            </caption>
            <thead>
              <tr>
                <th scope="col">{{ 'analytics.col.month' | t }}</th>
                <th scope="col" class="num">{{ 'analytics.col.people' | t }}</th>
                <th scope="col" class="num">{{ 'analytics.col.measured' | t }}</th>
                <th scope="col" class="num">{{ 'analytics.col.meanCi' | t }}</th>
                <th scope="col" class="num">{{ 'analytics.col.fullyShare' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (p of data().trend; track p.month) {
                <tr>
                  <th scope="row">{{ month(p.month) }}</th>
                  <td class="num">{{ int(p.people) }}</td>
                  <td class="num">{{ int(p.measured) }}</td>
                  <td class="num">{{ pct(p.meanCi) }}</td>
                  <td class="num">{{ pct(p.fullyCompliantShare) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </details>
    </section>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TrendSection {
  private readonly i18n = inject(I18nService);
  readonly data = input.required<ComplianceDashboard>();
  readonly filters = input.required<Query>();
  protected readonly labels = computed(() => this.data().trend.map((p) => monthLabel(p.month, this.i18n.locale())));
  protected readonly series = computed<LineSeries[]>(() => [
    { label: this.i18n.t('analytics.col.meanCi'), data: this.data().trend.map((p) => p.meanCi), tone: 'primary' },
    {
      label: this.i18n.t('analytics.col.fullyShare'),
      data: this.data().trend.map((p) => p.fullyCompliantShare),
      tone: 'tertiary',
      dashed: true,
    },
  ]);
  protected readonly month = (m: string) => monthLabel(m, this.i18n.locale());
  protected readonly pct = (v: number | null) => percent(v, this.i18n.locale());
  protected readonly pct0 = (v: number) => percent(v, this.i18n.locale(), 0);
  protected readonly int = (v: number) => integer(v, this.i18n.locale());
}
