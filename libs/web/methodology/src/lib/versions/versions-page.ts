import { httpResource } from '@angular/common/http';
import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatDialog } from '@angular/material/dialog';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { Router, RouterLink } from '@angular/router';
import type { MethodologySummary } from '@civics/contracts';
import { AuthService, TranslatePipe } from '@civics/web-core';
import { MethodologyApi } from '../data/methodology-api';
import { METHODOLOGY_MANAGE, MethodologyPaths } from '../data/methodology-paths';
import { ConfirmDialog, type ConfirmData } from '@civics/web-core/dialogs';
import { LocalizedText } from '../shared/localized-text';
import { failureOf } from '../shared/problem-text';
import { StatusChip } from '../shared/status-chip';

/** `/methodology`: every version (drafts too), a new draft from the current one, import and compare. */
@Component({
  selector: 'app-versions-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, LocalizedText, StatusChip],
  templateUrl: './versions-page.html',
  styleUrl: './versions-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class VersionsPage {
  private readonly api = inject(MethodologyApi);
  private readonly auth = inject(AuthService);
  private readonly router = inject(Router);
  private readonly dialog = inject(MatDialog);

  protected readonly versions = httpResource<MethodologySummary[]>(() => MethodologyPaths.list);
  protected readonly sorted = computed(() =>
    this.versions.hasValue()
      ? [...this.versions.value()].sort((a, b) => a.code.localeCompare(b.code) || b.versionNumber - a.versionNumber)
      : [],
  );
  protected readonly current = computed(() => this.sorted().find((v) => v.isCurrent) ?? null);
  protected readonly canManage = computed(() => this.auth.permissions().has(METHODOLOGY_MANAGE));
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async createDraft(): Promise<void> {
    const current = this.current();
    if (!current) {
      return;
    }
    const data: ConfirmData = {
      titleKey: 'methodology.versions.newDraft',
      messageKey: 'methodology.confirm.clone',
      params: { n: current.versionNumber, code: current.code },
      confirmKey: 'methodology.actions.clone',
      cancelKey: 'methodology.actions.cancel',
    };
    const ok = await ConfirmDialog.ask(this.dialog, data);
    if (!ok) {
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    try {
      const draft = await this.api.clone(current.id);
      await this.router.navigate(['/methodology', draft.id]);
    } catch (error) {
      this.failure.set(failureOf(error).key);
    } finally {
      this.busy.set(false);
    }
  }
}
