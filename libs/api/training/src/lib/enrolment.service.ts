import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type CompletionReport,
  type Enrolment,
  type EnrolRequest,
  type FieldError,
  Permission,
  type RecordOutcome,
  type XapiStatement,
} from '@civics/contracts';
import { type Actor, NotFoundException } from '@civics/api-platform';
import { PersonRepository, ScopeService } from '@civics/api-identity';
import { type OutcomeWrite, TrainingRepository } from './training.repository';
import { TrainingErrorCode, TrainingException } from './training.exception';
import { isAdmin, providerIdOf, todayIso, toEnrolment } from './training-access';
import { isXlsx, parseCsv, readXlsx, toRows } from './completion-file';

const UPLOAD_STATUSES: Record<string, OutcomeWrite['status']> = {
  completed: 'completed',
  complete: 'completed',
  passed: 'completed',
  failed: 'failed',
  attended: 'in_progress',
  in_progress: 'in_progress',
};

const XAPI_VERBS: Record<string, OutcomeWrite['status']> = {
  'http://adlnet.gov/expapi/verbs/completed': 'completed',
  'http://adlnet.gov/expapi/verbs/passed': 'completed',
  'http://adlnet.gov/expapi/verbs/failed': 'failed',
};

const MAX_UPLOAD_ROWS = 5000;

/** Enrolment under capacity, waiting list, withdrawal, and the provider's record of outcomes. */
@Injectable()
export class EnrolmentService {
  constructor(
    private readonly repo: TrainingRepository,
    private readonly persons: PersonRepository,
    private readonly scope: ScopeService,
  ) {}

  async enrol(actor: Actor, req: EnrolRequest): Promise<Enrolment> {
    const personId = await this.personFor(actor, req.personId);
    if (req.planItemId) {
      const item = await this.repo.planItem(req.planItemId);
      if (!item || item.personId !== personId) throw new TrainingException(TrainingErrorCode.PlanItemNotFound, 'No such plan item.');
    }
    const out = await this.repo.enrol(randomUUID(), req.sessionId, personId, req.planItemId ?? null, req.joinWaitingList, todayIso());
    switch (out.kind) {
      case 'session_not_found':
      case 'not_approved':
        throw new TrainingException(TrainingErrorCode.SessionNotFound, 'No such session.');
      case 'started':
        throw new TrainingException(TrainingErrorCode.SessionStarted, 'This session has already started; choose a later one.', [
          { field: 'body.sessionId', message: 'The session has started', code: 'session_started' },
        ]);
      case 'full':
        throw new TrainingException(TrainingErrorCode.SessionFull, 'The session is full.', [
          { field: 'body.sessionId', message: 'No free places', code: 'session_full' },
        ]);
      case 'already':
        throw new TrainingException(TrainingErrorCode.AlreadyEnrolled, 'Already enrolled in this session.', [
          { field: 'body.sessionId', message: 'Already enrolled', code: 'already_enrolled' },
        ]);
      case 'ok':
        break;
    }
    const e = (await this.repo.enrolment(out.id)) as NonNullable<Awaited<ReturnType<TrainingRepository['enrolment']>>>;
    if (req.planItemId) await this.repo.linkEnrolmentToItem(req.planItemId, e.id, e.sessionId);
    return toEnrolment(e);
  }

  async mine(actor: Actor): Promise<Enrolment[]> {
    if (!actor.personId) return [];
    return (await this.repo.enrolmentsOfPerson(actor.personId)).map(toEnrolment);
  }

  async withdraw(actor: Actor, id: string): Promise<Enrolment> {
    const e = await this.repo.enrolment(id);
    if (!e) throw new TrainingException(TrainingErrorCode.EnrolmentNotFound, 'No such enrolment.');
    if (e.personId !== actor.personId) {
      const ok = actor.permissions.has(Permission.PlansManage) && (await this.scope.canManageOrganisation(actor, e.organisationId));
      if (!ok) throw new TrainingException(TrainingErrorCode.EnrolmentNotFound, 'No such enrolment.');
    }
    const r = await this.repo.withdraw(id);
    if (!r.done) throw new TrainingException(TrainingErrorCode.EnrolmentClosed, 'Only an enrolment that has not started can be withdrawn.');
    if (r.promoted)
      await this.repo.notify(
        randomUUID(),
        r.promoted.personId,
        'waitlist_promoted',
        `promoted:${r.promoted.enrolmentId}`,
        {
          az: `Gözləmə siyahısından kursa qəbul olundunuz: ${e.courseTitle.az} (${e.startsOn}).`,
          ru: `Вы переведены из листа ожидания на курс: ${e.courseTitle.ru} (${e.startsOn}).`,
          en: `You moved from the waiting list into the course: ${e.courseTitle.en} (${e.startsOn}).`,
        },
        '/training/plan',
      );
    return toEnrolment((await this.repo.enrolment(id)) as NonNullable<Awaited<ReturnType<TrainingRepository['enrolment']>>>);
  }

  /** A provider sees the enrolments of its own sessions only; an administrator all. */
  async ofSession(actor: Actor, sessionId: string): Promise<Enrolment[]> {
    await this.ownSession(actor, sessionId, true);
    return (await this.repo.enrolmentsOfSession(sessionId)).map(toEnrolment);
  }

  async record(actor: Actor, enrolmentId: string, o: RecordOutcome): Promise<Enrolment> {
    const e = await this.repo.enrolment(enrolmentId);
    if (!e || e.providerId !== providerIdOf(actor)) throw new TrainingException(TrainingErrorCode.EnrolmentNotFound, 'No such enrolment.');
    if (e.status === 'waiting' || e.status === 'withdrawn')
      throw new TrainingException(TrainingErrorCode.NotEnrolled, 'The person does not hold a place in this session.');
    await this.repo.writeOutcomes([{ enrolmentId, status: o.status, score: o.score, evidence: o.note ?? 'recorded by the provider' }]);
    return toEnrolment((await this.repo.enrolment(enrolmentId)) as NonNullable<Awaited<ReturnType<TrainingRepository['enrolment']>>>);
  }

  /**
   * A CSV or XLSX file with columns personalCode, status (completed | failed | attended), score,
   * note. Every row is checked first; if any is wrong, nothing is written and every problem is
   * reported with its row number.
   */
  async upload(actor: Actor, sessionId: string, body: unknown): Promise<CompletionReport> {
    await this.ownSession(actor, sessionId, false);
    if (!Buffer.isBuffer(body) || body.length === 0)
      throw new TrainingException(TrainingErrorCode.UploadUnreadable, 'Send the file as the request body (text/csv or the XLSX type).');
    let table: string[][];
    try {
      table = isXlsx(body) ? await readXlsx(body) : parseCsv(body.toString('utf8'));
    } catch {
      throw new TrainingException(TrainingErrorCode.UploadUnreadable, 'The file could not be read as CSV or XLSX.');
    }
    const { header, rows } = toRows(table);
    if (!header.includes('personalCode') || !header.includes('status'))
      throw new TrainingException(
        TrainingErrorCode.UploadUnreadable,
        'The first row must name the columns personalCode and status (score and note are optional).',
      );
    if (rows.length > MAX_UPLOAD_ROWS)
      throw new TrainingException(TrainingErrorCode.UploadUnreadable, `At most ${MAX_UPLOAD_ROWS} rows per file.`);

    const enrolments = new Map(
      (await this.repo.enrolmentsOfSession(sessionId)).filter((e) => e.status !== 'withdrawn').map((e) => [e.personalCode, e]),
    );
    const known = await this.repo.personsByCodes(rows.map((r) => r.values['personalCode']).filter(Boolean));
    const errors: FieldError[] = [];
    const writes: OutcomeWrite[] = [];
    const seen = new Map<string, number>();
    for (const { row, values } of rows) {
      const err = (field: string, message: string, code: string) => errors.push({ field: `row ${row}.${field}`, message, code });
      const code = values['personalCode'];
      const status = UPLOAD_STATUSES[(values['status'] ?? '').toLowerCase()];
      const scoreText = values['score'] ?? '';
      const score = scoreText === '' ? null : Number(scoreText.replace(',', '.'));
      let ok = true;
      if (!code) {
        err('personalCode', 'Missing personal code', 'required');
        ok = false;
      } else if (seen.has(code)) {
        err('personalCode', `Duplicate of row ${seen.get(code)}`, 'duplicate');
        ok = false;
      } else if (!known.has(code)) {
        err('personalCode', `Unknown person ${code}`, 'unknown_person');
        ok = false;
      } else if (!enrolments.has(code)) {
        err('personalCode', `${code} is not enrolled in this session`, 'not_enrolled');
        ok = false;
      } else if (enrolments.get(code)?.status === 'waiting') {
        err('personalCode', `${code} is on the waiting list, not in the session`, 'not_enrolled');
        ok = false;
      }
      if (code && !seen.has(code)) seen.set(code, row);
      if (!status) {
        err('status', 'Use completed, failed or attended', 'invalid_value');
        ok = false;
      }
      if (score !== null && (!Number.isFinite(score) || score < 0 || score > 100)) {
        err('score', 'A number from 0 to 100', 'invalid_value');
        ok = false;
      }
      const enrolment = code ? enrolments.get(code) : undefined;
      if (ok && enrolment) writes.push({ enrolmentId: enrolment.id, status, score, evidence: values['note'] || 'completion upload' });
    }
    if (rows.length === 0) errors.push({ field: 'row 2', message: 'The file has no data rows', code: 'empty' });
    if (errors.length)
      throw new TrainingException(
        TrainingErrorCode.UploadInvalid,
        `The file has ${errors.length} problem(s); nothing was recorded.`,
        errors,
      );
    await this.repo.writeOutcomes(writes);
    return { applied: true, rows: rows.length, updated: writes.length, errors: [] };
  }

  /** xAPI statements from the provider's LMS; all or nothing, idempotent by statement id. */
  async xapi(actor: Actor, body: XapiStatement | XapiStatement[]): Promise<string[]> {
    const providerId = providerIdOf(actor);
    if (!providerId) throw new TrainingException(TrainingErrorCode.NoProviderScope, 'Your account does not act for a training provider.');
    const list = Array.isArray(body) ? body : [body];
    const ids = list.map((s) => s.id ?? randomUUID());
    const seen = await this.repo.xapiSeen(ids);
    const errors: FieldError[] = [];
    const statements: { id: string; providerId: string; verb: string; statement: unknown; enrolmentId: string }[] = [];
    const outcomes: OutcomeWrite[] = [];
    for (let i = 0; i < list.length; i++) {
      const s = list[i];
      if (seen.has(ids[i])) continue;
      const err = (field: string, message: string, code: string) => errors.push({ field: `body.${i}.${field}`, message, code });
      const status = XAPI_VERBS[s.verb.id];
      if (!status) {
        err('verb.id', 'Only completed, passed and failed are understood', 'unknown_verb');
        continue;
      }
      let personId: string | null = null;
      if (s.actor.account?.name) personId = (await this.repo.personsByCodes([s.actor.account.name])).get(s.actor.account.name)?.id ?? null;
      else if (s.actor.mbox) personId = (await this.repo.personByEmail(s.actor.mbox.replace(/^mailto:/, '')))?.id ?? null;
      if (!personId) {
        err('actor', 'Unknown learner (use account.name = personal code, or mbox)', 'unknown_person');
        continue;
      }
      const uuid = /([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})/i.exec(s.object.id)?.[1]?.toLowerCase();
      let enrolment = null;
      if (uuid && /session/i.test(s.object.id)) {
        enrolment =
          (await this.repo.enrolmentsOfSession(uuid)).find(
            (e) => e.personId === personId && e.status !== 'withdrawn' && e.status !== 'waiting',
          ) ?? null;
      } else if (uuid) {
        enrolment = await this.repo.liveEnrolmentInCourse(personId, uuid);
      }
      if (!enrolment || enrolment.providerId !== providerId) {
        err('object.id', 'No enrolment of this learner in a session or course of yours matches the object', 'not_enrolled');
        continue;
      }
      const failed = s.result?.success === false;
      const scaled = s.result?.score?.scaled;
      outcomes.push({
        enrolmentId: enrolment.id,
        status: failed ? 'failed' : status,
        score: scaled !== undefined ? Math.round(Math.max(0, scaled) * 10000) / 100 : null,
        evidence: `xAPI ${s.verb.id} ${ids[i]}`,
      });
      statements.push({ id: ids[i], providerId, verb: s.verb.id, statement: s, enrolmentId: enrolment.id });
    }
    if (errors.length)
      throw new TrainingException(TrainingErrorCode.XapiUnmatched, 'Some statements could not be applied; none was stored.', errors);
    await this.repo.storeXapi(statements, outcomes);
    return ids;
  }

  /** The person an action is for: oneself, or (HR / administrator) someone in scope. */
  async personFor(actor: Actor, personId: string | undefined): Promise<string> {
    if (!personId || personId === actor.personId) {
      if (!actor.personId || !actor.permissions.has(Permission.TrainingEnrol))
        throw new TrainingException(TrainingErrorCode.NoPerson, 'Your account is not linked to a civil servant record.');
      return actor.personId;
    }
    if (!actor.permissions.has(Permission.PlansManage)) throw new TrainingException(TrainingErrorCode.PersonNotFound, 'No such person.');
    const person = await this.persons.findById(personId);
    if (!person) throw new TrainingException(TrainingErrorCode.PersonNotFound, 'No such person.');
    try {
      await this.scope.assertPersonVisible(actor, person);
    } catch (e) {
      if (e instanceof NotFoundException) throw new TrainingException(TrainingErrorCode.PersonNotFound, 'No such person.');
      throw e;
    }
    return personId;
  }

  private async ownSession(actor: Actor, sessionId: string, adminMayRead: boolean): Promise<void> {
    const s = await this.repo.session(sessionId);
    const mine = s && (s.providerId === providerIdOf(actor) || (adminMayRead && isAdmin(actor)));
    if (!mine) throw new TrainingException(TrainingErrorCode.SessionNotFound, 'No such session.');
  }
}
