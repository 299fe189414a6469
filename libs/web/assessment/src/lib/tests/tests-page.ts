import { ChangeDetectionStrategy, Component, computed, inject, signal, type OnInit } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { Template } from '@civics/contracts';
import { I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { AssessmentApi, type AttemptSummary } from '../data/assessment-api';
import { ExamPages } from '../data/assessment-paths';
import { ContentTextView } from '../shared/content-text-view';
import { dateTime } from '../shared/format';

const START_ERRORS = new Set([
  'attempts_exhausted',
  'retake_too_soon',
  'no_person_record',
  'no_position_profile',
  'form_empty',
  'methodology_not_approved',
]);

/** `/tests`: the tests the person may take, with start/resume, and their attempts. */
@Component({
  selector: 'app-tests-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, ContentTextView],
  templateUrl: './tests-page.html',
  styleUrl: './tests-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class TestsPage implements OnInit {
  private readonly api = inject(AssessmentApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  protected readonly loading = signal(true);
  protected readonly loadError = signal(false);
  protected readonly templates = signal<Template[]>([]);
  protected readonly attempts = signal<AttemptSummary[]>([]);
  protected readonly starting = signal<string | null>(null);
  protected readonly startError = signal<{ templateId: string; text: string } | null>(null);
  protected readonly pages = ExamPages;

  /** The open attempt of each template, if any (start resumes it). */
  protected readonly openByTemplate = computed(
    () =>
      new Map(
        this.attempts()
          .filter((a) => a.status === 'in_progress')
          .map((a) => [a.templateId, a]),
      ),
  );
  protected readonly sortedAttempts = computed(() => [...this.attempts()].sort((a, b) => b.startedAt.localeCompare(a.startedAt)));

  async ngOnInit(): Promise<void> {
    try {
      const [templates, attempts] = await Promise.all([this.api.templates(), this.api.myAttempts()]);
      this.templates.set(templates.filter((t) => t.active));
      this.attempts.set(attempts);
    } catch {
      this.loadError.set(true);
    } finally {
      this.loading.set(false);
    }
  }

  protected when(iso: string): string {
    return dateTime(iso, this.i18n.locale());
  }

  protected async start(template: Template): Promise<void> {
    this.starting.set(template.id);
    this.startError.set(null);
    try {
      const attempt = await this.api.start(template.id);
      await this.router.navigateByUrl(ExamPages.attempt(attempt.id));
    } catch (error) {
      const code = problemOf(error)?.code ?? '';
      const key = START_ERRORS.has(code) ? `exam.startError.${code}` : 'exam.startError.other';
      this.startError.set({ templateId: template.id, text: this.i18n.t(key) });
    } finally {
      this.starting.set(null);
    }
  }
}
