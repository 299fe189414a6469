import { Permission, type Course, type Enrolment, type Session } from '@civics/contracts';
import type { Actor } from '@civics/api-platform';
import type { CourseRow, EnrolmentRow, SessionRow } from './training.repository';

/** The institution a provider account acts for, or null. */
export function providerIdOf(actor: Actor | undefined): string | null {
  return actor?.grants.find((g) => g.role === 'training_provider' && g.scopeProviderId)?.scopeProviderId ?? null;
}

export function isReviewer(actor: Actor | undefined): boolean {
  return !!actor && actor.permissions.has(Permission.CoursesApprove);
}

export function isAdmin(actor: Actor | undefined): boolean {
  return !!actor && actor.roles.includes('administrator');
}

/** Approved courses are public; others only for their provider and the reviewers. */
export function canSeeCourse(actor: Actor | undefined, c: { providerId: string; status: string }): boolean {
  return c.status === 'approved' || isReviewer(actor) || providerIdOf(actor) === c.providerId;
}

export function toSession(s: SessionRow): Session {
  return {
    id: s.id,
    courseId: s.courseId,
    startsOn: s.startsOn,
    endsOn: s.endsOn,
    language: s.language,
    place: s.place,
    onlineUrl: s.onlineUrl,
    capacity: s.capacity,
    enrolled: s.enrolled,
    waiting: s.waiting,
    freePlaces: Math.max(0, s.capacity - s.enrolled),
  };
}

export function toCourse(c: CourseRow, sessions: readonly SessionRow[]): Course {
  return {
    id: c.id,
    providerId: c.providerId,
    providerName: c.providerName,
    code: c.code,
    title: c.title,
    description: c.description,
    targets: c.targets,
    format: c.format,
    hours: Number(c.hours),
    languages: c.languages,
    modules: c.modules,
    priceAzn: c.priceAzn === null ? null : Number(c.priceAzn),
    status: c.status,
    reviewComment: c.reviewComment,
    reviewedAt: c.reviewedAt ? new Date(c.reviewedAt).toISOString() : null,
    sessions: sessions.filter((s) => s.courseId === c.id).map(toSession),
    updatedAt: new Date(c.updatedAt).toISOString(),
  };
}

export function toEnrolment(e: EnrolmentRow): Enrolment {
  return {
    id: e.id,
    sessionId: e.sessionId,
    courseId: e.courseId,
    courseTitle: e.courseTitle,
    startsOn: e.startsOn,
    endsOn: e.endsOn,
    personId: e.personId,
    personName: e.personName,
    personalCode: e.personalCode,
    status: e.status,
    waitingPosition: e.waitingPosition,
    score: e.score === null ? null : Number(e.score),
    evidence: e.evidence,
    completedAt: e.completedAt ? new Date(e.completedAt).toISOString() : null,
    createdAt: new Date(e.createdAt).toISOString(),
  };
}

/** Today's date (UTC) as yyyy-mm-dd: the server owns time. */
export function todayIso(now = new Date()): string {
  return now.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  return new Date(Date.parse(iso) + days * 86_400_000).toISOString().slice(0, 10);
}
