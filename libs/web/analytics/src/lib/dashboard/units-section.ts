import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import { RouterLink } from '@angular/router';
import type { ComplianceDashboard, UnitFigures } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { BarChart, type BarSeries } from '@civics/web-ui';
import type { Query } from '../data/analytics-api';
import { ExportButtons } from '../shared/export-buttons';
import { integer, percent } from '../shared/format';

/** The breakdown by child organisation (each its whole subtree), with links one level down. */
@Component({
  selector: 'app-units-section',
  imports: [RouterLink, TranslatePipe, BarChart, ExportButtons],
  template: `
    <section class="section" aria-labelledby="units-heading">
      <div class="section-head">
        <h2 id="units-heading">{{ 'analytics.units.heading' | t }}</h2>
        <app-export-buttons table="units" [title]="'analytics.units.heading' | t" [filters]="filters()" />
      </div>
      @if (rows().length > 1) {
        <app-bar-chart
          [labels]="labels()"
          [series]="series()"
          [horizontal]="true"
          [min]="0"
          [max]="1"
          [format]="pct0"
          [height]="4 + rows().length * 2.6"
          [label]="'analytics.units.chart' | t"
        />
      }
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'analytics.units.heading' | t">
        <table class="table" data-testid="units-table">
          <thead>
            <tr>
              <th scope="col">{{ 'analytics.col.organisation' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.people' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.measured' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.meanCi' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.fully' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.fullyShare' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (u of rows(); track u.organisation.id + u.scope) {
              <tr data-testid="unit-row" [attr.data-code]="u.organisation.code">
                <th scope="row">
                  @if (u.scope === 'subtree') {
                    <a [routerLink]="[]" [queryParams]="drill(u)" [attr.data-testid]="'drill-' + u.organisation.code">{{ name(u) }}</a>
                  } @else {
                    {{ 'analytics.units.direct' | t: { name: name(u) } }}
                  }
                </th>
                <td class="num">{{ int(u.people) }}</td>
                <td class="num">{{ int(u.measured) }}</td>
                <td class="num">{{ pct(u.meanCi) }}</td>
                <td class="num">{{ int(u.fullyCompliant) }}</td>
                <td class="num">{{ pct(u.fullyCompliantShare) }}</td>
              </tr>
            } @empty {
              <tr>
                <td colspan="6" class="meta">{{ 'analytics.units.none' | t }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </section>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class UnitsSection {
  private readonly i18n = inject(I18nService);
  readonly data = input.required<ComplianceDashboard>();
  readonly filters = input.required<Query>();
  /** Filters kept when drilling down (position, version, period). */
  readonly shared = input.required<Query>();
  protected readonly rows = computed(() => this.data().units);
  protected readonly labels = computed(() => this.rows().map((u) => short(this.name(u))));
  protected readonly series = computed<BarSeries[]>(() => [
    { label: this.i18n.t('analytics.col.meanCi'), data: this.rows().map((u) => u.meanCi), tone: 'primary' },
    { label: this.i18n.t('analytics.col.fullyShare'), data: this.rows().map((u) => u.fullyCompliantShare), tone: 'tertiary', light: true },
  ]);
  protected readonly name = (u: UnitFigures) => u.organisation.name[this.i18n.language()];
  protected readonly drill = (u: UnitFigures): Query => ({ ...this.shared(), orgId: u.organisation.id });
  protected readonly pct = (v: number | null) => percent(v, this.i18n.locale());
  protected readonly pct0 = (v: number) => percent(v, this.i18n.locale(), 0);
  protected readonly int = (v: number) => integer(v, this.i18n.locale());
}

function short(s: string): string {
  return s.length > 34 ? `${s.slice(0, 32)}…` : s;
}
