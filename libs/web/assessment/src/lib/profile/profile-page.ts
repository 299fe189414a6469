import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { CompetencyProfile } from '@civics/contracts';
import { I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { RadarChart, type RadarSeries } from '@civics/web-ui';
import { AssessmentApi } from '../data/assessment-api';
import { ExamPages } from '../data/assessment-paths';
import { ContentTextView } from '../shared/content-text-view';
import { dateTime, percent } from '../shared/format';

type Entry = CompetencyProfile['entries'][number];

/** `/profile`: my competency profile — required and achieved levels by area, gaps, CI. */
@Component({
  selector: 'app-profile-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, ContentTextView, RadarChart],
  templateUrl: './profile-page.html',
  styleUrl: '../shared/report.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ProfilePage implements OnInit {
  private readonly api = inject(AssessmentApi);
  private readonly i18n = inject(I18nService);

  protected readonly loading = signal(true);
  protected readonly error = signal<'none' | 'failed' | null>(null);
  protected readonly profile = signal<CompetencyProfile | null>(null);
  protected readonly testsPath = ExamPages.tests;

  protected readonly ci = computed(() => percent(this.profile()?.complianceIndex, this.i18n.locale()));
  protected readonly areas = computed(() => {
    const groups = new Map<string, Entry[]>();
    for (const e of this.profile()?.entries ?? []) {
      groups.set(e.areaCode, [...(groups.get(e.areaCode) ?? []), e]);
    }
    return [...groups.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([area, entries]) => ({ area, entries: entries.sort((a, b) => a.competencyCode.localeCompare(b.competencyCode)) }));
  });
  private readonly ordered = computed(() => this.areas().flatMap((a) => a.entries));
  protected readonly chartLabels = computed(() => this.ordered().map((e) => e.competencyCode));
  protected readonly chartSeries = computed<RadarSeries[]>(() => [
    { label: this.i18n.t('exam.result.achieved'), data: this.ordered().map((e) => e.achieved), tone: 'primary' },
    { label: this.i18n.t('exam.result.required'), data: this.ordered().map((e) => e.required), tone: 'error', dashed: true },
  ]);
  protected readonly chartMax = computed(() => Math.max(4, ...this.ordered().flatMap((e) => [e.achieved, e.required])));
  protected readonly gaps = computed(() => this.ordered().filter((e) => e.gap > 0).length);

  async ngOnInit(): Promise<void> {
    try {
      this.profile.set(await this.api.profile());
    } catch (error) {
      const code = problemOf(error)?.code ?? '';
      this.error.set(code === 'no_person_record' || code === 'no_position_profile' ? 'none' : 'failed');
    } finally {
      this.loading.set(false);
    }
  }

  protected measured(iso: string | null): string {
    return iso ? dateTime(iso, this.i18n.locale()) : this.i18n.t('profile.notMeasured');
  }
}
