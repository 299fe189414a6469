import { ChangeDetectionStrategy, Component, computed, inject, input, signal, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { AttemptResult, ContentText } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { RadarChart, type RadarSeries } from '@civics/web-ui';
import { AssessmentApi } from '../data/assessment-api';
import { ExamPages } from '../data/assessment-paths';
import { localize } from '../shared/content-text';
import { ContentTextView } from '../shared/content-text-view';
import { dateTime, describeAnswer, describeKey, percent } from '../shared/format';

/** `/tests/attempts/:id/result`: levels per competency, gaps, radar, compliance index, answer review. */
@Component({
  selector: 'app-result-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, ContentTextView, RadarChart],
  templateUrl: './result-page.html',
  styleUrl: '../shared/report.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ResultPage implements OnInit {
  private readonly api = inject(AssessmentApi);
  private readonly i18n = inject(I18nService);

  readonly id = input.required<string>();

  protected readonly loading = signal(true);
  protected readonly loadError = signal(false);
  protected readonly result = signal<AttemptResult | null>(null);
  protected readonly title = signal<ContentText | null>(null);
  protected readonly testsPath = ExamPages.tests;

  protected readonly ci = computed(() => percent(this.result()?.complianceIndex, this.i18n.locale()));
  protected readonly scoredAt = computed(() => dateTime(this.result()?.scoredAt, this.i18n.locale()));
  protected readonly chartLabels = computed(() => (this.result()?.competencies ?? []).map((c) => c.competencyCode));
  protected readonly chartSeries = computed<RadarSeries[]>(() => {
    const competencies = this.result()?.competencies ?? [];
    return [
      { label: this.i18n.t('exam.result.achieved'), data: competencies.map((c) => c.achievedLevel), tone: 'primary' },
      {
        label: this.i18n.t('exam.result.required'),
        data: competencies.map((c) => c.requiredLevel ?? 0),
        tone: 'error',
        dashed: true,
      },
    ];
  });
  protected readonly chartMax = computed(() =>
    Math.max(4, ...(this.result()?.competencies ?? []).flatMap((c) => [c.achievedLevel, c.requiredLevel ?? 0])),
  );
  /** Adaptive results carry θ̂ and SE per competency: levels are shown with their 95% range. */
  protected readonly irt = computed(() => (this.result()?.competencies ?? []).some((c) => c.theta !== null));
  protected readonly trail = computed(() =>
    (this.result()?.trail ?? []).map((s, i) => ({
      ...s,
      n: i + 1,
      outcome: s.credit === null ? 'open' : s.credit >= 1 ? 'correct' : 'wrong',
    })),
  );

  protected num(value: number | null | undefined): string {
    return value === null || value === undefined
      ? '—'
      : new Intl.NumberFormat(this.i18n.locale(), { maximumFractionDigits: 2, minimumFractionDigits: 2 }).format(value);
  }

  protected readonly review = computed(() => {
    const language = this.i18n.language();
    const t = (key: string, params?: Record<string, string | number>) => this.i18n.t(key, params);
    return [...(this.result()?.review ?? [])]
      .sort((a, b) => a.position - b.position)
      .map((item, i) => ({
        n: i + 1,
        item,
        yours: describeAnswer(item.interaction, item.answer, language, t),
        correct: describeKey(item.interaction, item.correctAnswer, language, t),
        outcome: item.credit >= 1 ? 'correct' : item.credit > 0 ? 'partial' : 'wrong',
      }));
  });

  async ngOnInit(): Promise<void> {
    try {
      const [result, attempt] = await Promise.all([this.api.result(this.id()), this.api.get(this.id()).catch(() => null)]);
      this.result.set(result);
      this.title.set(attempt?.attempt.templateTitle ?? null);
    } catch {
      this.loadError.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected text(value: ContentText | null | undefined): string {
    return localize(value, this.i18n.language()).text;
  }
}
