import { HttpClient, HttpErrorResponse } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type { Attempt, AttemptResult, CompetencyProfile, NextItem, SaveAck, Template } from '@civics/contracts';
import { problemOf } from '@civics/web-core';
import { type AnswerTransport, type PendingAnswer, SendError } from '../exam/answer-queue';
import { AssessmentPaths as P, fillPath } from './assessment-paths';

/** An attempt in the list of mine (without items and responses). */
export type AttemptSummary = Omit<Attempt, 'items' | 'responses'>;

/** An attempt with the client times around its request, for the clock offset. */
export interface TimedAttempt {
  readonly attempt: Attempt;
  readonly sentAtMs: number;
  readonly receivedAtMs: number;
}

/** The assessment API as promises. Errors reject with the HttpErrorResponse (see `problemOf`). */
@Injectable({ providedIn: 'root' })
export class AssessmentApi implements AnswerTransport {
  private readonly http = inject(HttpClient);

  templates(): Promise<Template[]> {
    return firstValueFrom(this.http.get<Template[]>(P.templates));
  }

  myAttempts(): Promise<AttemptSummary[]> {
    return firstValueFrom(this.http.get<AttemptSummary[]>(P.myAttempts));
  }

  start(templateId: string): Promise<Attempt> {
    return firstValueFrom(this.http.post<Attempt>(P.start, { templateId }));
  }

  async get(id: string): Promise<TimedAttempt> {
    const sentAtMs = Date.now();
    const attempt = await firstValueFrom(this.http.get<Attempt>(fillPath(P.get, { id })));
    return { attempt, sentAtMs, receivedAtMs: Date.now() };
  }

  /** Adaptive attempts: the open item again until it is answered, then the engine's next choice. */
  next(id: string): Promise<NextItem> {
    return firstValueFrom(this.http.get<NextItem>(fillPath(P.next, { id })));
  }

  submit(id: string): Promise<AttemptResult> {
    return firstValueFrom(this.http.post<AttemptResult>(fillPath(P.submit, { id }), {}));
  }

  result(id: string): Promise<AttemptResult> {
    return firstValueFrom(this.http.get<AttemptResult>(fillPath(P.result, { id })));
  }

  profile(): Promise<CompetencyProfile> {
    return firstValueFrom(this.http.get<CompetencyProfile>(P.myProfile));
  }

  /** One autosave; failures become SendErrors (network → retry, 4xx → refused). */
  async send(entry: PendingAnswer): Promise<SaveAck> {
    const url = fillPath(P.saveResponse, { id: entry.attemptId, itemId: entry.itemId });
    try {
      return await firstValueFrom(this.http.put<SaveAck>(url, { answer: entry.answer, seq: entry.seq, flagged: entry.flagged }));
    } catch (error) {
      throw toSendError(error);
    }
  }
}

/**
 * Status 0 (no connection), timeouts and 5xx are worth retrying; so is 401: the session ended
 * (the person is sent to sign in) and the answer must wait on the device, not be dropped.
 * Other refusals are final.
 */
export function toSendError(error: unknown): SendError {
  if (error instanceof HttpErrorResponse) {
    const retry = error.status === 0 || error.status === 401 || error.status === 408 || error.status === 429 || error.status >= 500;
    if (retry) {
      return new SendError('network', null, error.status);
    }
    return new SendError('rejected', problemOf(error)?.code ?? null, error.status);
  }
  return new SendError('network');
}
