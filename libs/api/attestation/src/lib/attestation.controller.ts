import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  type AppealInput,
  AttestationRoutes as R,
  type Attempt,
  type Candidate,
  type CommissionAccount,
  type DecisionInput,
  type DueCandidate,
  type DueCandidatesQuery,
  type IdParam,
  type Language,
  type MyAttestation,
  type Pipeline,
  type SessionCreate,
  type SessionDetail,
  type SessionListQuery,
  type SessionSummary,
  type Template,
  type VoteInput,
} from '@civics/contracts';
import {
  type Actor,
  CurrentActor,
  CurrentRequestMeta,
  Endpoint,
  type RequestMeta,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@civics/api-platform';
import { SessionService } from './session.service';
import { DecisionService } from './decision.service';

@Controller()
export class AttestationController {
  constructor(
    private readonly sessions: SessionService,
    private readonly decisions: DecisionService,
  ) {}

  @Endpoint(R.listSessions)
  list(@CurrentActor() actor: Actor, @ValidQuery(R.listSessions) q: SessionListQuery): Promise<SessionSummary[]> {
    return this.sessions.list(actor, q);
  }

  @Endpoint(R.pipeline)
  pipeline(@CurrentActor() actor: Actor, @ValidQuery(R.pipeline) q: { organisationId?: string }): Promise<Pipeline> {
    return this.sessions.pipeline(actor, q.organisationId);
  }

  @Endpoint(R.dueCandidates)
  due(@CurrentActor() actor: Actor, @ValidQuery(R.dueCandidates) q: DueCandidatesQuery): Promise<DueCandidate[]> {
    return this.sessions.due(actor, q);
  }

  @Endpoint(R.commissionAccounts)
  commissionAccounts(): Promise<CommissionAccount[]> {
    return this.sessions.commissionAccounts();
  }

  @Endpoint(R.templates)
  templates(): Promise<Template[]> {
    return this.sessions.templatesToSchedule();
  }

  @Endpoint(R.createSession)
  create(
    @CurrentActor() actor: Actor,
    @ValidBody(R.createSession) body: SessionCreate,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<SessionDetail> {
    return this.sessions.create(actor, body, meta);
  }

  @Endpoint(R.cancelSession)
  cancel(
    @CurrentActor() actor: Actor,
    @ValidParams(R.cancelSession) p: IdParam,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<SessionDetail> {
    return this.sessions.cancel(actor, p.id, meta);
  }

  @Endpoint(R.commissionSessions)
  commission(@CurrentActor() actor: Actor): Promise<SessionSummary[]> {
    return this.sessions.commission(actor);
  }

  @Endpoint(R.getSession)
  get(@CurrentActor() actor: Actor, @ValidParams(R.getSession) p: IdParam): Promise<SessionDetail> {
    return this.sessions.detail(actor, p.id);
  }

  @Endpoint(R.protocol)
  async protocol(
    @CurrentActor() actor: Actor,
    @ValidParams(R.protocol) p: IdParam,
    @ValidQuery(R.protocol) q: { lang: Language },
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<Buffer> {
    const file = await this.sessions.protocol(actor, p.id, q.lang);
    void reply.header('content-type', 'application/pdf').header('content-disposition', `attachment; filename="${file.fileName}"`);
    return file.bytes;
  }

  @Endpoint(R.startAttempt)
  start(@CurrentActor() actor: Actor, @ValidParams(R.startAttempt) p: IdParam): Promise<Attempt> {
    return this.decisions.startAttempt(actor, p.id);
  }

  @Endpoint(R.vote)
  vote(
    @CurrentActor() actor: Actor,
    @ValidParams(R.vote) p: IdParam,
    @ValidBody(R.vote) body: VoteInput,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Candidate> {
    return this.decisions.vote(actor, p.id, body, meta);
  }

  @Endpoint(R.decide)
  decide(
    @CurrentActor() actor: Actor,
    @ValidParams(R.decide) p: IdParam,
    @ValidBody(R.decide) body: DecisionInput,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Candidate> {
    return this.decisions.decide(actor, p.id, body, meta);
  }

  @Endpoint(R.closeSession)
  close(
    @CurrentActor() actor: Actor,
    @ValidParams(R.closeSession) p: IdParam,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<SessionDetail> {
    return this.decisions.close(actor, p.id, meta);
  }

  @Endpoint(R.issueCertificate)
  reissue(@CurrentActor() actor: Actor, @ValidParams(R.issueCertificate) p: IdParam): Promise<Candidate> {
    return this.decisions.reissue(actor, p.id);
  }

  @Endpoint(R.mine)
  mine(@CurrentActor() actor: Actor): Promise<MyAttestation[]> {
    return this.sessions.mine(actor);
  }

  @Endpoint(R.appeal)
  appeal(
    @CurrentActor() actor: Actor,
    @ValidParams(R.appeal) p: IdParam,
    @ValidBody(R.appeal) body: AppealInput,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<MyAttestation> {
    return this.decisions.appeal(actor, p.id, body, meta);
  }
}
