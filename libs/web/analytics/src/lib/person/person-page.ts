import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { ActivatedRoute, RouterLink } from '@angular/router';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { PersonCompliance } from '@civics/contracts';
import { I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { BarChart, LineChart, type BarSeries, type LineSeries } from '@civics/web-ui';
import { AnalyticsApi } from '../data/analytics-api';
import { AnalyticsPages } from '../data/analytics-paths';
import { AnalyticsText } from '../shared/content-text';
import { date, percent } from '../shared/format';

/**
 * `/analytics/person/:id`: one person against the version's profile of their position — required
 * and achieved level per competency (chart and table) and the compliance index after each
 * measurement. Opening it is recorded in the person's access log.
 */
@Component({
  selector: 'app-analytics-person-page',
  imports: [RouterLink, MatProgressBarModule, TranslatePipe, BarChart, LineChart, AnalyticsText],
  template: `
    <div class="page">
      @if (loading()) {
        <mat-progress-bar mode="indeterminate" [attr.aria-label]="'analytics.loading' | t" />
      } @else if (failed()) {
        <p class="error" role="alert">{{ (failed() === 'not_found' ? 'analytics.person.notFound' : 'analytics.loadFailed') | t }}</p>
      } @else if (data(); as d) {
        <nav class="crumbs" [attr.aria-label]="'analytics.breadcrumb' | t">
          <ol>
            @for (o of d.person.breadcrumb; track o.id) {
              <li>
                <a [routerLink]="dashboard" [queryParams]="{ orgId: o.id }">{{ o.name[i18n.language()] }}</a>
              </li>
            }
            <li>
              <span aria-current="page">{{ d.person.name }}</span>
            </li>
          </ol>
        </nav>
        <h1 class="page-title" data-testid="person-title">{{ d.person.name }}</h1>
        <p class="lead">{{ d.person.positionTitle }} · {{ d.person.organisation.name[i18n.language()] }} · {{ d.person.personalCode }}</p>
        <p class="meta">{{ 'analytics.person.audited' | t }}</p>
        @if (!d.hasProfile) {
          <p class="meta">{{ 'analytics.person.noProfile' | t: { code: d.person.positionCode } }}</p>
        } @else {
          <ul class="kpis">
            <li class="kpi">
              <div class="label">{{ 'analytics.col.ci' | t }}</div>
              <div class="value" data-testid="person-ci">{{ pct(d.ci) }}</div>
              <div class="note">{{ (d.fullyCompliant ? 'analytics.person.fully' : 'analytics.person.notFully') | t }}</div>
            </li>
            <li class="kpi">
              <div class="label">{{ 'analytics.col.gapTotal' | t }}</div>
              <div class="value">{{ gapTotal() }}</div>
              <div class="note">{{ 'analytics.person.version' | t: { version: d.version.versionNumber } }}</div>
            </li>
          </ul>

          <section class="section" aria-labelledby="levels-heading">
            <h2 id="levels-heading">{{ 'analytics.person.levels' | t }}</h2>
            <app-bar-chart
              [labels]="codes()"
              [series]="levelSeries()"
              [min]="0"
              [max]="scaleTop()"
              [format]="level"
              [height]="18"
              [label]="'analytics.person.levelsChart' | t"
            />
            <div class="table-wrap" tabindex="0" role="region" [attr.aria-label]="'analytics.person.levels' | t">
              <table class="table" data-testid="person-competencies">
                <thead>
                  <tr>
                    <th scope="col">{{ 'analytics.col.competency' | t }}</th>
                    <th scope="col" class="num">{{ 'analytics.person.required' | t }}</th>
                    <th scope="col" class="num">{{ 'analytics.person.achieved' | t }}</th>
                    <th scope="col" class="num">{{ 'analytics.person.gap' | t }}</th>
                    <th scope="col" class="num">{{ 'analytics.person.weight' | t }}</th>
                    <th scope="col" class="num">{{ 'analytics.col.lastMeasured' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (c of d.competencies; track c.code) {
                    <tr>
                      <th scope="row">
                        {{ c.code }} <app-analytics-text [text]="c.title" />
                        @if (c.critical) {
                          <span class="status overdue">{{ 'analytics.person.critical' | t }}</span>
                        }
                      </th>
                      <td class="num">{{ c.required }}</td>
                      <td class="num">{{ c.achieved }}</td>
                      <td class="num">{{ c.gap }}</td>
                      <td class="num">{{ c.weight }}</td>
                      <td class="num">{{ c.measuredAt ? day(c.measuredAt) : ('analytics.people.never' | t) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </div>
          </section>

          @if (d.history.length) {
            <section class="section" aria-labelledby="history-heading">
              <h2 id="history-heading">{{ 'analytics.person.history' | t }}</h2>
              <app-line-chart
                [labels]="historyLabels()"
                [series]="historySeries()"
                [min]="0"
                [max]="1"
                [format]="pct0"
                [height]="14"
                [label]="'analytics.person.historyChart' | t"
              />
              <table class="table" data-testid="person-history">
                <thead>
                  <tr>
                    <th scope="col">{{ 'analytics.person.measuredOn' | t }}</th>
                    <th scope="col" class="num">{{ 'analytics.col.ci' | t }}</th>
                  </tr>
                </thead>
                <tbody>
                  @for (h of d.history; track h.at) {
                    <tr>
                      <th scope="row">{{ day(h.at) }}</th>
                      <td class="num">{{ pct(h.ci) }}</td>
                    </tr>
                  }
                </tbody>
              </table>
            </section>
          }
        }
      }
    </div>
  `,
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class PersonPage {
  private readonly api = inject(AnalyticsApi);
  private readonly route = inject(ActivatedRoute);
  protected readonly i18n = inject(I18nService);
  protected readonly dashboard = AnalyticsPages.dashboard;
  protected readonly loading = signal(true);
  protected readonly failed = signal<'not_found' | 'other' | null>(null);
  protected readonly data = signal<PersonCompliance | null>(null);
  protected readonly codes = computed(() => this.data()?.competencies.map((c) => c.code) ?? []);
  protected readonly gapTotal = computed(() => this.data()?.competencies.reduce((s, c) => s + c.gap, 0) ?? 0);
  protected readonly scaleTop = computed(() =>
    Math.max(4, ...(this.data()?.competencies.map((c) => Math.max(c.required, c.achieved)) ?? [])),
  );
  protected readonly levelSeries = computed<BarSeries[]>(() => {
    const cs = this.data()?.competencies ?? [];
    return [
      { label: this.i18n.t('analytics.person.required'), data: cs.map((c) => c.required), tone: 'secondary', light: true },
      { label: this.i18n.t('analytics.person.achieved'), data: cs.map((c) => c.achieved), tone: 'primary' },
    ];
  });
  protected readonly historyLabels = computed(() => this.data()?.history.map((h) => date(h.at, this.i18n.locale())) ?? []);
  protected readonly historySeries = computed<LineSeries[]>(() => [
    { label: this.i18n.t('analytics.col.ci'), data: this.data()?.history.map((h) => h.ci) ?? [], tone: 'primary' },
  ]);
  protected readonly pct = (v: number | null) => percent(v, this.i18n.locale());
  /** Levels are whole numbers: no ticks between them. */
  protected readonly level = (v: number) => (Number.isInteger(v) ? String(v) : '');
  protected readonly pct0 = (v: number) => percent(v, this.i18n.locale(), 0);
  protected readonly day = (v: string) => date(v, this.i18n.locale());

  constructor() {
    const sub = this.route.paramMap.subscribe(
      (p) => void this.load(p.get('id') ?? '', this.route.snapshot.queryParamMap.get('versionId') ?? undefined),
    );
    inject(DestroyRef).onDestroy(() => sub.unsubscribe());
  }

  private async load(id: string, versionId: string | undefined): Promise<void> {
    this.loading.set(true);
    try {
      this.data.set(await this.api.person(id, versionId));
      this.failed.set(null);
    } catch (e) {
      this.failed.set(problemOf(e)?.status === 404 ? 'not_found' : 'other');
    } finally {
      this.loading.set(false);
    }
  }
}
