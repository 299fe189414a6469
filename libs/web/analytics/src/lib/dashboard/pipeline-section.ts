import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ComplianceDashboard } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { BarChart, type BarSeries } from '@civics/web-ui';
import type { Query } from '../data/analytics-api';
import { ExportButtons } from '../shared/export-buttons';
import { integer, percent } from '../shared/format';

/** The attestation pipeline with its pass rate, and the training status of the subtree's staff. */
@Component({
  selector: 'app-pipeline-section',
  imports: [TranslatePipe, BarChart, ExportButtons],
  template: `
    <div class="grid-2">
      <section class="section" aria-labelledby="attestation-heading">
        <div class="section-head">
          <h2 id="attestation-heading">{{ 'analytics.attestation.heading' | t }}</h2>
          <app-export-buttons table="attestation" [title]="'analytics.attestation.heading' | t" [filters]="filters()" />
        </div>
        @if (data().attestation; as a) {
          @if (a.available) {
            <app-bar-chart
              [labels]="attestationLabels()"
              [series]="attestationSeries()"
              [format]="int"
              [horizontal]="true"
              [height]="14"
              [label]="'analytics.attestation.chart' | t"
            />
            <table class="table" data-testid="attestation-table">
              <tbody>
                @for (row of attestationRows(); track row[0]) {
                  <tr>
                    <th scope="row">{{ row[0] }}</th>
                    <td class="num">{{ row[1] }}</td>
                  </tr>
                }
              </tbody>
            </table>
          } @else {
            <p class="meta" data-testid="attestation-unavailable">{{ 'analytics.attestation.unavailable' | t }}</p>
          }
        }
      </section>
      <section class="section" aria-labelledby="training-heading">
        <div class="section-head">
          <h2 id="training-heading">{{ 'analytics.training.heading' | t }}</h2>
          <app-export-buttons table="training" [title]="'analytics.training.heading' | t" [filters]="filters()" />
        </div>
        <app-bar-chart
          [labels]="trainingLabels()"
          [series]="trainingSeries()"
          [format]="int"
          [horizontal]="true"
          [height]="14"
          [label]="'analytics.training.chart' | t"
        />
        <table class="table" data-testid="training-table">
          <caption class="meta caption">
            {{
              'analytics.training.caption' | t
            }}
          </caption>
          <tbody>
            @for (row of trainingRows(); track row[0]) {
              <tr>
                <th scope="row">{{ row[0] }}</th>
                <td class="num">{{ int(row[1]) }}</td>
              </tr>
            }
          </tbody>
        </table>
      </section>
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PipelineSection {
  private readonly i18n = inject(I18nService);
  readonly data = input.required<ComplianceDashboard>();
  readonly filters = input.required<Query>();
  private readonly trainingKeys = ['planned', 'enrolled', 'waiting', 'completed', 'closedByMeasurement'] as const;
  protected readonly trainingRows = computed(() =>
    this.trainingKeys.map((k) => [this.i18n.t(`analytics.training.${k}`), this.data().training[k]] as const),
  );
  protected readonly trainingLabels = computed(() => this.trainingRows().map((r) => r[0]));
  protected readonly trainingSeries = computed<BarSeries[]>(() => [
    { label: this.i18n.t('analytics.training.heading'), data: this.trainingRows().map((r) => r[1]), tone: 'primary' },
  ]);
  protected readonly attestationRows = computed<(readonly [string, string])[]>(() => {
    const a = this.data().attestation;
    if (!a.available) return [];
    const n = (v: number) => integer(v, this.i18n.locale());
    return [
      [this.i18n.t('analytics.attestation.due'), n(a.due)],
      [this.i18n.t('analytics.attestation.scheduled'), n(a.scheduled)],
      [this.i18n.t('analytics.attestation.decided'), n(a.decided)],
      [this.i18n.t('analytics.attestation.overdue'), n(a.overdue)],
      [this.i18n.t('analytics.attestation.meets'), n(a.outcomes.meets)],
      [this.i18n.t('analytics.attestation.meetsSubject'), n(a.outcomes.meetsSubjectToTraining)],
      [this.i18n.t('analytics.attestation.doesNotMeet'), n(a.outcomes.doesNotMeet)],
      [this.i18n.t('analytics.attestation.passRate'), percent(a.passRate, this.i18n.locale())],
    ];
  });
  protected readonly attestationLabels = computed(() =>
    ['due', 'scheduled', 'decided', 'overdue'].map((k) => this.i18n.t(`analytics.attestation.${k}`)),
  );
  protected readonly attestationSeries = computed<BarSeries[]>(() => {
    const a = this.data().attestation;
    return a.available
      ? [{ label: this.i18n.t('analytics.attestation.heading'), data: [a.due, a.scheduled, a.decided, a.overdue], tone: 'tertiary' }]
      : [];
  });
  protected readonly int = (v: number) => integer(v, this.i18n.locale());
}
