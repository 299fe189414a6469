import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { RouterLink } from '@angular/router';
import type { ItemStatisticsReport, ItemStatisticsRow, MethodologyDetail } from '@civics/contracts';
import { AuthService, I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { ScatterChart, type ScatterSeries } from '@civics/web-ui';
import { choicesOf } from '../data/competencies';
import { CURRENT_METHODOLOGY_PATH, ITEMS_MANAGE } from '../data/item-paths';
import { QualityPaths } from '../data/quality-paths';
import { ShownText } from '../shared/shown-text';
import { QualityApi, fixed, share } from './quality-api';

/** `/items/quality`: classical statistics per item with flags, form reliability, and sending flagged items back to review. */
@Component({
  selector: 'app-quality-page',
  imports: [
    FormsModule,
    MatButtonModule,
    MatCheckboxModule,
    MatFormFieldModule,
    MatInputModule,
    MatProgressBarModule,
    MatSelectModule,
    RouterLink,
    TranslatePipe,
    ShownText,
    ScatterChart,
  ],
  templateUrl: './quality-page.html',
  styleUrl: './quality.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class QualityPage {
  private readonly i18n = inject(I18nService);
  private readonly auth = inject(AuthService);
  private readonly api = inject(QualityApi);

  protected readonly competency = signal('');
  protected readonly flaggedOnly = signal(false);
  protected readonly canManage = computed(() => this.auth.permissions().has(ITEMS_MANAGE));
  protected readonly methodology = httpResource<MethodologyDetail>(() => CURRENT_METHODOLOGY_PATH);
  protected readonly choices = computed(() => choicesOf(this.methodology.hasValue() ? this.methodology.value() : undefined));
  protected readonly report = httpResource<ItemStatisticsReport>(() => ({
    url: QualityPaths.statistics,
    params: {
      ...(this.competency() ? { competencyCode: this.competency() } : {}),
      ...(this.flaggedOnly() ? { flaggedOnly: 'true' } : {}),
    },
  }));
  protected readonly rows = computed(() => (this.report.hasValue() ? this.report.value().items : []));
  protected readonly chart = computed<ScatterSeries[]>(() => {
    const measured = this.rows().filter((r) => r.p !== null && r.pointBiserial !== null);
    const point = (r: ItemStatisticsRow) => ({ x: r.p as number, y: r.pointBiserial as number });
    return [
      { label: this.i18n.t('items.quality.chartOk'), points: measured.filter((r) => r.flags.length === 0).map(point), tone: 'primary' },
      { label: this.i18n.t('items.quality.chartFlagged'), points: measured.filter((r) => r.flags.length > 0).map(point), tone: 'error' },
    ];
  });

  /** The item being sent back to review, with the reason being written. */
  protected readonly returning = signal<ItemStatisticsRow | null>(null);
  protected readonly reason = signal('');
  protected readonly busy = signal(false);
  protected readonly message = signal<{ kind: 'ok' | 'error'; text: string } | null>(null);

  protected fixed(value: number | null | undefined): string {
    return fixed(value, this.i18n.locale());
  }

  protected share(value: number): string {
    return share(value, this.i18n.locale());
  }

  protected distractorText(row: ItemStatisticsRow): string {
    return row.distractors.map((d) => `${d.optionId}${d.isKey ? '✓' : ''} ${this.share(d.share)}`).join(' · ');
  }

  protected startReturn(row: ItemStatisticsRow): void {
    this.message.set(null);
    this.returning.set(row);
    this.reason.set(row.flags.map((f) => this.i18n.t(`items.quality.flag.${f}`)).join('; '));
  }

  protected async confirmReturn(): Promise<void> {
    const row = this.returning();
    if (!row || this.busy()) {
      return;
    }
    this.busy.set(true);
    try {
      const draft = await this.api.returnToReview(row.itemId, this.reason());
      this.returning.set(null);
      this.message.set({ kind: 'ok', text: this.i18n.t('items.quality.returned', { ref: draft.ref, version: draft.version }) });
      this.report.reload();
    } catch (error) {
      const problem = problemOf(error);
      this.message.set({
        kind: 'error',
        text: problem?.errors?.[0]?.message ?? problem?.detail ?? this.i18n.t('items.quality.returnFailed'),
      });
    } finally {
      this.busy.set(false);
    }
  }
}
