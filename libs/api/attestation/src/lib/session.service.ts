import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  type CommissionAccount,
  type DueCandidate,
  type DueCandidatesQuery,
  type FieldError,
  type Language,
  type MyAttestation,
  Permission,
  type Pipeline,
  type SessionCreate,
  type SessionDetail,
  type SessionListQuery,
  type SessionSummary,
  type Template,
} from '@civics/contracts';
import { dueReasons, minimumCommissionSize } from '@civics/domain';
import { type Actor, AppConfig, type RequestMeta } from '@civics/api-platform';
import { ScopeService } from '@civics/api-identity';
import { AuditAction, AuditService } from '@civics/api-audit';
import { DeliveryService, TemplateService } from '@civics/api-assessment';
import { MethodologyService } from '@civics/api-methodology';
import { CertificateService } from '@civics/api-credentials';
import { AttestationRepository, type MemberRow, type SessionRow } from './attestation.repository';
import { AttestationErrorCode as E, AttestationException } from './attestation.exception';
import { SessionView, statusOfSession } from './session-view';
import { AttestationNotifier } from './attestation-notifier';
import { renderProtocolPdf } from './protocol-pdf';
import { absenceRecorded, candidateInvited, memberInvited, sessionCancelled } from './notices';

/** A window may start this long before "now" (the time it takes to fill in the form). */
export const WINDOW_START_TOLERANCE_MS = 15 * 60_000;
/** Longest window of one session. */
export const MAX_WINDOW_DAYS = 31;

const todayIso = (now = new Date()) => now.toISOString().slice(0, 10);

/** What a caller may do with a session: manage it (HR in scope, administrators) and/or sit on its commission. */
export interface SessionAccess {
  readonly session: SessionRow;
  readonly members: MemberRow[];
  readonly manage: boolean;
  readonly member: MemberRow | null;
}

/** Scheduling, the calendar and pipeline, due candidates, and the session views. */
/** Shown to the candidate on "Who used my data". */
const ATTESTATION_REVIEW_PURPOSE = 'attestation review';

@Injectable()
export class SessionService {
  constructor(
    private readonly repo: AttestationRepository,
    private readonly view: SessionView,
    private readonly scope: ScopeService,
    private readonly audit: AuditService,
    private readonly templates: TemplateService,
    private readonly delivery: DeliveryService,
    private readonly methodology: MethodologyService,
    private readonly certificates: CertificateService,
    private readonly notifier: AttestationNotifier,
    private readonly config: AppConfig,
  ) {}

  /** The session if the caller may see it (HR of its subtree, administrators, its commission); otherwise not found. */
  async access(actor: Actor, sessionId: string): Promise<SessionAccess> {
    const session = await this.repo.session(sessionId);
    if (!session) throw new AttestationException(E.SessionNotFound, 'The attestation session was not found.');
    const members = await this.repo.members(sessionId);
    const member = members.find((m) => m.accountId === actor.accountId) ?? null;
    const manage =
      actor.permissions.has(Permission.AttestationManage) && (await this.scope.canManageOrganisation(actor, session.organisationId));
    if (!manage && !member) throw new AttestationException(E.SessionNotFound, 'The attestation session was not found.');
    return { session, members, manage, member };
  }

  async list(actor: Actor, q: SessionListQuery): Promise<SessionSummary[]> {
    const rows = await this.repo.sessions({
      roots: this.scope.organisationRoots(actor),
      organisationId: q.organisationId,
      from: q.from,
      to: q.to,
    });
    return this.view.summaries(rows, actor.accountId);
  }

  async commission(actor: Actor): Promise<SessionSummary[]> {
    return this.view.summaries(await this.repo.sessions({ memberAccountId: actor.accountId }), actor.accountId);
  }

  async detail(actor: Actor, id: string): Promise<SessionDetail> {
    let a = await this.access(actor, id);
    if (await this.settle(a.session)) a = await this.access(actor, id);
    const detail = await this.view.detail(a.session, a.members, actor.accountId);
    // Reading candidates' results and evidence is a use of their personal data: each is recorded.
    for (const c of detail.candidateList)
      if (c.personId !== actor.personId)
        await this.audit.record({
          actorAccountId: actor.accountId,
          action: AuditAction.PersonRead,
          subjectPersonId: c.personId,
          purpose: ATTESTATION_REVIEW_PURPOSE,
          details: { sessionId: id, candidateId: c.id },
        });
    return detail;
  }

  /**
   * Brings a session up to the clock without waiting for the jobs: once the window has ended,
   * attempts past their time are scored and those who never started are recorded absent.
   * True when something changed.
   */
  async settle(s: SessionRow): Promise<boolean> {
    if (s.status !== 'scheduled' || new Date(s.endsAt) > new Date()) return false;
    let changed = false;
    for (const c of await this.repo.candidates(s.id))
      if (c.attemptId && c.attemptStatus === 'in_progress') {
        const after = await this.delivery.summary(c.attemptId);
        changed ||= after?.status !== 'in_progress';
      }
    const absent = await this.repo.recordAbsences(s.id);
    for (const x of absent)
      await this.notifier.tell(
        x.personId,
        'attestation_absent',
        `attestation_absent:${x.candidateId}`,
        absenceRecorded(x),
        '/attestation/my',
      );
    return changed || absent.length > 0;
  }

  /** The protocol PDF of a closed session (HR in scope, its commission, administrators). */
  async protocol(actor: Actor, id: string, language: Language): Promise<{ fileName: string; bytes: Buffer }> {
    const a = await this.access(actor, id);
    if (a.session.status !== 'decided')
      throw new AttestationException(E.SessionNotClosed, 'The protocol is produced when the chair closes the session.');
    const detail = await this.view.detail(a.session, a.members, actor.accountId);
    const version = await this.methodology.get(undefined, a.session.methodologyVersionId);
    const bytes = await renderProtocolPdf({
      session: detail,
      language,
      issuerName: this.config.credentialIssuerName,
      methodologyTitle: version.title,
      methodologyVersion: version.versionNumber,
    });
    return {
      fileName: `protocol-${a.session.closedAt ? new Date(a.session.closedAt).toISOString().slice(0, 10) : 'session'}-${id.slice(0, 8)}-${language}.pdf`,
      bytes,
    };
  }

  async mine(actor: Actor): Promise<MyAttestation[]> {
    return actor.personId ? this.view.mine(actor.personId) : [];
  }

  templatesToSchedule(): Promise<Template[]> {
    return this.templates.activeOfPurpose('attestation');
  }

  async commissionAccounts(): Promise<CommissionAccount[]> {
    return (await this.repo.commissionAccounts()).map(({ accountId, username, name }) => ({ accountId, username, name }));
  }

  async create(actor: Actor, input: SessionCreate, meta: RequestMeta): Promise<SessionDetail> {
    if (!(await this.scope.canManageOrganisation(actor, input.organisationId)))
      throw new AttestationException(E.OrganisationNotFound, 'The organisation was not found in your scope.');
    const startsAt = new Date(input.startsAt);
    const endsAt = new Date(input.endsAt);
    const now = Date.now();
    if (startsAt.getTime() < now - WINDOW_START_TOLERANCE_MS || endsAt.getTime() <= now)
      throw new AttestationException(E.WindowInPast, 'The window must not lie in the past.', [
        { field: 'body.startsAt', message: 'Start now or later', code: 'window_in_past' },
      ]);
    if (endsAt.getTime() - startsAt.getTime() > MAX_WINDOW_DAYS * 86_400_000)
      throw new AttestationException(E.WindowTooLong, `A window lasts at most ${MAX_WINDOW_DAYS} days.`, [
        { field: 'body.endsAt', message: `At most ${MAX_WINDOW_DAYS} days after the start`, code: 'window_too_long' },
      ]);

    const template = await this.templates.entity(input.templateId).catch(() => null);
    if (!template || template.purpose !== 'attestation' || !template.active || template.mode !== 'fixed')
      throw new AttestationException(E.TemplateNotAttestation, 'Choose an active attestation template.', [
        { field: 'body.templateId', message: 'Not an active attestation template', code: 'template_not_attestation' },
      ]);
    const version = await this.methodology.get(undefined, template.methodologyVersionId);

    const commission = await this.repo.commissionAccounts(input.memberAccountIds);
    const notMembers = input.memberAccountIds.filter((id) => !commission.some((c) => c.accountId === id));
    if (notMembers.length)
      throw new AttestationException(
        E.NotCommissionMember,
        'Every member must hold the commission role.',
        notMembers.map((id) => ({
          field: `body.memberAccountIds[${input.memberAccountIds.indexOf(id)}]`,
          message: 'Not an active account with the commission role',
          code: 'not_commission_member',
        })),
      );
    const needed = minimumCommissionSize(version.content.attestationRules.commissionQuorum);
    if (input.memberAccountIds.length < needed)
      throw new AttestationException(
        E.CommissionBelowQuorum,
        `The commission needs at least ${needed} members so that no one decides alone.`,
        [{ field: 'body.memberAccountIds', message: `At least ${needed} members for the quorum`, code: 'commission_below_quorum' }],
      );

    const candidates = await this.repo.persons(input.candidatePersonIds);
    const problems: FieldError[] = [];
    const profiles = new Set(version.content.positionProfiles.map((p) => p.code));
    for (const [i, personId] of input.candidatePersonIds.entries()) {
      const field = `body.candidatePersonIds[${i}]`;
      const p = candidates.find((c) => c.id === personId);
      // Unknown and out of scope read the same: existence outside the scope is not disclosed.
      if (!p || !(await this.repo.inSubtree(p.organisationId, input.organisationId)))
        problems.push({ field, message: 'No such person in the session’s organisation', code: 'candidate_not_found' });
      else if (p.accountId && input.memberAccountIds.includes(p.accountId))
        problems.push({ field, message: `${p.name} sits on the commission`, code: 'candidate_is_member' });
      else if (!profiles.has(p.positionCode))
        problems.push({
          field,
          message: `${p.name}: position ${p.positionCode} has no profile in the methodology`,
          code: 'no_position_profile',
        });
    }
    if (problems.length) throw new AttestationException(E.CandidatesInvalid, 'Some candidates cannot be scheduled.', problems);

    const facts = new Map((await this.repo.dueFacts(null, input.organisationId)).map((f) => [f.personId, f]));
    const certs = await this.certificates.latestByPersons(input.candidatePersonIds);
    const today = todayIso();
    const waiting = candidates.filter((p) => {
      const f = facts.get(p.id);
      return f?.lastOutcome === 'does_not_meet' && f.retakeOn !== null && f.retakeOn > today && !certs.has(p.id);
    });
    if (waiting.length)
      throw new AttestationException(
        E.RetakeTooSoon,
        'Some candidates are still in their waiting time after "does not meet".',
        waiting.map((p) => ({
          field: `body.candidatePersonIds[${input.candidatePersonIds.indexOf(p.id)}]`,
          message: `${p.name}: re-attestation from ${facts.get(p.id)?.retakeOn}`,
          code: 'retake_too_soon',
        })),
      );

    const id = randomUUID();
    const taken = await this.repo.insertSession({
      id,
      title: input.title,
      organisationId: input.organisationId,
      startsAt,
      endsAt,
      place: input.place,
      onlineUrl: input.onlineUrl,
      templateId: template.id,
      methodologyVersionId: template.methodologyVersionId,
      createdByAccountId: actor.accountId,
      members: input.memberAccountIds.map((accountId) => ({ accountId, chair: accountId === input.chairAccountId })),
      candidates: input.candidatePersonIds.map((personId) => {
        const f = facts.get(personId);
        const cert = certs.get(personId) ?? null;
        const reasons = f
          ? dueReasons(
              {
                positionCode: f.positionCode,
                certificate: cert ? { validUntil: cert.validUntil, positionCode: cert.positionCode } : null,
                lastDecision: f.lastOutcome ? { outcome: f.lastOutcome, trainingDeadline: f.trainingDeadline, retakeOn: f.retakeOn } : null,
              },
              today,
              90,
            )
          : [];
        return { id: randomUUID(), personId, dueReasons: reasons };
      }),
    });
    if (taken.length)
      throw new AttestationException(
        E.CandidateInOpenSession,
        'Some candidates already sit in an open attestation session.',
        taken.map((t) => ({
          field: `body.candidatePersonIds[${input.candidatePersonIds.indexOf(t.personId)}]`,
          message: `${candidates.find((c) => c.id === t.personId)?.name ?? t.personId} is a candidate in “${t.sessionTitle}”`,
          code: 'candidate_in_open_session',
        })),
      );

    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'attestation.session_scheduled',
      requestId: meta.requestId,
      details: {
        sessionId: id,
        organisationId: input.organisationId,
        templateId: template.id,
        methodologyVersionId: template.methodologyVersionId,
        startsAt: input.startsAt,
        endsAt: input.endsAt,
        members: input.memberAccountIds,
        chair: input.chairAccountId,
        candidates: input.candidatePersonIds,
      },
    });
    const facts2 = { title: input.title, startsAt, endsAt, place: input.place, onlineUrl: input.onlineUrl };
    for (const p of candidates)
      await this.notifier.tell(
        p.id,
        'attestation_invited',
        `attestation_invited:${id}:${p.id}`,
        candidateInvited(facts2, this.notifier.url('/attestation/my')),
        '/attestation/my',
      );
    for (const m of commission)
      await this.notifier.tell(
        m.personId,
        'attestation_commission',
        `attestation_commission:${id}:${m.accountId}`,
        memberInvited(facts2, m.accountId === input.chairAccountId, this.notifier.url(`/attestation/sessions/${id}`)),
        `/attestation/sessions/${id}`,
      );
    return this.detail(actor, id);
  }

  async cancel(actor: Actor, id: string, meta: RequestMeta): Promise<SessionDetail> {
    const a = await this.access(actor, id);
    if (!a.manage) throw new AttestationException(E.SessionNotFound, 'The attestation session was not found.');
    if (a.session.status === 'cancelled') throw new AttestationException(E.SessionCancelled, 'The session is already cancelled.');
    if (!(await this.repo.cancel(id)))
      throw new AttestationException(E.SessionStarted, 'Only a session whose window has not opened can be cancelled.');
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'attestation.session_cancelled',
      requestId: meta.requestId,
      details: { sessionId: id },
    });
    const notice = sessionCancelled(a.session);
    for (const c of await this.repo.candidates(id))
      await this.notifier.tell(c.personId, 'attestation_cancelled', `attestation_cancelled:${id}:${c.personId}`, notice, '/attestation/my');
    for (const m of a.members)
      await this.notifier.tell(
        m.personId,
        'attestation_cancelled',
        `attestation_cancelled:${id}:${m.accountId}`,
        notice,
        '/attestation/commission',
      );
    return this.detail(actor, id);
  }

  /** People of the caller's subtree who are due for attestation and not already in an open session. */
  async due(actor: Actor, q: DueCandidatesQuery): Promise<DueCandidate[]> {
    if (q.organisationId && !(await this.scope.canManageOrganisation(actor, q.organisationId))) return [];
    const facts = await this.repo.dueFacts(this.scope.organisationRoots(actor), q.organisationId);
    const certs = await this.certificates.latestByPersons(facts.map((f) => f.personId));
    const today = todayIso();
    const out: DueCandidate[] = [];
    for (const f of facts) {
      if (f.inOpenSession) continue;
      const cert = certs.get(f.personId) ?? null;
      const reasons = dueReasons(
        {
          positionCode: f.positionCode,
          certificate: cert ? { validUntil: cert.validUntil, positionCode: cert.positionCode } : null,
          lastDecision: f.lastOutcome ? { outcome: f.lastOutcome, trainingDeadline: f.trainingDeadline, retakeOn: f.retakeOn } : null,
        },
        today,
        q.withinDays,
      );
      if (reasons.length === 0) continue;
      out.push({
        personId: f.personId,
        personName: f.personName,
        personalCode: f.personalCode,
        organisationId: f.organisationId,
        organisationName: f.organisationName,
        positionCode: f.positionCode,
        positionTitle: f.positionTitle,
        reasons,
        certificateSerial: cert?.serial ?? null,
        certificateValidUntil: cert?.validUntil ?? null,
        trainingDeadline: f.lastOutcome === 'meets_subject_to_training' ? f.trainingDeadline : null,
        retakeOn: f.lastOutcome === 'does_not_meet' ? f.retakeOn : null,
      });
    }
    return out;
  }

  /** How many people of the subtree stand where in the attestation pipeline. */
  async pipeline(actor: Actor, organisationId: string | undefined): Promise<Pipeline> {
    const empty: Pipeline = {
      due: 0,
      sessions: { scheduled: 0, open: 0, closed: 0, decided: 0 },
      candidates: {
        invited: 0,
        inProgress: 0,
        awaitingDecision: 0,
        appealed: 0,
        absent: 0,
        meets: 0,
        meetsSubjectToTraining: 0,
        doesNotMeet: 0,
      },
    };
    if (organisationId && !(await this.scope.canManageOrganisation(actor, organisationId))) return empty;
    const sessions = await this.repo.sessions({ roots: this.scope.organisationRoots(actor), organisationId });
    const p = structuredClone(empty);
    p.due = (await this.due(actor, { organisationId, withinDays: 90 })).length;
    const decidedIn: string[] = [];
    for (const s of sessions) {
      const status = statusOfSession(s);
      if (status === 'cancelled') continue;
      p.sessions[status]++;
      p.candidates.invited += s.invited;
      p.candidates.inProgress += s.inProgress;
      p.candidates.awaitingDecision += s.attempted;
      p.candidates.appealed += s.appealed;
      p.candidates.absent += s.absent;
      if (s.decided) decidedIn.push(s.id);
    }
    for (const id of decidedIn)
      for (const c of await this.repo.candidates(id)) {
        if (c.stored !== 'decided') continue;
        const d = (await this.repo.decisions([c.id])).find((x) => x.round === c.round);
        if (d?.outcome === 'meets') p.candidates.meets++;
        else if (d?.outcome === 'meets_subject_to_training') p.candidates.meetsSubjectToTraining++;
        else if (d?.outcome === 'does_not_meet') p.candidates.doesNotMeet++;
      }
    return p;
  }
}
