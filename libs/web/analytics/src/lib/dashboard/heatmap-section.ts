import { ChangeDetectionStrategy, Component, inject, input } from '@angular/core';
import type { ComplianceDashboard, HeatmapRow } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import type { Query } from '../data/analytics-api';
import { AnalyticsText } from '../shared/content-text';
import { ExportButtons } from '../shared/export-buttons';
import { heatBand, percent } from '../shared/format';

/**
 * Units × competencies: the share of people who meet the required level, as a colour-banded
 * table (the figure is written in every cell, so colour is never the only cue).
 */
@Component({
  selector: 'app-heatmap-section',
  imports: [TranslatePipe, AnalyticsText, ExportButtons],
  template: `
    <section class="section" aria-labelledby="heat-heading">
      <div class="section-head">
        <h2 id="heat-heading">{{ 'analytics.heatmap.heading' | t }}</h2>
        <app-export-buttons table="heatmap" [title]="'analytics.heatmap.heading' | t" [filters]="filters()" />
      </div>
      <p class="meta">{{ 'analytics.heatmap.lead' | t }}</p>
      <ul class="legend" [attr.aria-label]="'analytics.heatmap.legend' | t">
        @for (b of bands; track b) {
          <li><span class="swatch" [class]="'band-' + b"></span>{{ b * 20 }}–{{ b * 20 + 20 }}%</li>
        }
      </ul>
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'analytics.heatmap.heading' | t">
        <table class="heat" data-testid="heatmap">
          <thead>
            <tr>
              <th scope="col" class="org">{{ 'analytics.col.organisation' | t }}</th>
              @for (c of data().competencies; track c.code) {
                <th scope="col" class="comp">
                  <abbr [attr.title]="title(c.title)">{{ c.code }}</abbr>
                </th>
              }
            </tr>
          </thead>
          <tbody>
            @for (r of data().heatmap; track r.organisation.id + r.scope) {
              <tr>
                <th scope="row" class="org">{{ rowName(r) }}</th>
                @for (c of r.cells; track c.competencyCode) {
                  <td [class]="cellClass(c.share)" [attr.title]="'analytics.heatmap.cell' | t: { met: c.met, required: c.required }">
                    {{ c.share === null ? '—' : pct(c.share) }}
                  </td>
                }
              </tr>
            }
          </tbody>
        </table>
      </div>
      <details class="alt">
        <summary>{{ 'analytics.heatmap.codes' | t }}</summary>
        <dl class="codes">
          @for (c of data().competencies; track c.code) {
            <dt>{{ c.code }}</dt>
            <dd><app-analytics-text [text]="c.title" /></dd>
          }
        </dl>
      </details>
    </section>
  `,
  styleUrl: '../shared/pages.css',
  styles: `
    .heat {
      border-collapse: separate;
      border-spacing: 2px;
      font: var(--mat-sys-body-small);
    }
    .heat th.org {
      text-align: start;
      min-width: 9rem;
      max-width: 13rem;
      padding: 0.25rem 0.5rem;
      font: var(--mat-sys-body-medium);
    }
    .heat th.comp {
      padding: 0.25rem;
      font: var(--mat-sys-label-medium);
    }
    .heat abbr {
      text-decoration: none;
      cursor: help;
    }
    .heat td {
      text-align: center;
      min-width: 2.5rem;
      padding: 0.35rem 0.15rem;
      border-radius: 4px;
      color: #1a1a1a;
      font-variant-numeric: tabular-nums;
    }
    .band-none {
      background: #f2f2f2;
    }
    .band-0 {
      background: #f4c7c3;
    }
    .band-1 {
      background: #f9d9b8;
    }
    .band-2 {
      background: #ffecb3;
    }
    .band-3 {
      background: #dcedc8;
    }
    .band-4 {
      background: #c8e6c9;
    }
    :host-context(.high-contrast) .heat td {
      outline: 1px solid #000;
    }
    .legend {
      display: flex;
      flex-wrap: wrap;
      gap: 0.25rem 1rem;
      padding: 0;
      margin: 0.25rem 0 0.5rem;
      list-style: none;
      font: var(--mat-sys-body-small);
    }
    .swatch {
      display: inline-block;
      width: 1rem;
      height: 1rem;
      border-radius: 3px;
      margin-inline-end: 0.35rem;
      vertical-align: middle;
      border: 1px solid var(--mat-sys-outline-variant);
    }
    .codes {
      display: grid;
      grid-template-columns: max-content 1fr;
      gap: 0.15rem 1rem;
    }
    .codes dt {
      font-weight: 600;
    }
    .codes dd {
      margin: 0;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class HeatmapSection {
  private readonly i18n = inject(I18nService);
  readonly data = input.required<ComplianceDashboard>();
  readonly filters = input.required<Query>();
  protected readonly bands = [0, 1, 2, 3, 4];
  protected readonly pct = (v: number) => percent(v, this.i18n.locale(), 0);
  protected readonly cellClass = (share: number | null) => {
    const b = heatBand(share);
    return b === null ? 'band-none' : `band-${b}`;
  };
  protected readonly title = (t: Record<string, string | undefined>) => t[this.i18n.language()] ?? t['az'] ?? '';
  protected rowName(r: HeatmapRow): string {
    const name = r.organisation.name[this.i18n.language()];
    return r.scope === 'direct' ? this.i18n.t('analytics.units.direct', { name }) : name;
  }
}
