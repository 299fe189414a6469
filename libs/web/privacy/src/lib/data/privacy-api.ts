import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { AccessLogEntry, Person, RevokeAllResult, SessionInfo, TotpEnrolment, TotpStatus } from '@civics/contracts';

export const PrivacyPaths = {
  sessions: '/api/me/sessions',
  revokeAll: '/api/me/sessions/revoke-all',
  accessLog: '/api/me/access-log',
  exportJson: '/api/me/export',
  exportPdf: '/api/me/export/pdf',
  persons: '/api/persons',
  totp: '/api/me/totp',
} as const;

/** My sessions, who used my data, my export; an HR officer's look-up of a person's file. */
@Injectable({ providedIn: 'root' })
export class PrivacyApi {
  private readonly http = inject(HttpClient);

  sessions(): Promise<SessionInfo[]> {
    return firstValueFrom(this.http.get<SessionInfo[]>(PrivacyPaths.sessions));
  }
  revoke(id: string): Promise<void> {
    return firstValueFrom(this.http.delete<void>(`${PrivacyPaths.sessions}/${encodeURIComponent(id)}`));
  }
  revokeAll(): Promise<RevokeAllResult> {
    return firstValueFrom(this.http.post<RevokeAllResult>(PrivacyPaths.revokeAll, {}));
  }
  totpStatus(): Promise<TotpStatus> {
    return firstValueFrom(this.http.get<TotpStatus>(PrivacyPaths.totp));
  }
  totpEnrol(): Promise<TotpEnrolment> {
    return firstValueFrom(this.http.post<TotpEnrolment>(`${PrivacyPaths.totp}/enrol`, {}));
  }
  totpConfirm(code: string): Promise<TotpStatus> {
    return firstValueFrom(this.http.post<TotpStatus>(`${PrivacyPaths.totp}/confirm`, { code }));
  }
  totpDisable(code: string): Promise<TotpStatus> {
    return firstValueFrom(this.http.post<TotpStatus>(`${PrivacyPaths.totp}/disable`, { code }));
  }
  accessLog(): Promise<AccessLogEntry[]> {
    return firstValueFrom(this.http.get<AccessLogEntry[]>(PrivacyPaths.accessLog));
  }
  exportFile(kind: 'json' | 'pdf'): Promise<Blob> {
    const url = kind === 'json' ? PrivacyPaths.exportJson : PrivacyPaths.exportPdf;
    return firstValueFrom(this.http.get(url, { responseType: 'blob' }));
  }
  findPersons(q: string): Promise<{ items: Person[]; total: number }> {
    return firstValueFrom(
      this.http.get<{ items: Person[]; total: number }>(PrivacyPaths.persons, { params: new HttpParams().set('q', q).set('limit', 20) }),
    );
  }
  openPerson(id: string, purpose: string): Promise<Person> {
    return firstValueFrom(
      this.http.get<Person>(`${PrivacyPaths.persons}/${encodeURIComponent(id)}`, { params: new HttpParams().set('purpose', purpose) }),
    );
  }
}
