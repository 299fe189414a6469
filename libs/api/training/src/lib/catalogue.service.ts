import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type {
  CatalogueQuery,
  Course,
  CourseInput,
  CourseStatus,
  FieldError,
  Provider,
  ProviderInput,
  Resource,
  ResourceInput,
  ResourceQuery,
  Session,
  SessionInput,
} from '@civics/contracts';
import type { Actor, RequestMeta } from '@civics/api-platform';
import { AuditService } from '@civics/api-audit';
import { MethodologyService } from '@civics/api-methodology';
import { TrainingRepository, type ProviderRow } from './training.repository';
import { TrainingErrorCode, TrainingException } from './training.exception';
import { canSeeCourse, isAdmin, isReviewer, providerIdOf, todayIso, toCourse, toSession } from './training-access';

function toProvider(p: ProviderRow): Provider {
  return {
    id: p.id,
    name: p.name,
    description: (p.description as Provider['description']) ?? null,
    accreditation: p.accreditation,
    specialisations: p.specialisations,
    contacts: p.contacts,
    approvedCourses: p.approvedCourses,
  };
}

/** Providers, courses and their approval, sessions, and the resource library. */
@Injectable()
export class CatalogueService {
  constructor(
    private readonly repo: TrainingRepository,
    private readonly methodology: MethodologyService,
    private readonly audit: AuditService,
  ) {}

  /* ---------- providers ---------- */

  async providers(): Promise<Provider[]> {
    return (await this.repo.providerDirectory()).map(toProvider);
  }

  async provider(id: string): Promise<Provider> {
    const p = await this.repo.provider(id);
    if (!p) throw new TrainingException(TrainingErrorCode.ProviderNotFound, 'No such training provider.');
    return toProvider(p);
  }

  async createProvider(actor: Actor | null, input: ProviderInput, meta: RequestMeta | null, id: string = randomUUID()): Promise<Provider> {
    await this.assertCompetencies(input.specialisations.map((c, i) => ({ code: c, field: `body.specialisations.${i}` })));
    await this.repo.upsertProvider(id, input);
    await this.audit.record({
      actorAccountId: actor?.accountId ?? null,
      action: 'training.provider_created',
      requestId: meta?.requestId ?? null,
      details: { providerId: id },
    });
    return this.provider(id);
  }

  async updateProvider(actor: Actor, id: string, input: ProviderInput): Promise<Provider> {
    await this.provider(id);
    if (!isAdmin(actor) && providerIdOf(actor) !== id)
      throw new TrainingException(TrainingErrorCode.ProviderNotFound, 'No such training provider.');
    await this.assertCompetencies(input.specialisations.map((c, i) => ({ code: c, field: `body.specialisations.${i}` })));
    await this.repo.upsertProvider(id, input);
    return this.provider(id);
  }

  /* ---------- courses ---------- */

  async catalogue(q: CatalogueQuery): Promise<Course[]> {
    const rows = await this.repo.catalogue(q);
    const sessions = await this.repo.catalogueSessions(rows.map((r) => r.id));
    return rows.map((r) => toCourse(r, sessions));
  }

  async manage(actor: Actor, status?: CourseStatus): Promise<Course[]> {
    if (isReviewer(actor)) return this.withSessions(await this.repo.coursesForManagement(null, status));
    const providerId = this.ownProvider(actor);
    return this.withSessions(await this.repo.coursesForManagement(providerId, status));
  }

  async course(actor: Actor | undefined, id: string): Promise<Course> {
    const c = await this.repo.course(id);
    if (!c || !canSeeCourse(actor, c)) throw new TrainingException(TrainingErrorCode.CourseNotFound, 'No such course.');
    return toCourse(c, await this.repo.sessions([c.id]));
  }

  async createCourse(actor: Actor, input: CourseInput, meta: RequestMeta): Promise<Course> {
    const providerId = this.ownProvider(actor);
    await this.assertCourse(providerId, input, null);
    const id = randomUUID();
    await this.repo.insertCourse(id, providerId, input);
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'training.course_created',
      requestId: meta.requestId,
      details: { courseId: id, code: input.code },
    });
    return this.course(actor, id);
  }

  async updateCourse(actor: Actor, id: string, input: CourseInput): Promise<Course> {
    const c = await this.ownCourse(actor, id);
    if (c.status !== 'draft' && c.status !== 'rejected')
      throw new TrainingException(TrainingErrorCode.CourseNotEditable, 'Only a draft or refused course can be changed.');
    await this.assertCourse(c.providerId, input, id);
    await this.repo.updateCourse(id, input);
    return this.course(actor, id);
  }

  async submit(actor: Actor, id: string): Promise<Course> {
    await this.ownCourse(actor, id);
    if (!(await this.repo.transitionCourse(id, ['draft', 'rejected'], 'submitted', null)))
      throw new TrainingException(TrainingErrorCode.CourseNotEditable, 'Only a draft or refused course can be sent for approval.');
    return this.course(actor, id);
  }

  async review(actor: Actor, id: string, decision: 'approved' | 'rejected', comment: string | null, meta: RequestMeta): Promise<Course> {
    const c = await this.repo.course(id);
    if (!c) throw new TrainingException(TrainingErrorCode.CourseNotFound, 'No such course.');
    if (!(await this.repo.transitionCourse(id, ['submitted'], decision, { comment, accountId: actor.accountId })))
      throw new TrainingException(TrainingErrorCode.CourseNotSubmitted, 'Only a course sent for approval can be approved or refused.');
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: decision === 'approved' ? 'training.course_approved' : 'training.course_rejected',
      requestId: meta.requestId,
      details: { courseId: id, comment },
    });
    return this.course(actor, id);
  }

  async addSession(actor: Actor, courseId: string, input: SessionInput): Promise<Session> {
    await this.ownCourse(actor, courseId);
    if (input.startsOn < todayIso())
      throw new TrainingException(TrainingErrorCode.SessionStarted, 'A new session cannot start in the past.', [
        { field: 'body.startsOn', message: 'Choose today or a later date', code: 'too_small' },
      ]);
    const id = randomUUID();
    await this.repo.insertSession(id, courseId, input);
    const s = await this.repo.session(id);
    return toSession(s as NonNullable<typeof s>);
  }

  /* ---------- resources ---------- */

  async resources(q: ResourceQuery): Promise<Resource[]> {
    return (await this.repo.resources(q)).map((r) => ({
      ...r,
      kind: r.kind as Resource['kind'],
      languages: r.languages as Resource['languages'],
    }));
  }

  async createResource(actor: Actor | null, input: ResourceInput): Promise<Resource> {
    await this.assertCompetencies(input.competencies.map((c, i) => ({ code: c, field: `body.competencies.${i}` })));
    const id = randomUUID();
    await this.repo.insertResource(id, input);
    return { ...input, id, summary: input.summary ?? null };
  }

  /* ---------- helpers ---------- */

  ownProvider(actor: Actor): string {
    const id = providerIdOf(actor);
    if (!id) throw new TrainingException(TrainingErrorCode.NoProviderScope, 'Your account does not act for a training provider.');
    return id;
  }

  /** A course of the caller's institution; another provider's course is "not found". */
  private async ownCourse(actor: Actor, id: string) {
    const providerId = this.ownProvider(actor);
    const c = await this.repo.course(id);
    if (!c || c.providerId !== providerId) throw new TrainingException(TrainingErrorCode.CourseNotFound, 'No such course.');
    return c;
  }

  private async withSessions(rows: Awaited<ReturnType<TrainingRepository['catalogue']>>): Promise<Course[]> {
    const sessions = await this.repo.sessions(rows.map((r) => r.id));
    return rows.map((r) => toCourse(r, sessions));
  }

  /** Competency codes and level bounds against the current methodology; every problem reported. */
  private async assertCourse(providerId: string, input: CourseInput, exceptId: string | null): Promise<void> {
    const { codes, scale } = await this.framework();
    const errors: FieldError[] = [];
    input.targets.forEach((t, i) => {
      if (!codes.has(t.competencyCode))
        errors.push({
          field: `body.targets.${i}.competencyCode`,
          message: `Unknown competency ${t.competencyCode}`,
          code: 'unknown_competency',
        });
      if (t.toLevel > scale)
        errors.push({ field: `body.targets.${i}.toLevel`, message: `The scale has levels 1..${scale}`, code: 'too_big' });
    });
    if (errors.length) throw new TrainingException(TrainingErrorCode.UnknownCompetency, 'The course targets are not valid.', errors);
    if (await this.repo.courseCodeTaken(providerId, input.code, exceptId))
      throw new TrainingException(TrainingErrorCode.CourseCodeTaken, 'Your institution already has a course with this code.', [
        { field: 'body.code', message: 'Already used', code: 'duplicate' },
      ]);
  }

  private async assertCompetencies(list: { code: string; field: string }[]): Promise<void> {
    if (list.length === 0) return;
    const { codes } = await this.framework();
    const errors = list
      .filter((x) => !codes.has(x.code))
      .map((x) => ({ field: x.field, message: `Unknown competency ${x.code}`, code: 'unknown_competency' }));
    if (errors.length) throw new TrainingException(TrainingErrorCode.UnknownCompetency, 'Unknown competency codes.', errors);
  }

  async framework(): Promise<{ codes: Set<string>; scale: number }> {
    const v = await this.methodology.current();
    return {
      codes: new Set(v.content.areas.flatMap((a) => a.competencies.map((c) => c.code))),
      scale: v.content.scale.length,
    };
  }
}
