import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { Evidence } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { BarChart, type BarSeries } from '@civics/web-ui';
import { AttestationText } from './attestation-text';
import { percent, wholeTicks } from './format';

/**
 * A candidate's evidence: CI and the recommendation with its reasons, achieved against required
 * level per competency as a bar chart, and the same numbers in a table.
 */
@Component({
  selector: 'app-evidence-view',
  imports: [TranslatePipe, BarChart, AttestationText],
  template: `
    @let e = evidence();
    <p class="summary" data-testid="evidence-summary">
      {{ 'attestation.evidence.ci' | t }}: <strong>{{ pct(e.complianceIndex) }}</strong> · {{ 'attestation.evidence.recommendation' | t }}:
      <span class="status" [class]="e.recommendation" data-testid="recommendation">{{
        'attestation.outcome.' + e.recommendation | t
      }}</span>
    </p>
    <ul class="reasons">
      @for (r of e.reasons; track r) {
        <li>{{ 'attestation.reason.' + r | t }}</li>
      }
    </ul>
    <app-bar-chart
      [labels]="labels()"
      [series]="series()"
      [min]="0"
      [max]="scaleTop()"
      [format]="ticks"
      [label]="'attestation.evidence.chartLabel' | t: { name: name() }"
      [height]="14"
    />
    <details [open]="tableOpen()">
      <summary>{{ 'attestation.evidence.showTable' | t }}</summary>
      <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'attestation.evidence.tableLabel' | t: { name: name() }">
        <table class="table" data-testid="evidence-table">
          <caption class="meta">
            {{
              'attestation.evidence.caption' | t
            }}
          </caption>
          <thead>
            <tr>
              <th scope="col">{{ 'attestation.competency' | t }}</th>
              <th scope="col" class="num">{{ 'attestation.evidence.required' | t }}</th>
              <th scope="col" class="num">{{ 'attestation.evidence.achieved' | t }}</th>
              <th scope="col" class="num">{{ 'attestation.evidence.gap' | t }}</th>
            </tr>
          </thead>
          <tbody>
            @for (c of e.competencies; track c.competencyCode) {
              <tr [attr.data-competency]="c.competencyCode">
                <th scope="row">
                  {{ c.competencyCode }} — <app-attestation-text [text]="c.title" />
                  @if (c.critical) {
                    <span class="chip">{{ 'attestation.evidence.critical' | t }}</span>
                  }
                </th>
                <td class="num">{{ c.required }}</td>
                <td class="num">{{ c.achieved }}</td>
                <td class="num" [class.error]="c.gap > 0">{{ c.gap }}</td>
              </tr>
            }
          </tbody>
        </table>
      </div>
    </details>
  `,
  styleUrl: './pages.css',
  styles: `
    .summary {
      margin: 0.25rem 0;
    }
    .reasons {
      margin: 0.25rem 0 0.75rem;
      padding-inline-start: 1.25rem;
      color: var(--mat-sys-on-surface-variant);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class EvidenceView {
  private readonly i18n = inject(I18nService);
  readonly evidence = input.required<Evidence>();
  /** Whose evidence (for the chart's and table's accessible names). */
  readonly name = input('');
  /** Show the table at once (otherwise behind its summary, beside the chart). */
  readonly tableOpen = input(false);
  protected readonly ticks = wholeTicks;
  protected readonly labels = computed(() => this.evidence().competencies.map((c) => c.competencyCode));
  protected readonly scaleTop = computed(() => Math.max(4, ...this.evidence().competencies.map((c) => Math.max(c.required, c.achieved))));
  protected readonly series = computed<BarSeries[]>(() => {
    const list = this.evidence().competencies;
    return [
      { label: this.i18n.t('attestation.evidence.required'), data: list.map((c) => c.required), tone: 'secondary', light: true },
      { label: this.i18n.t('attestation.evidence.achieved'), data: list.map((c) => c.achieved), tone: 'primary' },
    ];
  });

  protected pct(v: number): string {
    return percent(v, this.i18n.locale());
  }
}
