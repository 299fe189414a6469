import { ChangeDetectionStrategy, Component, DOCUMENT, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import type { ExchangeFormat } from '@civics/contracts';
import { TranslatePipe } from '@civics/web-core';
import { MethodologyApi, saveBlob } from '../data/methodology-api';
import { failureOf } from './problem-text';

/** Download a version as a CASE 1.1 JSON package or as CSV (fetched with the session, saved as a file). */
@Component({
  selector: 'app-export-buttons',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <button mat-stroked-button type="button" (click)="download('case')" [disabled]="busy()" data-testid="export-case">
      {{ 'methodology.export.case' | t }}
    </button>
    <button mat-stroked-button type="button" (click)="download('csv')" [disabled]="busy()" data-testid="export-csv">
      {{ 'methodology.export.csv' | t }}
    </button>
    <span role="status" class="status">
      @if (failure(); as key) {
        <span class="error">{{ key | t }}</span>
      }
    </span>
  `,
  styles: `
    :host {
      display: contents;
    }
    .error {
      color: var(--mat-sys-error);
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ExportButtons {
  private readonly api = inject(MethodologyApi);
  private readonly document = inject(DOCUMENT);
  readonly versionId = input.required<string>();
  /** Base of the file name when the server suggests none, e.g. `EGOV-ICT-v2`. */
  readonly baseName = input.required<string>();
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);

  protected async download(format: ExchangeFormat): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    try {
      const fallback = `${this.baseName()}.${format === 'case' ? 'json' : 'csv'}`;
      saveBlob(this.document, await this.api.export(this.versionId(), format, fallback));
    } catch (error) {
      this.failure.set(failureOf(error).key);
    } finally {
      this.busy.set(false);
    }
  }
}
