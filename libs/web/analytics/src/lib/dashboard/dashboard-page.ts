import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { ActivatedRoute, Router, RouterLink } from '@angular/router';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import type { ComplianceDashboard } from '@civics/contracts';
import { AuthService, I18nService, TranslatePipe, localize, problemOf } from '@civics/web-core';
import { Icon } from '@civics/web-ui';
import { AnalyticsApi, type Query } from '../data/analytics-api';
import { AnalyticsPages } from '../data/analytics-paths';
import { dateTime, monthLabel, monthsBetween } from '../shared/format';
import { SummaryCards } from './summary-cards';
import { TrendSection } from './trend-section';
import { UnitsSection } from './units-section';
import { HeatmapSection } from './heatmap-section';
import { GapsSection } from './gaps-section';
import { PeopleSection } from './people-section';
import { PipelineSection } from './pipeline-section';

/** The dashboard's filters as they appear in the address (so drill-down, back and bookmarks work). */
interface Filters {
  orgId?: string;
  positionCode?: string;
  versionId?: string;
  from?: string;
  to?: string;
}

/**
 * `/analytics`: the compliance dashboard of an organisation subtree (DESIGN.md §4 figures from the
 * aggregates): filters, breadcrumb drill-down, key figures, trend, units, heatmap, gaps, people,
 * attestation and training, each chart with its table and CSV/XLSX export, and the PDF summary.
 */
@Component({
  selector: 'app-analytics-dashboard-page',
  imports: [
    FormsModule,
    RouterLink,
    MatButtonModule,
    MatFormFieldModule,
    MatProgressBarModule,
    MatSelectModule,
    TranslatePipe,
    Icon,
    SummaryCards,
    TrendSection,
    UnitsSection,
    HeatmapSection,
    GapsSection,
    PeopleSection,
    PipelineSection,
  ],
  templateUrl: './dashboard-page.html',
  styleUrl: '../shared/pages.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DashboardPage {
  private readonly api = inject(AnalyticsApi);
  private readonly route = inject(ActivatedRoute);
  private readonly router = inject(Router);
  private readonly auth = inject(AuthService);
  protected readonly i18n = inject(I18nService);

  protected readonly loading = signal(true);
  protected readonly failed = signal<'not_found' | 'other' | null>(null);
  protected readonly data = signal<ComplianceDashboard | null>(null);
  protected readonly filters = signal<Filters>({});
  protected readonly pdfBusy = signal(false);
  protected readonly refreshing = signal(false);
  /** The form's working copy; applied to the address by "Apply". */
  protected draft: Filters = {};

  protected readonly canRefresh = computed(() => this.auth.permissions().has('analytics:manage'));
  protected readonly canImport = computed(() => this.auth.permissions().has('persons:manage'));
  protected readonly rosterPath = AnalyticsPages.roster;
  protected readonly reportsPath = AnalyticsPages.reports;
  /** Filters that travel with exports and drill-down links (the organisation excluded). */
  protected readonly shared = computed<Query>(() => {
    const f = this.filters();
    return { positionCode: f.positionCode, versionId: f.versionId, from: f.from, to: f.to };
  });
  protected readonly scoped = computed<Query>(() => ({ ...this.shared(), orgId: this.data()?.organisation?.id }));
  protected readonly title = computed(() => {
    const d = this.data();
    return d?.organisation ? localize(d.organisation.name, this.i18n.language()).text : this.i18n.t('analytics.wholeService');
  });
  /**
   * The months the figures hold, named in the page's language (a native month input would name
   * them in the browser's). Values stay `YYYY-MM`, as in the address and the API.
   */
  protected readonly months = computed(() => {
    const period = this.data()?.period;
    const locale = this.i18n.locale();
    return period ? monthsBetween(period.earliest, period.latest).map((value) => ({ value, label: monthLabel(value, locale) })) : [];
  });
  protected readonly refreshed = computed(() => dateTime(this.data()?.refreshedAt, this.i18n.locale()));

  constructor() {
    const sub = this.route.queryParamMap.subscribe((map) => {
      const f: Filters = {};
      for (const key of ['orgId', 'positionCode', 'versionId', 'from', 'to'] as const) {
        const v = map.get(key);
        if (v) f[key] = v;
      }
      this.filters.set(f);
      this.draft = { ...f };
      void this.load(f);
    });
    inject(DestroyRef).onDestroy(() => sub.unsubscribe());
  }

  private async load(f: Filters): Promise<void> {
    this.loading.set(true);
    this.failed.set(null);
    try {
      const d = await this.api.dashboard({ ...f });
      this.data.set(d);
      // The period the server used (kept inside the months it holds), so the selects show it.
      this.draft = { ...f, from: d.period.from, to: d.period.to };
    } catch (e) {
      this.data.set(null);
      const code = problemOf(e)?.code;
      this.failed.set(code === 'organisation_not_found' || code === 'version_not_found' ? 'not_found' : 'other');
    } finally {
      this.loading.set(false);
    }
  }

  /** Query parameters of a drill-down link to `orgId` (null: the top of the caller's scope). */
  protected linkTo(orgId: string | null): Query {
    return { ...this.shared(), orgId: orgId ?? undefined };
  }

  protected apply(): void {
    const d = this.draft;
    void this.router.navigate([], {
      relativeTo: this.route,
      queryParams: {
        orgId: this.filters().orgId ?? null,
        positionCode: d.positionCode || null,
        versionId: d.versionId || null,
        from: d.from || null,
        to: d.to || null,
      },
    });
  }

  protected reset(): void {
    void this.router.navigate([], { relativeTo: this.route, queryParams: { orgId: this.filters().orgId ?? null } });
  }

  protected async pdf(): Promise<void> {
    this.pdfBusy.set(true);
    try {
      await this.api.summaryReport({ ...this.scoped(), lang: this.i18n.language() });
    } finally {
      this.pdfBusy.set(false);
    }
  }

  protected async refresh(): Promise<void> {
    this.refreshing.set(true);
    try {
      await this.api.refresh();
      await this.load(this.filters());
    } finally {
      this.refreshing.set(false);
    }
  }
}
