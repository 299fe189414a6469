import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { Plan, PlanItem, PlanItemCreate, PlanItemUpdate } from '@civics/contracts';
import type { Actor } from '@civics/api-platform';
import { buildPlan, type PlanCourse } from '@civics/domain';
import { ProfileService } from '@civics/api-assessment';
import { AuditService } from '@civics/api-audit';
import { type PlanItemRow, TrainingRepository } from './training.repository';
import { TrainingErrorCode, TrainingException } from './training.exception';
import { addDays, todayIso } from './training-access';
import { EnrolmentService } from './enrolment.service';
import { CatalogueService } from './catalogue.service';

/** Days after the end of the chosen session by which the post-training measurement is due. */
export const DUE_AFTER_SESSION_DAYS = 30;
/** Due date of an item without a session. */
export const DUE_WITHOUT_SESSION_DAYS = 90;

function toItem(r: PlanItemRow, today: string): PlanItem {
  const open = r.status === 'proposed' || r.status === 'accepted';
  return {
    id: r.id,
    competencyCode: r.competencyCode,
    fromLevel: r.fromLevel,
    targetLevel: r.targetLevel,
    courseId: r.courseId,
    courseTitle: r.courseTitle,
    sessionId: r.sessionId,
    sessionStartsOn: r.sessionStartsOn,
    enrolmentId: r.enrolmentId,
    enrolmentStatus: r.enrolmentStatus,
    dueDate: r.dueDate,
    status: r.status,
    closedAt: r.closedAt ? new Date(r.closedAt).toISOString() : null,
    closedLevel: r.closedLevel,
    overdue: open && r.dueDate !== null && r.dueDate < today,
  };
}

/** Development plans: proposed from gaps, accepted or changed by the person or HR, closed by measurement. */
@Injectable()
export class PlanService {
  constructor(
    private readonly repo: TrainingRepository,
    private readonly profiles: ProfileService,
    private readonly enrolments: EnrolmentService,
    private readonly catalogue: CatalogueService,
    private readonly audit: AuditService,
  ) {}

  async mine(actor: Actor): Promise<Plan> {
    return this.plan(await this.enrolments.personFor(actor, undefined), false);
  }

  /** HR (or an administrator) reads someone's plan: the read is audited for the person's access log. */
  async forPerson(actor: Actor, personId: string): Promise<Plan> {
    const id = await this.enrolments.personFor(actor, personId);
    const plan = await this.plan(id, false);
    if (id !== actor.personId)
      await this.audit.record({
        actorAccountId: actor.accountId,
        action: 'training.plan_read',
        subjectPersonId: id,
        purpose: 'development plan',
        details: { planId: plan.id },
      });
    return plan;
  }

  async proposeMine(actor: Actor): Promise<Plan> {
    return this.plan(await this.enrolments.personFor(actor, undefined), true);
  }

  async proposeFor(actor: Actor, personId: string): Promise<Plan> {
    return this.plan(await this.enrolments.personFor(actor, personId), true);
  }

  /** The person's plan: created with a proposal the first time; open items met by a later measurement are closed first. */
  async plan(personId: string, repropose: boolean): Promise<Plan> {
    const { plan, created } = await this.repo.ensurePlan(randomUUID(), personId);
    await this.repo.closeMetItems(personId);
    if (created || repropose) await this.propose(plan.id, personId);
    return this.render(plan.id, personId);
  }

  /**
   * After an attestation decision "meets subject to training": the plan is proposed again from the
   * gaps the attestation measured, and its open items are accepted and due by the deadline at the
   * latest (an earlier session-based due date stays).
   */
  async fromAttestation(personId: string, deadline: string): Promise<Plan> {
    const { id } = await this.plan(personId, true);
    await this.repo.bindOpenItemsTo(id, deadline);
    return this.render(id, personId);
  }

  async addItem(actor: Actor, planId: string, input: PlanItemCreate): Promise<PlanItem> {
    const plan = await this.repo.planById(planId);
    if (!plan) throw new TrainingException(TrainingErrorCode.PlanNotFound, 'No such plan.');
    await this.assertMayEdit(actor, plan.personId);
    const { codes, scale } = await this.catalogue.framework();
    if (!codes.has(input.competencyCode))
      throw new TrainingException(TrainingErrorCode.UnknownCompetency, 'Unknown competency.', [
        { field: 'body.competencyCode', message: `Unknown competency ${input.competencyCode}`, code: 'unknown_competency' },
      ]);
    if (input.targetLevel > scale)
      throw new TrainingException(TrainingErrorCode.UnknownCompetency, 'Level above the scale.', [
        { field: 'body.targetLevel', message: `The scale has levels 1..${scale}`, code: 'too_big' },
      ]);
    await this.assertCourseSession(input.courseId, input.sessionId);
    const profile = await this.profiles.forPerson(plan.personId);
    const achieved = profile.entries.find((e) => e.competencyCode === input.competencyCode)?.achieved ?? 0;
    if (input.targetLevel <= achieved)
      throw new TrainingException(TrainingErrorCode.UnknownCompetency, 'The person already has this level.', [
        { field: 'body.targetLevel', message: `Already at level ${achieved}`, code: 'too_small' },
      ]);
    const id = randomUUID();
    await this.repo.insertItem(
      null,
      planId,
      {
        id,
        competencyCode: input.competencyCode,
        fromLevel: achieved,
        targetLevel: input.targetLevel,
        courseId: input.courseId,
        sessionId: input.sessionId,
        dueDate: input.dueDate ?? addDays(todayIso(), DUE_WITHOUT_SESSION_DAYS),
      },
      'accepted',
    );
    return toItem((await this.repo.planItem(id)) as PlanItemRow, todayIso());
  }

  async updateItem(actor: Actor, id: string, change: PlanItemUpdate): Promise<PlanItem> {
    const item = await this.repo.planItem(id);
    if (!item) throw new TrainingException(TrainingErrorCode.PlanItemNotFound, 'No such plan item.');
    await this.assertMayEdit(actor, item.personId);
    if (item.status === 'closed' || item.status === 'cancelled')
      throw new TrainingException(TrainingErrorCode.PlanItemClosed, 'This item is already closed.');
    const courseId = change.courseId !== undefined ? change.courseId : item.courseId;
    const sessionId = change.sessionId !== undefined ? change.sessionId : change.courseId !== undefined ? null : item.sessionId;
    await this.assertCourseSession(courseId, sessionId);
    await this.repo.updateItem(id, { ...change, courseId, sessionId });
    return toItem((await this.repo.planItem(id)) as PlanItemRow, todayIso());
  }

  /** Re-proposes the open gaps that no accepted item addresses (see buildPlan in libs/domain). */
  private async propose(planId: string, personId: string): Promise<void> {
    const profile = await this.profiles.forPerson(personId);
    const existing = await this.repo.planItems(planId);
    const held = new Set(existing.filter((i) => i.status === 'accepted').map((i) => i.competencyCode));
    const gaps = profile.entries
      .filter((e) => e.gap > 0 && !held.has(e.competencyCode))
      .map((e) => ({ competencyCode: e.competencyCode, achieved: e.achieved, required: e.required }));
    const person = (await this.repo.personNames([personId])).get(personId);
    const today = todayIso();
    const courses = await this.candidateCourses();
    const proposal = buildPlan({ gaps, courses: courses.list, language: person?.language ?? 'az', today });
    await this.repo.replaceProposed(
      planId,
      proposal.items.map((i) => {
        const session = i.sessionId ? courses.sessionEnd.get(i.sessionId) : undefined;
        return {
          id: randomUUID(),
          competencyCode: i.competencyCode,
          fromLevel: i.fromLevel,
          targetLevel: i.targetLevel,
          courseId: i.courseId,
          sessionId: i.sessionId,
          dueDate: session ? addDays(session, DUE_AFTER_SESSION_DAYS) : addDays(today, DUE_WITHOUT_SESSION_DAYS),
        };
      }),
    );
  }

  private async candidateCourses(): Promise<{ list: PlanCourse[]; sessionEnd: Map<string, string> }> {
    const rows = await this.repo.approvedCourses();
    const sessions = await this.repo.sessions(rows.map((r) => r.id));
    const list = rows.map((c) => ({
      id: c.id,
      hours: Number(c.hours),
      languages: c.languages,
      targets: c.targets,
      sessions: sessions
        .filter((s) => s.courseId === c.id)
        .map((s) => ({ id: s.id, startsOn: s.startsOn, language: s.language, freePlaces: Math.max(0, s.capacity - s.enrolled) })),
    }));
    return { list, sessionEnd: new Map(sessions.map((s) => [s.id, s.endsOn])) };
  }

  private async render(planId: string, personId: string): Promise<Plan> {
    const today = todayIso();
    const items = (await this.repo.planItems(planId)).map((r) => toItem(r, today));
    const plan = (await this.repo.planById(planId)) as NonNullable<Awaited<ReturnType<TrainingRepository['planById']>>>;
    const profile = await this.profiles.forPerson(personId);
    const uncovered = profile.entries
      .filter((e) => e.gap > 0)
      .filter(
        (e) =>
          !items.some(
            (i) =>
              i.competencyCode === e.competencyCode && (i.status === 'proposed' || i.status === 'accepted') && i.targetLevel >= e.required,
          ),
      )
      .filter((e) => {
        // A chain of items (0→1, 1→3) covers the gap as a whole.
        let reach = e.achieved;
        for (const i of items
          .filter((x) => x.competencyCode === e.competencyCode && x.status !== 'cancelled')
          .sort((a, b) => a.fromLevel - b.fromLevel))
          if (i.fromLevel <= reach) reach = Math.max(reach, i.targetLevel);
        return reach < e.required;
      })
      .map((e) => ({ competencyCode: e.competencyCode, achieved: e.achieved, required: e.required }));
    const person = (await this.repo.personNames([personId])).get(personId);
    return {
      id: plan.id,
      personId,
      personName: person?.name ?? '',
      createdAt: new Date(plan.createdAt).toISOString(),
      uncovered,
      items,
    };
  }

  private async assertMayEdit(actor: Actor, personId: string): Promise<void> {
    try {
      await this.enrolments.personFor(actor, personId);
    } catch {
      throw new TrainingException(TrainingErrorCode.PlanNotFound, 'No such plan.');
    }
  }

  private async assertCourseSession(courseId: string | null, sessionId: string | null): Promise<void> {
    if (courseId) {
      const c = await this.repo.course(courseId);
      if (!c || c.status !== 'approved')
        throw new TrainingException(TrainingErrorCode.CourseNotApproved, 'Choose an approved course.', [
          { field: 'body.courseId', message: 'Not an approved course', code: 'course_not_approved' },
        ]);
    }
    if (sessionId) {
      const s = await this.repo.session(sessionId);
      if (!s || s.courseId !== courseId)
        throw new TrainingException(TrainingErrorCode.SessionNotOfCourse, 'The session does not belong to the chosen course.', [
          { field: 'body.sessionId', message: 'Not a session of the course', code: 'session_not_of_course' },
        ]);
    }
  }
}
