import { HttpClient, HttpParams } from '@angular/common/http';
import { DOCUMENT, Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  Attempt,
  Candidate,
  Certificate,
  CommissionAccount,
  CredentialCheck,
  DecisionOutcome,
  DueCandidate,
  Language,
  Mail,
  MyAttestation,
  Notification,
  Person,
  Pipeline,
  RevokeInput,
  SessionCreate,
  SessionDetail,
  SessionSummary,
  Template,
  Verification,
} from '@civics/contracts';
import { AttestationPaths as P, fillPath } from './attestation-paths';

type Query = Readonly<Record<string, string | number | undefined | null>>;

function params(q: Query): HttpParams {
  let p = new HttpParams();
  for (const [k, v] of Object.entries(q)) {
    if (v !== undefined && v !== null && v !== '') {
      p = p.set(k, String(v));
    }
  }
  return p;
}

/** The attestation, certificate and mail API as promises. Errors reject with the HttpErrorResponse (see `problemOf`). */
@Injectable({ providedIn: 'root' })
export class AttestationApi {
  private readonly http = inject(HttpClient);
  private readonly document = inject(DOCUMENT);

  sessions(q: Query = {}): Promise<SessionSummary[]> {
    return firstValueFrom(this.http.get<SessionSummary[]>(P.sessions, { params: params(q) }));
  }
  pipeline(): Promise<Pipeline> {
    return firstValueFrom(this.http.get<Pipeline>(P.pipeline));
  }
  due(withinDays = 90): Promise<DueCandidate[]> {
    return firstValueFrom(this.http.get<DueCandidate[]>(P.dueCandidates, { params: params({ withinDays }) }));
  }
  commissionAccounts(): Promise<CommissionAccount[]> {
    return firstValueFrom(this.http.get<CommissionAccount[]>(P.commissionAccounts));
  }
  templates(): Promise<Template[]> {
    return firstValueFrom(this.http.get<Template[]>(P.templates));
  }
  persons(q: string): Promise<{ items: Person[]; total: number }> {
    return firstValueFrom(this.http.get<{ items: Person[]; total: number }>(P.persons, { params: params({ q, limit: 20 }) }));
  }
  schedule(input: SessionCreate): Promise<SessionDetail> {
    return firstValueFrom(this.http.post<SessionDetail>(P.sessions, input));
  }
  cancel(id: string): Promise<SessionDetail> {
    return firstValueFrom(this.http.post<SessionDetail>(fillPath(P.cancel, { id }), {}));
  }
  commissionSessions(): Promise<SessionSummary[]> {
    return firstValueFrom(this.http.get<SessionSummary[]>(P.commissionSessions));
  }
  session(id: string): Promise<SessionDetail> {
    return firstValueFrom(this.http.get<SessionDetail>(fillPath(P.session, { id })));
  }
  vote(candidateId: string, outcome: DecisionOutcome, comment: string | null): Promise<Candidate> {
    return firstValueFrom(this.http.post<Candidate>(fillPath(P.vote, { id: candidateId }), { outcome, comment }));
  }
  decide(candidateId: string, justification: string | null): Promise<Candidate> {
    return firstValueFrom(this.http.post<Candidate>(fillPath(P.decide, { id: candidateId }), { justification }));
  }
  close(id: string): Promise<SessionDetail> {
    return firstValueFrom(this.http.post<SessionDetail>(fillPath(P.close, { id }), {}));
  }
  reissue(candidateId: string): Promise<Candidate> {
    return firstValueFrom(this.http.post<Candidate>(fillPath(P.reissue, { id: candidateId }), {}));
  }
  mine(): Promise<MyAttestation[]> {
    return firstValueFrom(this.http.get<MyAttestation[]>(P.mine));
  }
  start(sessionId: string): Promise<Attempt> {
    return firstValueFrom(this.http.post<Attempt>(fillPath(P.startAttempt, { id: sessionId }), {}));
  }
  appeal(candidateId: string, reason: string): Promise<MyAttestation> {
    return firstValueFrom(this.http.post<MyAttestation>(fillPath(P.appeal, { id: candidateId }), { reason }));
  }
  myCertificates(): Promise<Certificate[]> {
    return firstValueFrom(this.http.get<Certificate[]>(P.myCertificates));
  }
  certificates(status?: string): Promise<Certificate[]> {
    return firstValueFrom(this.http.get<Certificate[]>(P.certificates, { params: params({ status }) }));
  }
  revoke(serial: string, input: RevokeInput): Promise<Certificate> {
    return firstValueFrom(this.http.post<Certificate>(fillPath(P.revoke, { serial }), input));
  }
  verify(serial: string): Promise<Verification> {
    return firstValueFrom(this.http.get<Verification>(fillPath(P.verify, { serial })));
  }
  checkCredential(credential: string | Record<string, unknown>): Promise<CredentialCheck> {
    return firstValueFrom(this.http.post<CredentialCheck>(P.checkCredential, { credential }));
  }
  mail(): Promise<Mail[]> {
    return firstValueFrom(this.http.get<Mail[]>(P.myMail));
  }
  notifications(): Promise<Notification[]> {
    return firstValueFrom(this.http.get<Notification[]>(P.notifications));
  }
  /** A file the API serves to signed-in people (PDF, credential JSON), fetched with the token and saved. */
  async download(path: string, fileName: string): Promise<void> {
    const blob = await firstValueFrom(this.http.get(path, { responseType: 'blob' }));
    const url = URL.createObjectURL(blob);
    const a = this.document.createElement('a');
    a.href = url;
    a.download = fileName;
    this.document.body.appendChild(a);
    a.click();
    a.remove();
    setTimeout(() => URL.revokeObjectURL(url), 10_000);
  }
  protocolPath(sessionId: string, lang: Language): string {
    return `${fillPath(P.protocol, { id: sessionId })}?lang=${lang}`;
  }
  pdfPath(serial: string, lang: Language): string {
    return `${fillPath(P.certificatePdf, { serial })}?lang=${lang}`;
  }
  credentialPath(serial: string): string {
    return fillPath(P.certificateCredential, { serial });
  }
}
