import { Injectable } from '@nestjs/common';
import type {
  Candidate,
  Certificate,
  Decision,
  Evidence,
  MyAttestation,
  SessionDetail,
  SessionStatus,
  SessionSummary,
  Vote,
} from '@civics/contracts';
import { sessionStatus, votesNeededForQuorum, windowOpen } from '@civics/domain';
import { AppConfig } from '@civics/api-platform';
import { MethodologyService } from '@civics/api-methodology';
import { CertificateService } from '@civics/api-credentials';
import {
  AttestationRepository,
  type CandidateRow,
  candidateStatus,
  type DecisionRow,
  type MemberRow,
  type SessionRow,
  type VoteRow,
} from './attestation.repository';
import { EvidenceService } from './evidence.service';

const iso = (d: Date | string) => new Date(d).toISOString();

export function statusOfSession(s: SessionRow, now = new Date()): SessionStatus {
  return sessionStatus(
    {
      startsAt: new Date(s.startsAt),
      endsAt: new Date(s.endsAt),
      decided: s.status === 'decided',
      cancelled: s.status === 'cancelled',
      candidates: s.total,
      finished: s.attempted + s.absent + s.decided + s.appealed,
    },
    now,
  );
}

function toDecision(d: DecisionRow): Decision {
  return {
    round: d.round,
    outcome: d.outcome,
    recommendation: d.recommendation,
    justification: d.justification,
    votes: d.votes,
    decidedAt: iso(d.decidedAt),
    decidedByName: d.decidedByName,
    methodologyVersionId: d.methodologyVersionId,
    trainingDeadline: d.trainingDeadline,
    retakeOn: d.retakeOn,
  };
}

function toVote(v: VoteRow): Vote {
  return {
    accountId: v.accountId,
    memberName: v.memberName,
    round: v.round,
    outcome: v.outcome,
    comment: v.comment,
    castAt: iso(v.castAt),
  };
}

/** Everything about a set of candidates that the views need, read once. */
interface CandidateFacts {
  readonly votes: VoteRow[];
  readonly decisions: DecisionRow[];
  readonly certificates: { sourceId: string; round: number; certificate: Certificate }[];
}

/** Builds the contract views of sessions and candidates (for HR, the commission and the candidate). */
@Injectable()
export class SessionView {
  constructor(
    private readonly repo: AttestationRepository,
    private readonly evidence: EvidenceService,
    private readonly certificates: CertificateService,
    private readonly methodology: MethodologyService,
    private readonly config: AppConfig,
  ) {}

  summary(s: SessionRow, myRole: 'chair' | 'member' | null): SessionSummary {
    return {
      id: s.id,
      title: s.title,
      organisationId: s.organisationId,
      organisationName: s.organisationName,
      startsAt: iso(s.startsAt),
      endsAt: iso(s.endsAt),
      place: s.place,
      onlineUrl: s.onlineUrl,
      templateId: s.templateId,
      templateTitle: s.templateTitle,
      timeLimitMinutes: s.timeLimitMinutes,
      methodologyVersionId: s.methodologyVersionId,
      status: statusOfSession(s),
      members: s.members,
      chairName: s.chairName ?? '',
      candidates: {
        total: s.total,
        invited: s.invited,
        inProgress: s.inProgress,
        attempted: s.attempted,
        absent: s.absent,
        decided: s.decided,
        appealed: s.appealed,
      },
      myRole,
      closedAt: s.closedAt ? iso(s.closedAt) : null,
    };
  }

  async summaries(rows: readonly SessionRow[], accountId: string): Promise<SessionSummary[]> {
    const mine = await this.repo.memberships(accountId);
    return rows.map((s) => this.summary(s, mine.has(s.id) ? (mine.get(s.id) ? 'chair' : 'member') : null));
  }

  async quorum(
    s: Pick<SessionRow, 'methodologyVersionId'>,
    members: number,
  ): Promise<{ fraction: number; members: number; votesNeeded: number }> {
    const version = await this.methodology.get(undefined, s.methodologyVersionId);
    const fraction = version.content.attestationRules.commissionQuorum;
    return { fraction, members, votesNeeded: members > 0 ? votesNeededForQuorum(members, fraction) : 0 };
  }

  async detail(s: SessionRow, members: readonly MemberRow[], accountId: string): Promise<SessionDetail> {
    const me = members.find((m) => m.accountId === accountId);
    const quorum = await this.quorum(s, members.length);
    const rows = await this.repo.candidates(s.id);
    const facts = await this.facts(rows.map((c) => c.id));
    const candidateList: Candidate[] = [];
    for (const c of rows) candidateList.push(await this.candidate(c, facts, quorum.votesNeeded, accountId));
    return {
      ...this.summary(s, me ? (me.chair ? 'chair' : 'member') : null),
      quorum,
      commission: members.map((m) => ({ accountId: m.accountId, name: m.name, chair: m.chair })),
      candidateList,
      appealDays: this.config.attestationAppealDays,
    };
  }

  async oneCandidate(c: CandidateRow, accountId: string): Promise<Candidate> {
    const s = (await this.repo.session(c.sessionId)) as SessionRow;
    const quorum = await this.quorum(s, s.members);
    return this.candidate(c, await this.facts([c.id]), quorum.votesNeeded, accountId);
  }

  /** The candidate's own view of each of their sessions. */
  async mine(personId: string): Promise<MyAttestation[]> {
    const rows = await this.repo.candidaciesOfPerson(personId);
    const facts = await this.facts(rows.map((c) => c.id));
    const out: MyAttestation[] = [];
    const now = new Date();
    for (const c of rows) {
      const s = (await this.repo.session(c.sessionId)) as SessionRow;
      const { candidates: _c, myRole: _r, ...session } = this.summary(s, null);
      const status = candidateStatus(c);
      const decisions = facts.decisions.filter((d) => d.candidateId === c.id);
      const latest = decisions.at(-1) ?? null;
      const first = decisions.find((d) => d.round === 1) ?? null;
      const appealUntil = first ? new Date(new Date(first.decidedAt).getTime() + this.config.attestationAppealDays * 86_400_000) : null;
      const cert = this.latestCertificate(c.id, facts);
      out.push({
        candidateId: c.id,
        session,
        status,
        attemptId: c.attemptId,
        attemptStatus: c.attemptStatus,
        canStart:
          s.status === 'scheduled' &&
          windowOpen({ startsAt: new Date(s.startsAt), endsAt: new Date(s.endsAt) }, now) &&
          (status === 'invited' || status === 'in_progress'),
        evidence: latest ? (latest.evidence as Evidence) : null,
        decision: latest ? toDecision(latest) : null,
        appeal: c.appealedAt && c.appealReason ? { reason: c.appealReason, appealedAt: iso(c.appealedAt) } : null,
        appealUntil: appealUntil ? appealUntil.toISOString() : null,
        canAppeal: status === 'decided' && c.round === 1 && !c.appealedAt && !!appealUntil && appealUntil > now,
        certificateSerial: cert?.serial ?? null,
        certificatePending: this.pending(c, latest, facts),
      });
    }
    return out;
  }

  private async facts(candidateIds: readonly string[]): Promise<CandidateFacts> {
    return {
      votes: await this.repo.votes(candidateIds),
      decisions: await this.repo.decisions(candidateIds),
      certificates: await this.certificates.ofSources(candidateIds),
    };
  }

  private latestCertificate(candidateId: string, facts: CandidateFacts): Certificate | null {
    return facts.certificates.filter((x) => x.sourceId === candidateId).at(-1)?.certificate ?? null;
  }

  /** A passing decision of the current round whose certificate is not there yet (the job is on it). */
  private pending(c: CandidateRow, decision: DecisionRow | null, facts: CandidateFacts): boolean {
    if (!decision || decision.round !== c.round || decision.outcome === 'does_not_meet') return false;
    const mine = facts.certificates.filter((x) => x.sourceId === c.id);
    // Kept from an earlier round when the appeal confirmed the same outcome.
    if (mine.some((x) => x.certificate.status !== 'revoked')) return false;
    return !mine.some((x) => x.round === decision.round);
  }

  private async candidate(c: CandidateRow, facts: CandidateFacts, votesNeeded: number, accountId: string): Promise<Candidate> {
    const decisions = facts.decisions.filter((d) => d.candidateId === c.id);
    const current = decisions.find((d) => d.round === c.round) ?? null;
    const votes = facts.votes.filter((v) => v.candidateId === c.id);
    const status = candidateStatus(c);
    const evidence = current ? (current.evidence as Evidence) : status === 'absent' ? null : await this.evidence.of(c.attemptId);
    return {
      id: c.id,
      personId: c.personId,
      personName: c.personName,
      personalCode: c.personalCode,
      positionCode: c.positionCode,
      positionTitle: c.positionTitle,
      status,
      dueReasons: c.dueReasons,
      round: c.round,
      attemptId: c.attemptId,
      attemptStatus: c.attemptStatus,
      evidence,
      votes: votes.map(toVote),
      votesNeeded,
      myVote: votes.find((v) => v.round === c.round && v.accountId === accountId)?.outcome ?? null,
      decision: current ? toDecision(current) : null,
      history: decisions.filter((d) => d.round !== c.round).map(toDecision),
      appeal: c.appealedAt && c.appealReason ? { reason: c.appealReason, appealedAt: iso(c.appealedAt) } : null,
      certificateSerial: this.latestCertificate(c.id, facts)?.serial ?? null,
      certificatePending: this.pending(c, current, facts),
    };
  }
}
