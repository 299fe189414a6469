import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatFormFieldModule } from '@angular/material/form-field';
import { MatInputModule } from '@angular/material/input';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { MatRadioModule } from '@angular/material/radio';
import { Router, RouterLink } from '@angular/router';
import type { ExchangeFormat } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { MethodologyApi } from '../data/methodology-api';
import { failureOf, locationOf } from '../shared/problem-text';

export const IMPORT_ACCEPT: Readonly<Record<ExchangeFormat, string>> = {
  case: '.json,application/json',
  csv: '.csv,text/csv',
};

interface ReportRow {
  readonly location: string;
  readonly message: string;
}

/**
 * `/methodology/import`: a CASE 1.1 package or a CSV file becomes a new draft. The file is sent
 * as it is; if anything in it is wrong nothing is written and every problem is listed.
 */
@Component({
  selector: 'app-import-page',
  imports: [MatButtonModule, MatFormFieldModule, MatInputModule, MatRadioModule, MatProgressBarModule, RouterLink, TranslatePipe],
  templateUrl: './import-page.html',
  styleUrl: './import-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ImportPage {
  private readonly api = inject(MethodologyApi);
  private readonly router = inject(Router);

  protected readonly format = signal<ExchangeFormat>('case');
  protected readonly code = signal('');
  protected readonly file = signal<File | null>(null);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly report = signal<readonly ReportRow[]>([]);
  protected readonly accept = computed(() => IMPORT_ACCEPT[this.format()]);

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.file.set(input.files?.[0] ?? null);
    this.report.set([]);
    this.failure.set(null);
  }

  protected valueOf(event: Event): string {
    return (event.target as HTMLInputElement).value.trim().toUpperCase();
  }

  protected async upload(): Promise<void> {
    const file = this.file();
    if (!file) {
      this.failure.set('methodology.import.chooseFile');
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    this.report.set([]);
    try {
      const body = await file.text();
      const code = this.format() === 'csv' ? this.code() || undefined : undefined;
      const draft = await this.api.import(this.format(), body, code);
      await this.router.navigate(['/methodology', draft.id]);
    } catch (error) {
      const f = failureOf(error);
      this.failure.set(f.key);
      this.report.set(f.errors.map((e) => ({ location: locationOf(e), message: e.message })));
    } finally {
      this.busy.set(false);
    }
  }
}
