import { Injectable, Logger } from '@nestjs/common';
import {
  type AppealInput,
  type Attempt,
  type Candidate,
  type DecisionInput,
  MIN_JUSTIFICATION_LENGTH,
  type MyAttestation,
  type SessionDetail,
  type VoteInput,
} from '@civics/contracts';
import { tallyVotes, windowOpen } from '@civics/domain';
import type { Actor, RequestMeta } from '@civics/api-platform';
import { AuditService } from '@civics/api-audit';
import { DeliveryService } from '@civics/api-assessment';
import { MethodologyService } from '@civics/api-methodology';
import { PlanService } from '@civics/api-training';
import { CertificateService, type IssueRequest } from '@civics/api-credentials';
import { AppConfig } from '@civics/api-platform';
import { AttestationRepository, type CandidateRow, candidateStatus, type DecisionRow } from './attestation.repository';
import { AttestationErrorCode as E, AttestationException } from './attestation.exception';
import { type SessionAccess, SessionService } from './session.service';
import { SessionView, statusOfSession } from './session-view';
import { EvidenceService } from './evidence.service';
import { AttestationNotifier } from './attestation-notifier';
import { appealFiled, decisionMade } from './notices';

function addDays(d: Date, days: number): string {
  return new Date(d.getTime() + days * 86_400_000).toISOString().slice(0, 10);
}

/** Taking the exam, votes, decisions, closing, appeals: the commission's side of attestation. */
@Injectable()
export class DecisionService {
  private readonly logger = new Logger('attestation');

  constructor(
    private readonly repo: AttestationRepository,
    private readonly sessions: SessionService,
    private readonly view: SessionView,
    private readonly evidence: EvidenceService,
    private readonly delivery: DeliveryService,
    private readonly methodology: MethodologyService,
    private readonly plans: PlanService,
    private readonly certificates: CertificateService,
    private readonly audit: AuditService,
    private readonly notifier: AttestationNotifier,
    private readonly config: AppConfig,
  ) {}

  /** A listed candidate starts (or resumes) the session's exam, only inside the window (server time). */
  async startAttempt(actor: Actor, sessionId: string): Promise<Attempt> {
    const notFound = () => new AttestationException(E.SessionNotFound, 'The attestation session was not found.');
    if (!actor.personId) throw notFound();
    const c = await this.repo.candidateOfPerson(sessionId, actor.personId);
    if (!c) throw notFound();
    const s = await this.repo.session(sessionId);
    if (!s) throw notFound();
    const now = new Date();
    if (s.status === 'cancelled') throw new AttestationException(E.SessionCancelled, 'The session was cancelled.');
    if (now < new Date(s.startsAt))
      throw new AttestationException(E.WindowNotOpen, `The exam opens at ${new Date(s.startsAt).toISOString()}.`);
    if (s.status === 'decided' || !windowOpen({ startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) }, now) || c.stored === 'absent')
      throw new AttestationException(E.WindowClosed, 'The window of this session has closed.');
    if (c.attemptStatus && c.attemptStatus !== 'in_progress')
      throw new AttestationException(E.AttemptFinished, 'You have already sat this exam.');
    const attempt = await this.delivery.startInSession(actor.personId, s.templateId, s.id, new Date(s.endsAt));
    await this.repo.setAttempt(c.id, attempt.id);
    if (!c.attemptId)
      await this.audit.record({
        actorAccountId: actor.accountId,
        action: 'attestation.attempt_started',
        subjectPersonId: actor.personId,
        purpose: 'attestation',
        details: { sessionId, candidateId: c.id, attemptId: attempt.id },
      });
    return attempt;
  }

  async vote(actor: Actor, candidateId: string, input: VoteInput, meta: RequestMeta): Promise<Candidate> {
    const { c, a } = await this.forCommission(actor, candidateId);
    this.assertDeliberating(a, c);
    if (
      !(await this.repo.insertVote({
        candidateId,
        round: c.round,
        accountId: actor.accountId,
        outcome: input.outcome,
        comment: input.comment,
      }))
    )
      throw new AttestationException(E.AlreadyVoted, 'You have already voted on this candidate in this round.');
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'attestation.vote_cast',
      subjectPersonId: c.personId,
      purpose: 'attestation decision',
      requestId: meta.requestId,
      details: { sessionId: c.sessionId, candidateId, round: c.round, outcome: input.outcome, comment: input.comment },
    });
    return this.view.oneCandidate((await this.repo.candidate(candidateId)) as CandidateRow, actor.accountId);
  }

  /**
   * The chair records the decision the votes carry (simple majority, the chair breaking a tie)
   * once the quorum has voted. A decision other than the recommendation needs a written
   * justification, which the audit trail keeps with the decision.
   */
  async decide(actor: Actor, candidateId: string, input: DecisionInput, meta: RequestMeta): Promise<Candidate> {
    const { c, a } = await this.forCommission(actor, candidateId);
    if (!a.member?.chair) throw new AttestationException(E.NotChair, 'Only the chair records decisions.');
    this.assertDeliberating(a, c);
    const evidence = await this.evidence.of(c.attemptId);
    if (!evidence) throw new AttestationException(E.NoAttempt, 'The candidate has no scored exam to decide on.');
    const votes = (await this.repo.votes([candidateId])).filter((v) => v.round === c.round);
    const version = await this.methodology.get(undefined, a.session.methodologyVersionId);
    const rules = version.content.attestationRules;
    const tally = tallyVotes(
      votes.map((v) => ({ outcome: v.outcome, chair: a.members.some((m) => m.accountId === v.accountId && m.chair) })),
      a.members.length,
      rules.commissionQuorum,
    );
    if (!tally.quorumReached)
      throw new AttestationException(E.QuorumNotReached, `The quorum is ${tally.needed} votes; ${tally.cast} cast so far.`);
    if (!tally.carried) throw new AttestationException(E.NoMajority, 'The votes are tied and the chair’s vote does not break the tie.');
    const outcome = tally.carried;
    const justification = input.justification?.trim() || null;
    if (outcome !== evidence.recommendation && (!justification || justification.length < MIN_JUSTIFICATION_LENGTH))
      throw new AttestationException(
        E.JustificationRequired,
        'A decision that differs from the recommendation needs a written justification.',
        [{ field: 'body.justification', message: `At least ${MIN_JUSTIFICATION_LENGTH} characters`, code: 'justification_required' }],
      );
    const decidedAt = new Date();
    const trainingDeadline = outcome === 'meets_subject_to_training' ? addDays(decidedAt, rules.trainingDeadlineDays) : null;
    const retakeOn = outcome === 'does_not_meet' ? addDays(decidedAt, rules.retakeWaitingDays) : null;
    const written = await this.repo.insertDecision({
      candidateId,
      round: c.round,
      outcome,
      recommendation: evidence.recommendation,
      justification,
      evidence,
      votes: tally.counts,
      methodologyVersionId: evidence.methodologyVersionId,
      decidedAt,
      decidedByAccountId: actor.accountId,
      trainingDeadline,
      retakeOn,
    });
    if (!written) throw new AttestationException(E.AlreadyDecided, 'This candidate is already decided.');
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: outcome === evidence.recommendation ? 'attestation.decision' : 'attestation.decision_justified',
      subjectPersonId: c.personId,
      purpose: 'attestation decision',
      requestId: meta.requestId,
      details: {
        sessionId: c.sessionId,
        candidateId,
        round: c.round,
        outcome,
        recommendation: evidence.recommendation,
        justification,
        votes: tally.counts,
        methodologyVersionId: evidence.methodologyVersionId,
        complianceIndex: evidence.complianceIndex,
      },
    });
    await this.consequences(actor, c, outcome, { decidedAt, trainingDeadline, evidence });
    await this.notifier.tell(
      c.personId,
      'attestation_decided',
      `attestation_decided:${candidateId}:${c.round}`,
      decisionMade(a.session, outcome, { deadline: trainingDeadline, retakeOn }, this.notifier.url('/attestation/my')),
      '/attestation/my',
    );
    return this.view.oneCandidate((await this.repo.candidate(candidateId)) as CandidateRow, actor.accountId);
  }

  /** The chair closes the session once everyone who sat the exam is decided; those who never started are absent. */
  async close(actor: Actor, sessionId: string, meta: RequestMeta): Promise<SessionDetail> {
    let a = await this.sessions.access(actor, sessionId);
    if (await this.sessions.settle(a.session)) a = await this.sessions.access(actor, sessionId);
    if (!a.member) throw new AttestationException(E.NotAMember, 'Only the session’s commission may close it.');
    if (!a.member.chair) throw new AttestationException(E.NotChair, 'Only the chair closes the session.');
    const status = statusOfSession(a.session);
    if (status === 'decided') throw new AttestationException(E.SessionAlreadyClosed, 'The session is already closed.');
    if (status === 'cancelled') throw new AttestationException(E.SessionCancelled, 'The session was cancelled.');
    if (status !== 'closed') throw new AttestationException(E.WindowNotClosed, 'The window is still open.');
    const undecided = (await this.repo.candidates(sessionId)).filter((c) =>
      ['attempted', 'in_progress', 'appealed'].includes(candidateStatus(c)),
    );
    if (undecided.length)
      throw new AttestationException(
        E.UndecidedCandidates,
        `Decide every candidate first (${undecided.length} left).`,
        undecided.map((c) => ({ field: `candidates.${c.id}`, message: `${c.personName} is not decided`, code: 'undecided' })),
      );
    const absent = await this.repo.absentAtClose(sessionId);
    if (!(await this.repo.close(sessionId, actor.accountId)))
      throw new AttestationException(E.SessionAlreadyClosed, 'The session is already closed.');
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'attestation.session_closed',
      requestId: meta.requestId,
      details: { sessionId, absent: absent.map((x) => x.candidateId) },
    });
    return this.sessions.detail(actor, sessionId);
  }

  /** The candidate appeals within the appeal period; the candidate is reopened for the commission (a second round). */
  async appeal(actor: Actor, candidateId: string, input: AppealInput, meta: RequestMeta): Promise<MyAttestation> {
    const c = await this.repo.candidate(candidateId);
    if (!c || c.personId !== actor.personId) throw new AttestationException(E.CandidateNotFound, 'The candidacy was not found.');
    if (c.appealedAt) throw new AttestationException(E.AlreadyAppealed, 'This decision was already appealed.');
    const decision = (await this.repo.decisions([candidateId])).find((d) => d.round === c.round);
    if (c.stored !== 'decided' || !decision) throw new AttestationException(E.NotDecided, 'There is no decision to appeal yet.');
    const until = new Date(new Date(decision.decidedAt).getTime() + this.config.attestationAppealDays * 86_400_000);
    if (new Date() > until)
      throw new AttestationException(E.AppealPeriodOver, `Appeals were accepted until ${until.toISOString().slice(0, 10)}.`);
    if (!(await this.repo.appeal(candidateId, c.round, input.reason)))
      throw new AttestationException(E.AlreadyAppealed, 'This decision was already appealed.');
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: 'attestation.appeal_filed',
      subjectPersonId: c.personId,
      purpose: 'attestation appeal',
      requestId: meta.requestId,
      details: { sessionId: c.sessionId, candidateId, round: c.round, reason: input.reason },
    });
    const session = (await this.repo.session(c.sessionId)) as NonNullable<Awaited<ReturnType<AttestationRepository['session']>>>;
    for (const m of await this.repo.members(c.sessionId))
      await this.notifier.tell(
        m.personId,
        'attestation_appeal',
        `attestation_appeal:${candidateId}:${m.accountId}`,
        appealFiled(session, c.personName, this.notifier.url(`/attestation/sessions/${c.sessionId}`)),
        `/attestation/sessions/${c.sessionId}`,
      );
    return (await this.view.mine(c.personId)).find((m) => m.candidateId === candidateId) as MyAttestation;
  }

  /** HR queues the certificate of a passing decision again (e.g. the job failed); refused for "does not meet". */
  async reissue(actor: Actor, candidateId: string): Promise<Candidate> {
    const c = await this.repo.candidate(candidateId);
    if (!c) throw new AttestationException(E.CandidateNotFound, 'The candidate was not found.');
    const a = await this.sessions.access(actor, c.sessionId);
    if (!a.manage) throw new AttestationException(E.CandidateNotFound, 'The candidate was not found.');
    const decision = (await this.repo.decisions([candidateId])).find((d) => d.round === c.round);
    if (!decision || c.stored !== 'decided') throw new AttestationException(E.NotDecided, 'The candidate is not decided.');
    await this.certificates.requestIssue(this.issueRequest(c, decision, actor.accountId));
    return this.view.oneCandidate(c, actor.accountId);
  }

  /** The plan with its deadline, the certificate, and on appeal the earlier certificate revoked when the outcome changed. */
  private async consequences(
    actor: Actor,
    c: CandidateRow,
    outcome: DecisionRow['outcome'],
    d: { decidedAt: Date; trainingDeadline: string | null; evidence: NonNullable<Awaited<ReturnType<EvidenceService['of']>>> },
  ): Promise<void> {
    if (outcome === 'meets_subject_to_training' && d.trainingDeadline) {
      try {
        const plan = await this.plans.fromAttestation(c.personId, d.trainingDeadline);
        await this.repo.setDecisionPlan(c.id, c.round, plan.id);
      } catch (error) {
        this.logger.warn(`No development plan for candidate ${c.id}: ${(error as Error).message}`);
      }
    }
    const earlier = c.round > 1 ? (await this.repo.decisions([c.id])).find((x) => x.round === c.round - 1) : undefined;
    if (earlier && earlier.outcome === outcome) return; // The appeal confirmed the decision: its certificate stands.
    if (earlier)
      await this.certificates.revokeForSource(
        c.id,
        earlier.round,
        'decision_changed_on_appeal',
        `Decision changed on appeal to ${outcome}`,
        actor.accountId,
      );
    if (outcome === 'does_not_meet') return;
    const decision = (await this.repo.decisions([c.id])).find((x) => x.round === c.round) as DecisionRow;
    await this.certificates.requestIssue(this.issueRequest(c, decision, actor.accountId));
  }

  private issueRequest(c: CandidateRow, d: DecisionRow, actorAccountId: string | null): IssueRequest {
    const evidence = d.evidence as {
      competencies: { competencyCode: string; achieved: number; required: number }[];
      positionCode: string | null;
    };
    return {
      sourceId: c.id,
      round: d.round,
      sessionId: c.sessionId,
      personId: c.personId,
      outcome: d.outcome,
      decidedAt: new Date(d.decidedAt).toISOString(),
      trainingDeadline: d.trainingDeadline,
      methodologyVersionId: d.methodologyVersionId,
      positionCode: evidence.positionCode,
      competencies: evidence.competencies.map((k) => ({ competencyCode: k.competencyCode, level: k.achieved, required: k.required })),
      actorAccountId,
    };
  }

  /** The candidate and its session, for a member of that session's commission (403 for other commission members). */
  private async forCommission(actor: Actor, candidateId: string): Promise<{ c: CandidateRow; a: SessionAccess }> {
    let c = await this.repo.candidate(candidateId);
    if (!c) throw new AttestationException(E.CandidateNotFound, 'The candidate was not found.');
    const session = await this.repo.session(c.sessionId);
    const members = await this.repo.members(c.sessionId);
    const member = members.find((m) => m.accountId === actor.accountId) ?? null;
    if (!session || !member)
      throw new AttestationException(E.NotAMember, 'Only members of this session’s commission vote on its candidates.');
    if (await this.sessions.settle(session)) c = (await this.repo.candidate(candidateId)) as CandidateRow;
    return { c, a: { session: (await this.repo.session(c.sessionId)) ?? session, members, manage: false, member } };
  }

  /** Votes and decisions come after the window (or on an appealed candidate), on someone who sat the exam. */
  private assertDeliberating(a: SessionAccess, c: CandidateRow): void {
    const status = candidateStatus(c);
    if (status === 'appealed') return;
    const session = statusOfSession(a.session);
    if (session === 'cancelled') throw new AttestationException(E.SessionCancelled, 'The session was cancelled.');
    if (session === 'scheduled' || session === 'open')
      throw new AttestationException(E.WindowNotClosed, 'The commission votes and decides after the window has closed.');
    if (status === 'decided') throw new AttestationException(E.AlreadyDecided, 'This candidate is already decided.');
    if (status === 'absent') throw new AttestationException(E.CandidateAbsent, 'The candidate was absent.');
    if (status !== 'attempted') throw new AttestationException(E.NoAttempt, 'The candidate has not finished an exam.');
  }
}
