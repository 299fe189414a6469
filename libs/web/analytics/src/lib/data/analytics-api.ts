import { HttpClient, HttpEventType, HttpParams, type HttpResponse } from '@angular/common/http';
import { DOCUMENT, Injectable, inject } from '@angular/core';
import { filter, firstValueFrom, map, type Observable } from 'rxjs';
import type {
  AnalyticsStatus,
  ComplianceDashboard,
  CompliancePeoplePage,
  MonthlyReport,
  MonthlyRunResult,
  PersonCompliance,
  RosterImport,
  RosterRowsPage,
} from '@civics/contracts';
import { AnalyticsPaths as P, fillPath } from './analytics-paths';

export type Query = Readonly<Record<string, string | number | boolean | undefined | null>>;

export function params(q: Query): HttpParams {
  let p = new HttpParams();
  for (const [k, v] of Object.entries(q)) {
    if (v !== undefined && v !== null && v !== '') {
      p = p.set(k, String(v));
    }
  }
  return p;
}

/** Progress of an upload: bytes sent so far of the total, then the server's answer. */
export type UploadEvent = { kind: 'progress'; sent: number; total: number } | { kind: 'done'; result: RosterImport };

/** The analytics and roster API as promises. Errors reject with the HttpErrorResponse (see `problemOf`). */
@Injectable({ providedIn: 'root' })
export class AnalyticsApi {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  dashboard(q: Query): Promise<ComplianceDashboard> {
    return firstValueFrom(this.http.get<ComplianceDashboard>(P.compliance, { params: params(q) }));
  }
  people(q: Query): Promise<CompliancePeoplePage> {
    return firstValueFrom(this.http.get<CompliancePeoplePage>(P.people, { params: params(q) }));
  }
  person(id: string, versionId?: string): Promise<PersonCompliance> {
    return firstValueFrom(this.http.get<PersonCompliance>(fillPath(P.person, { id }), { params: params({ versionId }) }));
  }
  status(): Promise<AnalyticsStatus> {
    return firstValueFrom(this.http.get<AnalyticsStatus>(P.status));
  }
  refresh(): Promise<AnalyticsStatus> {
    return firstValueFrom(this.http.post<AnalyticsStatus>(P.refresh, {}));
  }
  reports(): Promise<MonthlyReport[]> {
    return firstValueFrom(this.http.get<MonthlyReport[]>(P.reports));
  }
  runMonthly(month?: string): Promise<MonthlyRunResult> {
    return firstValueFrom(this.http.post<MonthlyRunResult>(P.runMonthly, month ? { month } : {}));
  }

  /** Downloads a file (export, report) with the signed-in token and hands it to the browser. */
  async download(path: string, q: Query, fallbackName: string): Promise<void> {
    const res = await firstValueFrom(this.http.get(path, { params: params(q), responseType: 'blob', observe: 'response' }));
    const disposition = res.headers.get('content-disposition') ?? '';
    const name = /filename="([^"]+)"/.exec(disposition)?.[1] ?? fallbackName;
    const url = URL.createObjectURL(res.body as Blob);
    const a = this.document.createElement('a');
    a.href = url;
    a.download = name;
    this.document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  exportTable(q: Query): Promise<void> {
    return this.download(P.exportTable, q, `compliance-${String(q['table'])}.${String(q['format'])}`);
  }
  summaryReport(q: Query): Promise<void> {
    return this.download(P.summaryReport, q, 'compliance-report.pdf');
  }
  reportFile(id: string, name: string): Promise<void> {
    return this.download(fillPath(P.reportFile, { id }), {}, name);
  }

  /* roster import */

  /** Uploads a roster file; the observable reports the bytes sent, then the checked import. */
  uploadRoster(file: File): Observable<UploadEvent> {
    const xlsx = file.name.toLowerCase().endsWith('.xlsx');
    const type = xlsx ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' : 'text/csv';
    return this.http
      .request<RosterImport>('POST', P.rosterUpload, {
        body: file,
        headers: { 'content-type': type },
        params: params({ fileName: file.name }),
        reportProgress: true,
        observe: 'events',
      })
      .pipe(
        filter((e) => e.type === HttpEventType.UploadProgress || e.type === HttpEventType.Response),
        map(
          (e): UploadEvent =>
            e.type === HttpEventType.UploadProgress
              ? { kind: 'progress', sent: e.loaded, total: e.total ?? file.size }
              : { kind: 'done', result: (e as HttpResponse<RosterImport>).body as RosterImport },
        ),
      );
  }
  rosterImports(): Promise<RosterImport[]> {
    return firstValueFrom(this.http.get<RosterImport[]>(P.rosterList));
  }
  rosterImport(id: string): Promise<RosterImport> {
    return firstValueFrom(this.http.get<RosterImport>(fillPath(P.rosterGet, { id })));
  }
  rosterRows(id: string, q: Query): Promise<RosterRowsPage> {
    return firstValueFrom(this.http.get<RosterRowsPage>(fillPath(P.rosterRows, { id }), { params: params(q) }));
  }
  commitRoster(id: string, skipInvalid: boolean): Promise<RosterImport> {
    return firstValueFrom(this.http.post<RosterImport>(fillPath(P.rosterCommit, { id }), { skipInvalid }));
  }
  discardRoster(id: string): Promise<RosterImport> {
    return firstValueFrom(this.http.post<RosterImport>(fillPath(P.rosterDiscard, { id }), {}));
  }
  rosterReport(id: string, format: 'csv' | 'xlsx', lang: string): Promise<void> {
    return this.download(fillPath(P.rosterReport, { id }), { format, lang }, `roster-report.${format}`);
  }
  rosterTemplate(format: 'csv' | 'xlsx', lang: string): Promise<void> {
    return this.download(P.rosterTemplate, { format, lang }, `roster-template.${format}`);
  }
}
