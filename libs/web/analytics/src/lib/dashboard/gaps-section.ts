import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ComplianceDashboard, ContentText } from '@civics/contracts';
import { I18nService, TranslatePipe, localize } from '@civics/web-core';
import { BarChart, type BarSeries } from '@civics/web-ui';
import type { Query } from '../data/analytics-api';
import { AnalyticsText } from '../shared/content-text';
import { ExportButtons } from '../shared/export-buttons';
import { decimal, integer, percent } from '../shared/format';

const TONES: BarSeries['tone'][] = ['primary', 'tertiary', 'secondary', 'error'];

/** How large the gaps are: people per gap size for each competency, and per position. */
@Component({
  selector: 'app-gaps-section',
  imports: [TranslatePipe, BarChart, AnalyticsText, ExportButtons],
  template: `
    <section class="section" aria-labelledby="gaps-comp-heading">
      <div class="section-head">
        <h2 id="gaps-comp-heading">{{ 'analytics.gaps.byCompetency' | t }}</h2>
        <app-export-buttons table="gaps-by-competency" [title]="'analytics.gaps.byCompetency' | t" [filters]="filters()" />
      </div>
      <p class="meta">{{ 'analytics.gaps.lead' | t }}</p>
      <app-bar-chart
        [labels]="competencyLabels()"
        [series]="competencySeries()"
        [stacked]="true"
        [height]="22"
        [format]="int"
        [label]="'analytics.gaps.competencyChart' | t"
      />
      <details class="alt">
        <summary>{{ 'analytics.showTable' | t }}</summary>
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'analytics.gaps.byCompetency' | t">
          <table class="table" data-testid="gaps-competency-table">
            <thead>
              <tr>
                <th scope="col">{{ 'analytics.col.competency' | t }}</th>
                <th scope="col" class="num">{{ 'analytics.col.required' | t }}</th>
                @for (g of sizes(); track g) {
                  <th scope="col" class="num">{{ 'analytics.col.gap' | t: { size: g } }}</th>
                }
                <th scope="col" class="num">{{ 'analytics.col.meanGap' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (g of data().gapsByCompetency; track g.competencyCode) {
                <tr>
                  <th scope="row">{{ g.competencyCode }} <app-analytics-text [text]="titleOf(g.competencyCode)" /></th>
                  <td class="num">{{ int(g.required) }}</td>
                  @for (n of g.counts; track $index) {
                    <td class="num">{{ int(n) }}</td>
                  }
                  <td class="num">{{ dec(g.meanGap) }}</td>
                </tr>
              }
            </tbody>
          </table>
        </div>
      </details>
    </section>

    <section class="section" aria-labelledby="gaps-pos-heading">
      <div class="section-head">
        <h2 id="gaps-pos-heading">{{ 'analytics.gaps.byPosition' | t }}</h2>
        <app-export-buttons table="gaps-by-position" [title]="'analytics.gaps.byPosition' | t" [filters]="filters()" />
      </div>
      <app-bar-chart
        [labels]="positionLabels()"
        [series]="positionSeries()"
        [stacked]="true"
        [horizontal]="true"
        [height]="4 + data().gapsByPosition.length * 2.6"
        [format]="int"
        [label]="'analytics.gaps.positionChart' | t"
      />
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'analytics.gaps.byPosition' | t">
        <table class="table" data-testid="gaps-position-table">
          <thead>
            <tr>
              <th scope="col">{{ 'analytics.col.position' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.people' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.meanCi' | t }}</th>
              <th scope="col" class="num">{{ 'analytics.col.fullyShare' | t }}</th>
              @for (g of sizes(); track g) {
                <th scope="col" class="num">{{ 'analytics.col.gap' | t: { size: g } }}</th>
              }
            </tr>
          </thead>
          <tbody>
            @for (p of data().gapsByPosition; track p.positionCode) {
              <tr>
                <th scope="row">
                  @if (p.title) {
                    <app-analytics-text [text]="p.title" />
                  } @else {
                    {{ p.positionCode }}
                  }
                </th>
                <td class="num">{{ int(p.people) }}</td>
                <td class="num">{{ pct(p.meanCi) }}</td>
                <td class="num">{{ pct(p.fullyCompliantShare) }}</td>
                @for (n of p.counts; track $index) {
                  <td class="num">{{ int(n) }}</td>
                }
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
export class GapsSection {
  private readonly i18n = inject(I18nService);
  readonly data = input.required<ComplianceDashboard>();
  readonly filters = input.required<Query>();
  protected readonly sizes = computed(() => Array.from({ length: this.data().scaleSize + 1 }, (_, g) => g));
  protected readonly competencyLabels = computed(() => this.data().gapsByCompetency.map((g) => g.competencyCode));
  protected readonly positionLabels = computed(() =>
    this.data().gapsByPosition.map((p) => (p.title ? localize(p.title, this.i18n.language()).text : p.positionCode)),
  );
  /** Gap sizes 0, 1, 2 and "3 or more" as stacked series. */
  private bands(counts: readonly (readonly number[])[]): BarSeries[] {
    const top = Math.min(3, this.data().scaleSize);
    return Array.from({ length: top + 1 }, (_, g) => ({
      label:
        g === 0
          ? this.i18n.t('analytics.gaps.none')
          : g === top && this.data().scaleSize > top
            ? this.i18n.t('analytics.gaps.atLeast', { size: g })
            : this.i18n.t('analytics.col.gap', { size: g }),
      data: counts.map((c) => (g === top ? c.slice(g).reduce((a, b) => a + b, 0) : (c[g] ?? 0))),
      tone: TONES[g],
      light: g === 1,
    }));
  }
  protected readonly competencySeries = computed(() => this.bands(this.data().gapsByCompetency.map((g) => g.counts)));
  protected readonly positionSeries = computed(() => this.bands(this.data().gapsByPosition.map((p) => p.counts)));
  protected titleOf(code: string): ContentText | undefined {
    return this.data().competencies.find((c) => c.code === code)?.title;
  }
  protected readonly int = (v: number) => integer(v, this.i18n.locale());
  protected readonly dec = (v: number | null) => decimal(v, this.i18n.locale());
  protected readonly pct = (v: number | null) => percent(v, this.i18n.locale());
}
