import { ChangeDetectionStrategy, Component, computed, inject, input } from '@angular/core';
import type { ComplianceDashboard } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { integer, monthLabel, percent, points } from '../shared/format';

/** The key figures of the subtree: staff and measured, mean CI with its change over the period, fully compliant share. */
@Component({
  selector: 'app-summary-cards',
  imports: [TranslatePipe],
  template: `
    @let s = data().summary;
    <section class="section" aria-labelledby="kpi-heading">
      <h2 id="kpi-heading">{{ 'analytics.summary.heading' | t }}</h2>
      <ul class="kpis">
        <li class="kpi" data-testid="kpi-people">
          <div class="label">{{ 'analytics.summary.people' | t }}</div>
          <div class="value">{{ int(s.people) }}</div>
          <div class="note">{{ 'analytics.summary.measured' | t: { count: int(s.measured) } }}</div>
        </li>
        <li class="kpi" data-testid="kpi-ci">
          <div class="label">{{ 'analytics.summary.meanCi' | t }}</div>
          <div class="value">{{ pct(s.meanCi) }}</div>
          <div class="note">{{ 'analytics.summary.change' | t: { change: pp(s.meanCiChange), since: since() } }}</div>
        </li>
        <li class="kpi" data-testid="kpi-fully">
          <div class="label">{{ 'analytics.summary.fully' | t }}</div>
          <div class="value">{{ pct(s.fullyCompliantShare) }}</div>
          <div class="note">
            {{ 'analytics.summary.fullyCount' | t: { count: int(s.fullyCompliant) } }} ·
            {{ 'analytics.summary.change' | t: { change: pp(s.fullyCompliantShareChange), since: since() } }}
          </div>
        </li>
        @if (s.noProfile > 0) {
          <li class="kpi">
            <div class="label">{{ 'analytics.summary.noProfile' | t }}</div>
            <div class="value">{{ int(s.noProfile) }}</div>
            <div class="note">{{ 'analytics.summary.noProfileNote' | t }}</div>
          </li>
        }
      </ul>
    </section>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class SummaryCards {
  private readonly i18n = inject(I18nService);
  readonly data = input.required<ComplianceDashboard>();
  protected readonly since = computed(() => monthLabel(this.data().period.from, this.i18n.locale()));
  protected readonly pct = (v: number | null) => percent(v, this.i18n.locale());
  protected readonly pp = (v: number | null) => points(v, this.i18n.locale());
  protected readonly int = (v: number) => integer(v, this.i18n.locale());
}
