import { HttpClient } from '@angular/common/http';
import { DOCUMENT, Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Item, ItemContent, ItemImportReport } from '@civics/contracts';
import type { ExportedFile } from '../util/export-bundle';
import { ItemPaths as P, fillPath } from './item-paths';

export interface ItemPage {
  readonly items: Item[];
  readonly total: number;
}

export type ItemTransition = 'review' | 'activate' | 'retire';

/**
 * The item-bank API as promises. Errors reject with the HttpErrorResponse; read it with
 * `failureOf` (util/failure).
 */
@Injectable({ providedIn: 'root' })
export class ItemApi {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  get(id: string): Promise<Item> {
    return firstValueFrom(this.http.get<Item>(fillPath(P.get, { id })));
  }

  create(content: ItemContent): Promise<Item> {
    return firstValueFrom(this.http.post<Item>(P.create, { content }));
  }

  /** A draft never used changes in place; otherwise the answer is a new draft version (another id). */
  update(id: string, content: ItemContent): Promise<Item> {
    return firstValueFrom(this.http.put<Item>(fillPath(P.update, { id }), { content }));
  }

  transition(id: string, to: ItemTransition): Promise<Item> {
    return firstValueFrom(this.http.post<Item>(fillPath(P[to], { id }), {}));
  }

  importQti(files: readonly ExportedFile[]): Promise<ItemImportReport> {
    return firstValueFrom(this.http.post<ItemImportReport>(P.importQti, { files }));
  }

  exportQti(params: Record<string, string>): Promise<{ files: ExportedFile[] }> {
    return firstValueFrom(this.http.get<{ files: ExportedFile[] }>(P.exportQti, { params }));
  }

  /** Starts a browser download of `text` under `fileName`. */
  download(text: string, fileName: string, type: string): void {
    const url = URL.createObjectURL(new Blob([text], { type }));
    const link = this.document.createElement('a');
    link.href = url;
    link.download = fileName;
    link.rel = 'noopener';
    this.document.body.appendChild(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(url), 1000);
  }
}
