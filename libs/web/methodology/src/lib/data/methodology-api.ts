import { HttpClient, HttpHeaders, type HttpResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  ExchangeFormat,
  MethodologyApprove,
  MethodologyDetail,
  MethodologyDiff,
  MethodologyRetire,
  MethodologySummary,
  MethodologyUpdate,
} from '@civics/contracts';
import { MethodologyPaths as P, fillPath } from './methodology-paths';

/** A downloaded file: its bytes and the name the server suggests. */
export interface DownloadedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

const IMPORT_CONTENT_TYPES: Readonly<Record<ExchangeFormat, string>> = {
  case: 'application/json',
  csv: 'text/csv',
};

/** `attachment; filename="x.json"` → `x.json`; `fallback` when the header names none. */
export function fileNameFrom(disposition: string | null, fallback: string): string {
  if (!disposition) {
    return fallback;
  }
  const star = /filename\*=(?:UTF-8'')?([^;]+)/i.exec(disposition);
  if (star?.[1]) {
    try {
      return decodeURIComponent(star[1].trim().replace(/^"|"$/g, ''));
    } catch {
      // fall through to the plain form
    }
  }
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain?.[1]?.trim() || fallback;
}

/**
 * The methodology API as promises. Errors reject with the HttpErrorResponse; read its
 * problem+json body with `problemOf` from @civics/web-core.
 */
@Injectable({ providedIn: 'root' })
export class MethodologyApi {
  private readonly http = inject(HttpClient);

  list(): Promise<MethodologySummary[]> {
    return firstValueFrom(this.http.get<MethodologySummary[]>(P.list));
  }

  current(): Promise<MethodologyDetail> {
    return firstValueFrom(this.http.get<MethodologyDetail>(P.current));
  }

  get(id: string): Promise<MethodologyDetail> {
    return firstValueFrom(this.http.get<MethodologyDetail>(fillPath(P.get, { id })));
  }

  update(id: string, body: MethodologyUpdate): Promise<MethodologyDetail> {
    return firstValueFrom(this.http.put<MethodologyDetail>(fillPath(P.update, { id }), body));
  }

  remove(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(fillPath(P.remove, { id })));
  }

  approve(id: string, body: MethodologyApprove): Promise<MethodologyDetail> {
    return firstValueFrom(this.http.post<MethodologyDetail>(fillPath(P.approve, { id }), body));
  }

  clone(id: string): Promise<MethodologyDetail> {
    return firstValueFrom(this.http.post<MethodologyDetail>(fillPath(P.clone, { id }), null));
  }

  retire(id: string, body: MethodologyRetire): Promise<MethodologyDetail> {
    return firstValueFrom(this.http.post<MethodologyDetail>(fillPath(P.retire, { id }), body));
  }

  diff(id: string, otherId: string): Promise<MethodologyDiff> {
    return firstValueFrom(this.http.get<MethodologyDiff>(fillPath(P.diff, { id, otherId })));
  }

  async export(id: string, format: ExchangeFormat, fallbackName: string): Promise<DownloadedFile> {
    const response: HttpResponse<Blob> = await firstValueFrom(
      this.http.get(fillPath(P.export, { id }), { params: { format }, responseType: 'blob', observe: 'response' }),
    );
    return {
      blob: response.body ?? new Blob([]),
      fileName: fileNameFrom(response.headers.get('Content-Disposition'), fallbackName),
    };
  }

  /** Sends a file as it is (the raw body); the server answers with the new draft or the list of problems. */
  import(format: ExchangeFormat, body: string, code?: string): Promise<MethodologyDetail> {
    const params: Record<string, string> = code ? { format, code } : { format };
    return firstValueFrom(
      this.http.post<MethodologyDetail>(P.import, body, {
        params,
        headers: new HttpHeaders({ 'Content-Type': IMPORT_CONTENT_TYPES[format] }),
      }),
    );
  }
}

/** Starts a browser download of a blob under `fileName`. */
export function saveBlob(doc: Document, file: DownloadedFile): void {
  const url = URL.createObjectURL(file.blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = file.fileName;
  link.rel = 'noopener';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}
