import { HttpClient, HttpParams } from '@angular/common/http';
import { Injectable, inject } from '@angular/core';
import { firstValueFrom } from 'rxjs';
import type {
  CompletionReport,
  Course,
  CourseInput,
  EffectivenessReport,
  MethodologyDetail,
  Enrolment,
  Notification,
  Person,
  Plan,
  PlanItem,
  PlanItemUpdate,
  Provider,
  RecordOutcome,
  Resource,
  SessionInput,
  Session,
} from '@civics/contracts';
import { TrainingPaths as P, fillPath } from './training-paths';

export type Query = Readonly<Record<string, string | number | undefined | null>>;

function params(q: Query): HttpParams {
  let p = new HttpParams();
  for (const [k, v] of Object.entries(q)) {
    if (v !== undefined && v !== null && v !== '') {
      p = p.set(k, String(v));
    }
  }
  return p;
}

/** The training API as promises. Errors reject with the HttpErrorResponse (see `problemOf`). */
@Injectable({ providedIn: 'root' })
export class TrainingApi {
  private readonly http = inject(HttpClient);

  /** The current methodology (competency codes and titles for filters and forms). */
  framework(): Promise<MethodologyDetail> {
    return firstValueFrom(this.http.get<MethodologyDetail>('/api/methodologies/current'));
  }
  providers(): Promise<Provider[]> {
    return firstValueFrom(this.http.get<Provider[]>(P.providers));
  }
  catalogue(q: Query): Promise<Course[]> {
    return firstValueFrom(this.http.get<Course[]>(P.courses, { params: params(q) }));
  }
  manageCourses(status?: string): Promise<Course[]> {
    return firstValueFrom(this.http.get<Course[]>(P.manageCourses, { params: params({ status }) }));
  }
  course(id: string): Promise<Course> {
    return firstValueFrom(this.http.get<Course>(fillPath(P.course, { id })));
  }
  createCourse(input: CourseInput): Promise<Course> {
    return firstValueFrom(this.http.post<Course>(P.courses, input));
  }
  updateCourse(id: string, input: CourseInput): Promise<Course> {
    return firstValueFrom(this.http.put<Course>(fillPath(P.updateCourse, { id }), input));
  }
  submitCourse(id: string): Promise<Course> {
    return firstValueFrom(this.http.post<Course>(fillPath(P.submitCourse, { id }), {}));
  }
  approveCourse(id: string, comment?: string): Promise<Course> {
    return firstValueFrom(this.http.post<Course>(fillPath(P.approveCourse, { id }), comment ? { comment } : {}));
  }
  rejectCourse(id: string, comment: string): Promise<Course> {
    return firstValueFrom(this.http.post<Course>(fillPath(P.rejectCourse, { id }), { comment }));
  }
  addSession(courseId: string, input: SessionInput): Promise<Session> {
    return firstValueFrom(this.http.post<Session>(fillPath(P.addSession, { id: courseId }), input));
  }
  sessionEnrolments(sessionId: string): Promise<Enrolment[]> {
    return firstValueFrom(this.http.get<Enrolment[]>(fillPath(P.sessionEnrolments, { id: sessionId })));
  }
  uploadCompletions(sessionId: string, file: File): Promise<CompletionReport> {
    const type = file.name.toLowerCase().endsWith('.xlsx')
      ? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet'
      : 'text/csv';
    return firstValueFrom(
      this.http.post<CompletionReport>(fillPath(P.uploadCompletions, { id: sessionId }), file, { headers: { 'content-type': type } }),
    );
  }
  enrol(sessionId: string, planItemId?: string, personId?: string): Promise<Enrolment> {
    return firstValueFrom(this.http.post<Enrolment>(P.enrol, { sessionId, planItemId, personId }));
  }
  myEnrolments(): Promise<Enrolment[]> {
    return firstValueFrom(this.http.get<Enrolment[]>(P.myEnrolments));
  }
  withdraw(id: string): Promise<Enrolment> {
    return firstValueFrom(this.http.post<Enrolment>(fillPath(P.withdraw, { id }), {}));
  }
  recordOutcome(id: string, outcome: Partial<RecordOutcome> & { status: RecordOutcome['status'] }): Promise<Enrolment> {
    return firstValueFrom(this.http.post<Enrolment>(fillPath(P.recordOutcome, { id }), outcome));
  }
  plan(personId?: string): Promise<Plan> {
    return firstValueFrom(this.http.get<Plan>(personId ? fillPath(P.personPlan, { personId }) : P.myPlan));
  }
  propose(personId?: string): Promise<Plan> {
    return firstValueFrom(this.http.post<Plan>(personId ? fillPath(P.proposeForPerson, { personId }) : P.proposeMine, {}));
  }
  updateItem(id: string, change: PlanItemUpdate): Promise<PlanItem> {
    return firstValueFrom(this.http.patch<PlanItem>(fillPath(P.updatePlanItem, { id }), change));
  }
  notifications(): Promise<Notification[]> {
    return firstValueFrom(this.http.get<Notification[]>(P.notifications));
  }
  effectiveness(): Promise<EffectivenessReport> {
    return firstValueFrom(this.http.get<EffectivenessReport>(P.effectiveness));
  }
  resources(q: Query): Promise<Resource[]> {
    return firstValueFrom(this.http.get<Resource[]>(P.resources, { params: params(q) }));
  }
  persons(q: string): Promise<{ items: Person[]; total: number }> {
    return firstValueFrom(this.http.get<{ items: Person[]; total: number }>(P.persons, { params: params({ q, limit: 50 }) }));
  }
}
