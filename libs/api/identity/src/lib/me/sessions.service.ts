import { Injectable } from '@nestjs/common';
import type { RevokeAllResult, SessionInfo } from '@civics/contracts';
import { type Actor, NotFoundException, type RequestMeta } from '@civics/api-platform';
import { AuditAction, AuditService } from '@civics/api-audit';
import { SessionRepository } from '../auth/session.repository';
import { ipPrefix } from '../auth/ip-prefix';

/** A person's own sign-ins: see them, end one, end all ("sign out everywhere"). */
@Injectable()
export class SessionsService {
  constructor(
    private readonly sessions: SessionRepository,
    private readonly audit: AuditService,
  ) {}

  async list(actor: Actor): Promise<SessionInfo[]> {
    return (await this.sessions.liveOf(actor.accountId)).map(({ session, lastUsedAt }) => ({
      id: session.id,
      createdAt: session.createdAt.toISOString(),
      lastUsedAt: lastUsedAt.toISOString(),
      userAgent: session.userAgent ? session.userAgent.slice(0, 300) : null,
      ipPrefix: ipPrefix(session.ip),
      method: session.authMethod,
      current: session.id === actor.sessionId,
    }));
  }

  async revoke(actor: Actor, sessionId: string, meta: RequestMeta): Promise<void> {
    const session = await this.sessions.findLive(sessionId);
    // Someone else's session answers exactly like a missing one.
    if (!session || session.accountId !== actor.accountId) throw new NotFoundException('The session');
    await this.sessions.revoke(sessionId, 'revoked_by_owner');
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: AuditAction.SessionRevoked,
      requestId: meta.requestId,
      details: { sessionId },
    });
  }

  async revokeAll(actor: Actor, meta: RequestMeta): Promise<RevokeAllResult> {
    const revoked = await this.sessions.revokeAllOf(actor.accountId, 'signed_out_everywhere');
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: AuditAction.SignedOutEverywhere,
      requestId: meta.requestId,
      details: { revoked },
    });
    return { revoked };
  }
}
