import { ChangeDetectionStrategy, Component, computed, inject, signal } from '@angular/core';
import { MatButtonModule } from '@angular/material/button';
import { MatProgressBarModule } from '@angular/material/progress-bar';
import { RouterLink } from '@angular/router';
import { TranslatePipe } from '@civics/web-core';
import { ItemApi } from '../data/item-api';
import { ItemStatusChip } from '../shared/status-chip';
import type { ExportedFile } from '../util/export-bundle';
import { failureOf } from '../util/failure';
import { IMPORT_LIMITS, type ImportRow, importRows, importSummary } from '../util/import-report';

/**
 * `/items/import`: QTI 3.0 item files (XML) become draft items. The files are read as text in
 * the browser and sent together; the API reports on each file.
 */
@Component({
  selector: 'app-item-import-page',
  imports: [MatButtonModule, MatProgressBarModule, RouterLink, TranslatePipe, ItemStatusChip],
  templateUrl: './import-page.html',
  styleUrl: './import-page.css',
  changeDetection: ChangeDetectionStrategy.OnPush,
})
export class ItemImportPage {
  private readonly api = inject(ItemApi);

  protected readonly files = signal<readonly File[]>([]);
  protected readonly busy = signal(false);
  protected readonly failure = signal<string | null>(null);
  protected readonly rows = signal<readonly ImportRow[]>([]);
  protected readonly summary = computed(() => importSummary(this.rows()));
  protected readonly limits = IMPORT_LIMITS;

  protected pick(event: Event): void {
    const input = event.target as HTMLInputElement;
    this.files.set(Array.from(input.files ?? []));
    this.rows.set([]);
    this.failure.set(null);
  }

  protected async upload(): Promise<void> {
    const files = this.files();
    if (!files.length) {
      this.failure.set('items.import.chooseFiles');
      return;
    }
    if (files.length > IMPORT_LIMITS.files) {
      this.failure.set('items.import.tooMany');
      return;
    }
    this.busy.set(true);
    this.failure.set(null);
    this.rows.set([]);
    try {
      const texts: ExportedFile[] = await Promise.all(files.map(async (f) => ({ name: f.name, content: await f.text() })));
      const tooLarge = texts.filter((f) => f.content.length > IMPORT_LIMITS.charsPerFile || f.content.length === 0);
      if (tooLarge.length) {
        this.rows.set(
          tooLarge.map((f) => ({
            file: f.name,
            outcome: 'problem',
            location: '',
            message: '',
            code: f.content.length ? 'too_large' : 'empty',
          })),
        );
        this.failure.set('items.import.notSent');
        return;
      }
      const report = await this.api.importQti(texts);
      this.rows.set(
        importRows(
          files.map((f) => f.name),
          report,
        ),
      );
    } catch (error) {
      this.failure.set(failureOf(error).key);
    } finally {
      this.busy.set(false);
    }
  }
}
