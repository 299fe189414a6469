import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import type { CalibrationReadiness, CalibrationRun } from '@civics/contracts';
import { I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { QualityPaths } from '../data/quality-paths';
import { ShownText } from '../shared/shown-text';
import { QualityApi, fixed } from '../quality/quality-api';

/** `/items/calibration`: readiness per competency, 2PL calibration proposals with fit figures, accept or reject. */
@Component({
  selector: 'app-calibration-page',
  imports: [FormsModule, MatButtonModule, MatFormFieldModule, MatInputModule, MatProgressBarModule, RouterLink, TranslatePipe, ShownText],
  templateUrl: './calibration-page.html',
  styleUrl: '../quality/quality.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class CalibrationPage {
  private readonly i18n = inject(I18nService);
  private readonly api = inject(QualityApi);

  protected readonly readiness = httpResource<CalibrationReadiness>(() => QualityPaths.calibrationReadiness);
  protected readonly runs = httpResource<CalibrationRun[]>(() => QualityPaths.listCalibrations);
  protected readonly running = signal<string | null>(null);
  protected readonly refusal = signal<{ text: string; items: string[] } | null>(null);
  protected readonly comment = signal('');
  protected readonly deciding = signal(false);

  protected fixed(value: number | null | undefined, digits = 2): string {
    return fixed(value, this.i18n.locale(), digits);
  }

  protected async run(competencyCode: string): Promise<void> {
    this.running.set(competencyCode);
    this.refusal.set(null);
    try {
      await this.api.runCalibration(competencyCode);
      this.runs.reload();
    } catch (error) {
      const problem = problemOf(error);
      this.refusal.set({
        text: problem?.detail ?? this.i18n.t('items.calibration.failed'),
        items: (problem?.errors ?? []).map((e) => e.message),
      });
    } finally {
      this.running.set(null);
    }
  }

  protected async decide(run: CalibrationRun, decision: 'accept' | 'reject'): Promise<void> {
    this.deciding.set(true);
    try {
      await this.api.decide(run.id, decision, this.comment());
      this.comment.set('');
      this.runs.reload();
      this.readiness.reload();
    } catch (error) {
      this.refusal.set({ text: problemOf(error)?.detail ?? this.i18n.t('items.calibration.failed'), items: [] });
    } finally {
      this.deciding.set(false);
    }
  }
}
