import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { EffectivenessReport } from '@civics/contracts';
import { I18nService, TranslatePipe, localize } from '@civics/web-core';
import { BarChart, type BarSeries } from '@civics/web-ui';
import { TrainingApi } from '../data/training-api';
import { TrainingText } from '../shared/training-text';
import { percent, points } from '../shared/format';

/**
 * `/training/effectiveness`: difference-in-differences of compliance per course and provider
 * (DESIGN.md §4): before/after bars of completers and the comparison group, the estimate with its
 * bootstrap 95% interval as floating bars, and the same numbers in tables.
 */
@Component({
  selector: 'app-effectiveness-page',
  imports: [MatProgressBarModule, TranslatePipe, TrainingText, BarChart],
  template: `
    <div class="page">
      <h1 class="page-title">{{ 'training.effect.heading' | t }}</h1>
      <p class="lead">{{ 'training.effect.lead' | t: { min: report()?.minimumGroupSize ?? 5 } }}</p>
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'training.loading' | t" />
      } @else if (failed()) {
        <p class="error" role="alert">{{ 'training.loadFailed' | t }}</p>
      } @else if (report(); as r) {
        @if (measured().length) {
          <section aria-labelledby="before-after">
            <h2 id="before-after">{{ 'training.effect.beforeAfter' | t }}</h2>
            <app-bar-chart
              [labels]="labels()"
              [series]="beforeAfter()"
              [min]="0"
              [max]="1"
              [format]="pct"
              [label]="'training.effect.beforeAfterLabel' | t"
              [height]="22"
            />
            <h2 id="did">{{ 'training.effect.didHeading' | t }}</h2>
            <app-bar-chart
              [labels]="labels()"
              [series]="interval()"
              [horizontal]="true"
              [format]="pp"
              [label]="'training.effect.didLabel' | t"
              [height]="4 + measured().length * 3"
            />
          </section>
        } @else {
          <p data-testid="effect-none">{{ 'training.effect.noneMeasured' | t }}</p>
        }
        <h2 id="course-table-heading">{{ 'training.effect.byCourse' | t }}</h2>
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'training.scrollTable' | t">
          <table class="table" aria-labelledby="course-table-heading" data-testid="effect-table">
            <thead>
              <tr>
                <th scope="col">{{ 'training.plan.course' | t }}</th>
                <th scope="col" class="num">{{ 'training.effect.completers' | t }}</th>
                <th scope="col" class="num">{{ 'training.effect.groups' | t }}</th>
                <th scope="col" class="num">{{ 'training.effect.treated' | t }}</th>
                <th scope="col" class="num">{{ 'training.effect.comparison' | t }}</th>
                <th scope="col" class="num">{{ 'training.effect.did' | t }}</th>
                <th scope="col" class="num">{{ 'training.effect.ci' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (c of taken(); track c.courseId) {
                <tr data-testid="effect-row">
                  <th scope="row"><app-training-text [text]="c.courseTitle" /></th>
                  <td class="num">{{ c.completers }}</td>
                  <td class="num">{{ c.treatedN }} / {{ c.comparisonN }}</td>
                  <td class="num">{{ pct(c.treatedBefore) }} → {{ pct(c.treatedAfter) }}</td>
                  <td class="num">{{ pct(c.comparisonBefore) }} → {{ pct(c.comparisonAfter) }}</td>
                  @if (c.enough) {
                    <td class="num">{{ pp(c.did) }}</td>
                    <td class="num">{{ pp(c.ciLow) }} … {{ pp(c.ciHigh) }}</td>
                  } @else {
                    <td colspan="2" class="meta" data-testid="too-few">{{ 'training.effect.tooFew' | t: { min: r.minimumGroupSize } }}</td>
                  }
                </tr>
              }
            </tbody>
          </table>
        </div>
        @if (untaken().length) {
          <p class="meta" data-testid="effect-untaken">{{ 'training.effect.untaken' | t: { count: untaken().length } }}</p>
        }
        <h2 id="provider-table-heading">{{ 'training.effect.byProvider' | t }}</h2>
        <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'training.scrollTable' | t">
          <table class="table" aria-labelledby="provider-table-heading">
            <thead>
              <tr>
                <th scope="col">{{ 'training.providerLabel' | t }}</th>
                <th scope="col" class="num">{{ 'training.effect.completers' | t }}</th>
                <th scope="col" class="num">{{ 'training.effect.groups' | t }}</th>
                <th scope="col" class="num">{{ 'training.effect.did' | t }}</th>
                <th scope="col" class="num">{{ 'training.effect.ci' | t }}</th>
              </tr>
            </thead>
            <tbody>
              @for (p of r.providers; track p.providerId) {
                <tr>
                  <th scope="row"><app-training-text [text]="p.providerName" /></th>
                  <td class="num">{{ p.completers }}</td>
                  <td class="num">{{ p.treatedN }} / {{ p.comparisonN }}</td>
                  @if (p.enough) {
                    <td class="num">{{ pp(p.did) }}</td>
                    <td class="num">{{ pp(p.ciLow) }} … {{ pp(p.ciHigh) }}</td>
                  } @else {
                    <td colspan="2" class="meta">{{ 'training.effect.tooFew' | t: { min: r.minimumGroupSize } }}</td>
                  }
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
export class EffectivenessPage implements OnInit {
  private readonly api = inject(TrainingApi);
  private readonly i18n = inject(I18nService);
  protected readonly loading = signal(true);
  protected readonly failed = signal(false);
  protected readonly report = signal<EffectivenessReport | null>(null);
  /** Courses with completers, the measured ones first. */
  protected readonly taken = computed(() =>
    (this.report()?.courses ?? [])
      .filter((c) => c.completers > 0)
      .sort((a, b) => Number(b.enough) - Number(a.enough) || b.completers - a.completers),
  );
  protected readonly untaken = computed(() => (this.report()?.courses ?? []).filter((c) => c.completers === 0));
  protected readonly measured = computed(() => (this.report()?.courses ?? []).filter((c) => c.enough));
  protected readonly labels = computed(() => this.measured().map((c) => shorten(localize(c.courseTitle, this.i18n.language()).text)));
  protected readonly beforeAfter = computed<BarSeries[]>(() => {
    const m = this.measured();
    return [
      { label: this.i18n.t('training.effect.treatedBefore'), data: m.map((c) => c.treatedBefore), tone: 'primary', light: true },
      { label: this.i18n.t('training.effect.treatedAfter'), data: m.map((c) => c.treatedAfter), tone: 'primary' },
      { label: this.i18n.t('training.effect.comparisonBefore'), data: m.map((c) => c.comparisonBefore), tone: 'tertiary', light: true },
      { label: this.i18n.t('training.effect.comparisonAfter'), data: m.map((c) => c.comparisonAfter), tone: 'tertiary' },
    ];
  });
  protected readonly interval = computed<BarSeries[]>(() => [
    {
      label: this.i18n.t('training.effect.ci'),
      data: this.measured().map((c) => [c.ciLow ?? 0, c.ciHigh ?? 0] as const),
      tone: 'secondary',
    },
  ]);
  protected readonly pct = (v: number | null) => percent(v, this.i18n.locale());
  protected readonly pp = (v: number | null) => points(v, this.i18n.locale());

  async ngOnInit(): Promise<void> {
    try {
      this.report.set(await this.api.effectiveness());
    } catch {
      this.failed.set(true);
    } finally {
      this.loading.set(false);
    }
  }
}

function shorten(s: string): string {
  return s.length > 38 ? `${s.slice(0, 36)}…` : s;
}
