import { ChangeDetectionStrategy, Component, DestroyRef, computed, inject, signal } from '@angular/core';
import { FormsModule } from '@angular/forms';
import { MatButtonModule } from '@angular/material/button';
import { MatCheckboxModule } from '@angular/material/checkbox';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import type { FieldError, RosterImport, RosterRow } from '@civics/contracts';
import { I18nService, TranslatePipe, problemOf } from '@civics/web-core';
import { Icon } from '@civics/web-ui';
import { AnalyticsApi } from '../data/analytics-api';
import { dateTime, integer } from '../shared/format';

const ROWS_PAGE = 50;

type Stage = 'idle' | 'uploading' | 'checking' | 'preview' | 'committing' | 'done' | 'failed';

/**
 * `/analytics/roster`: HR uploads staff as CSV or XLSX; the file is checked row by row while it
 * uploads (progress), the preview names every row and field with a problem and nothing is written;
 * on confirmation the rows are written in one transaction (progress), and the result report
 * downloads as CSV or XLSX.
 */
@Component({
  selector: 'app-roster-page',
  imports: [FormsModule, MatButtonModule, MatCheckboxModule, MatProgressBarModule, TranslatePipe, Icon],
  templateUrl: './roster-page.html',
  styleUrl: '../shared/pages.css',
  styles: `
    .file {
      display: flex;
      flex-wrap: wrap;
      gap: 0.75rem;
      align-items: center;
      margin: 0.75rem 0;
    }
    .file input[type='file'] {
      font: var(--mat-sys-body-large);
    }
    .progress {
      max-width: 40rem;
      margin: 0.75rem 0;
    }
    .columns code {
      background: var(--mat-sys-surface-container-high);
      padding: 0 0.3rem;
      border-radius: 4px;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class RosterPage {
  private readonly api = inject(AnalyticsApi);
  protected readonly i18n = inject(I18nService);
  private timer: ReturnType<typeof setTimeout> | null = null;

  protected readonly stage = signal<Stage>('idle');
  protected readonly file = signal<File | null>(null);
  protected readonly sent = signal(0);
  protected readonly total = signal(0);
  protected readonly current = signal<RosterImport | null>(null);
  protected readonly rows = signal<RosterRow[]>([]);
  protected readonly rowsTotal = signal(0);
  protected readonly rowsOffset = signal(0);
  protected readonly problem = signal<{ detail: string; errors: FieldError[] } | null>(null);
  protected readonly recent = signal<RosterImport[]>([]);
  protected skipInvalid = false;
  protected readonly rowsPage = ROWS_PAGE;

  protected readonly uploadPercent = computed(() => (this.total() ? Math.round((100 * this.sent()) / this.total()) : 0));
  protected readonly commitPercent = computed(() => {
    const i = this.current();
    return i && i.totalRows ? Math.round((100 * i.processed) / i.totalRows) : 0;
  });

  constructor() {
    void this.loadRecent();
    inject(DestroyRef).onDestroy(() => this.stopPolling());
  }

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.problem.set(null);
  }

  protected upload(): void {
    const file = this.file();
    if (!file) return;
    this.stage.set('uploading');
    this.problem.set(null);
    this.sent.set(0);
    this.total.set(file.size);
    this.api.uploadRoster(file).subscribe({
      next: (e) => {
        if (e.kind === 'progress') {
          this.sent.set(e.sent);
          this.total.set(e.total);
          if (e.sent >= e.total) this.stage.set('checking');
        } else void this.show(e.result);
      },
      error: (err: unknown) => {
        const p = problemOf(err);
        this.problem.set({ detail: p?.detail ?? this.i18n.t('analytics.roster.uploadFailed'), errors: p?.errors ?? [] });
        this.stage.set('idle');
      },
    });
  }

  protected async open(i: RosterImport): Promise<void> {
    await this.show(await this.api.rosterImport(i.id));
  }

  private async show(i: RosterImport): Promise<void> {
    this.current.set(i);
    this.skipInvalid = false;
    this.stage.set(
      i.status === 'validated' ? 'preview' : i.status === 'committing' ? 'committing' : i.status === 'committed' ? 'done' : 'failed',
    );
    await this.loadRows(0);
    if (i.status === 'committing') this.poll();
    await this.loadRecent();
  }

  protected async loadRows(offset: number): Promise<void> {
    const i = this.current();
    if (!i) return;
    const page = await this.api.rosterRows(i.id, { only: 'errors', limit: ROWS_PAGE, offset: Math.max(0, offset) });
    this.rows.set(page.items);
    this.rowsTotal.set(page.total);
    this.rowsOffset.set(Math.max(0, offset));
  }

  protected async commit(): Promise<void> {
    const i = this.current();
    if (!i) return;
    this.problem.set(null);
    try {
      this.current.set(await this.api.commitRoster(i.id, this.skipInvalid));
      this.stage.set('committing');
      this.poll();
    } catch (err) {
      const p = problemOf(err);
      this.problem.set({ detail: p?.detail ?? this.i18n.t('analytics.roster.commitFailed'), errors: [] });
    }
  }

  protected async discard(): Promise<void> {
    const i = this.current();
    if (!i) return;
    await this.api.discardRoster(i.id);
    this.current.set(null);
    this.rows.set([]);
    this.stage.set('idle');
    await this.loadRecent();
  }

  protected startOver(): void {
    this.current.set(null);
    this.rows.set([]);
    this.file.set(null);
    this.stage.set('idle');
  }

  protected report(format: 'csv' | 'xlsx'): Promise<void> {
    const i = this.current();
    return i ? this.api.rosterReport(i.id, format, this.i18n.language()) : Promise.resolve();
  }

  protected template(format: 'csv' | 'xlsx'): Promise<void> {
    return this.api.rosterTemplate(format, this.i18n.language());
  }

  /** Asks for the commit's progress twice a second until it ends. */
  private poll(): void {
    this.stopPolling();
    const tick = async () => {
      const i = this.current();
      if (!i) return;
      const next = await this.api.rosterImport(i.id);
      this.current.set(next);
      if (next.status === 'committing') this.timer = setTimeout(() => void tick(), 500);
      else {
        this.stage.set(next.status === 'committed' ? 'done' : 'failed');
        await this.loadRows(0);
        await this.loadRecent();
      }
    };
    this.timer = setTimeout(() => void tick(), 300);
  }

  private stopPolling(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private async loadRecent(): Promise<void> {
    this.recent.set(await this.api.rosterImports().catch(() => []));
  }

  protected errorText(code: string): string {
    const key = `analytics.roster.errors.${code}`;
    return this.i18n.has(key) ? this.i18n.t(key) : code;
  }
  /** A file-level problem (columns, encoding) in the UI language. */
  protected problemText(e: FieldError): string {
    const column = e.field.startsWith('header.') ? e.field.slice('header.'.length) : '';
    const known = ['personalCode', 'lastName', 'firstName', 'email', 'unit', 'position', 'hiredOn', 'language'].includes(column);
    switch (e.code) {
      case 'missing_column':
        return this.i18n.t('analytics.roster.problems.missing', { column: known ? this.fieldText(column) : column });
      case 'duplicate_column':
        return this.i18n.t('analytics.roster.problems.duplicate', { column: known ? this.fieldText(column) : column });
      case 'unknown_column':
        return this.i18n.t('analytics.roster.problems.unknown', { column });
      case 'encoding':
        return this.i18n.t('analytics.roster.problems.encoding', { row: e.field.replace(/^row /, '') });
      default:
        return e.message;
    }
  }
  protected fieldText(field: string): string {
    return this.i18n.t(`analytics.roster.columns.${field}`);
  }
  protected readonly int = (v: number) => integer(v, this.i18n.locale());
  protected readonly when = (v: string) => dateTime(v, this.i18n.locale());
}
