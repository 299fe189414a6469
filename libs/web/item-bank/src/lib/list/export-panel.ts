import { ChangeDetectionStrategy, Component, inject, input, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { TranslatePipe } from '@civics/web-core';
import { ItemApi } from '../data/item-api';
import { type ExportedFile, bundleJson, bundleName, safeFileName } from '../util/export-bundle';
import { failureOf } from '../util/failure';

/**
 * Export of the listed items (the current filters) as QTI 3.0: one JSON bundle with every
 * file, or each XML file on its own.
 */
@Component({
  selector: 'app-item-export',
  imports: [MatButtonModule, TranslatePipe],
  template: `
    <button mat-stroked-button type="button" (click)="run()" [disabled]="busy()" data-testid="export">
      {{ 'items.export.button' | t }}
    </button>
    <div role="status" class="status">
      @if (busy()) {
        <span>{{ 'items.export.working' | t }}</span>
      }
      @if (failure(); as key) {
        <span class="error" data-testid="export-error">{{ key | t }}</span>
      }
    </div>
    @if (files(); as list) {
      <section class="result" aria-labelledby="export-heading" data-testid="export-result">
        <h2 id="export-heading">{{ 'items.export.ready' | t: { count: list.length } }}</h2>
        @if (list.length) {
          <button mat-flat-button type="button" (click)="downloadBundle(list)" data-testid="export-bundle">
            {{ 'items.export.bundle' | t }}
          </button>
          <details>
            <summary>{{ 'items.export.single' | t }}</summary>
            <ul>
              @for (file of list; track $index) {
                <li>
                  <button mat-button type="button" (click)="downloadOne(file)">{{ file.name }}</button>
                </li>
              }
            </ul>
          </details>
        }
        <button mat-button type="button" (click)="files.set(null)">{{ 'items.actions.close' | t }}</button>
      </section>
    }
  `,
  styles: `
    :host {
      display: contents;
    }
    .status:empty {
      display: none;
    }
    .error {
      color: var(--mat-sys-error);
      font-weight: 600;
    }
    .result {
      flex-basis: 100%;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem 1rem;
      padding: 0.75rem 1rem;
      border-radius: 12px;
      background: var(--mat-sys-surface-container);
    }
    h2 {
      font: var(--mat-sys-title-small);
      margin: 0;
    }
    details {
      flex-basis: 100%;
    }
    summary {
      cursor: pointer;
      padding: 0.25rem 0;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      max-height: 16rem;
      overflow: auto;
    }
  `,
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemExportPanel {
  private readonly api = inject(ItemApi);
  /** The list filters, as query parameters. */
  readonly params = input.required<Record<string, string>>();

  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly files = signal<readonly ExportedFile[] | null>(null);

  protected async run(): Promise<void> {
    this.busy.set(true);
    this.failure.set(null);
    this.files.set(null);
    try {
      const result = await this.api.exportQti(this.params());
      this.files.set(result.files ?? []);
    } catch (error) {
      this.failure.set(failureOf(error).key);
    } finally {
      this.busy.set(false);
    }
  }

  protected downloadBundle(files: readonly ExportedFile[]): void {
    const now = new Date();
    this.api.download(bundleJson(files, now), bundleName(now), 'application/json');
  }

  protected downloadOne(file: ExportedFile): void {
    this.api.download(file.content, safeFileName(file.name, 'item.xml'), 'application/xml');
  }
}
