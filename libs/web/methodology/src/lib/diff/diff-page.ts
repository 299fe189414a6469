import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, effect, inject, input, signal, untracked } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatSelectModule } from '@angular/material/select';
import { Router, RouterLink } from '@angular/router';
import type { MethodologyDiff, MethodologySummary } from '@civics/contracts';
import { I18nService, TranslatePipe } from '@civics/web-core';
import { MethodologyApi } from '../data/methodology-api';
import { MethodologyPaths } from '../data/methodology-paths';
import { failureOf } from '../shared/problem-text';
import { groupDiff } from '../util/diff-groups';

/** `/methodology/diff?from=…&to=…`: what changed between two versions, grouped by part. */
@Component({
  selector: 'app-diff-page',
  imports: [MatButtonModule, MatFormFieldModule, MatSelectModule, MatProgressBarModule, RouterLink, TranslatePipe],
  templateUrl: './diff-page.html',
  styleUrl: './diff-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class DiffPage {
  private readonly api = inject(MethodologyApi);
  private readonly router = inject(Router);
  private readonly i18n = inject(I18nService);

  /** Query parameters (component input binding). */
  readonly from = input<string | undefined>(undefined);
  readonly to = input<string | undefined>(undefined);

  protected readonly versions = httpResource<MethodologySummary[]>(() => MethodologyPaths.list);
  protected readonly options = computed(() =>
    this.versions.hasValue()
      ? [...this.versions.value()].sort((a, b) => a.code.localeCompare(b.code) || a.versionNumber - b.versionNumber)
      : [],
  );
  protected readonly fromId = signal<string | null>(null);
  protected readonly toId = signal<string | null>(null);
  protected readonly diff = signal<MethodologyDiff | null>(null);
  protected readonly groups = computed(() => {
    const diff = this.diff();
    return diff ? groupDiff(diff) : [];
  });
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  constructor() {
    effect(() => {
      const from = this.from();
      const to = this.to();
      untracked(() => {
        this.fromId.set(from ?? null);
        this.toId.set(to ?? null);
        if (from && to) {
          void this.compare(from, to);
        }
      });
    });
  }

  protected labelOf(v: MethodologySummary): string {
    const current = v.isCurrent ? `, ${this.i18n.t('methodology.status.current')}` : '';
    return `${v.code} · v${v.versionNumber} (${this.i18n.t('methodology.status.' + v.status)}${current})`;
  }

  protected submit(): void {
    const from = this.fromId();
    const to = this.toId();
    if (from && to) {
      void this.router.navigate([], { queryParams: { from, to } });
    }
  }

  private async compare(from: string, to: string): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      this.diff.set(await this.api.diff(from, to));
    } catch (error) {
      this.diff.set(null);
      this.failure.set(failureOf(error).key);
    } finally {
      this.busy.set(false);
    }
  }
}
