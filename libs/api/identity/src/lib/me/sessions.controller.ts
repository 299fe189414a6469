import { Controller } from '@nestjs/common';
import { type RevokeAllResult, SecurityRoutes, type SessionInfo } from '@civics/contracts';
import { type Actor, CurrentActor, CurrentRequestMeta, Endpoint, type RequestMeta, ValidParams } from '@civics/api-platform';
import { SessionsService } from './sessions.service';

@Controller()
export class SessionsController {
  constructor(private readonly sessions: SessionsService) {}

  @Endpoint(SecurityRoutes.mySessions)
  list(@CurrentActor() actor: Actor): Promise<SessionInfo[]> {
    return this.sessions.list(actor);
  }

  @Endpoint(SecurityRoutes.revokeSession)
  revoke(
    @CurrentActor() actor: Actor,
    @ValidParams(SecurityRoutes.revokeSession) params: { id: string },
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<void> {
    return this.sessions.revoke(actor, params.id, meta);
  }

  @Endpoint(SecurityRoutes.revokeAllSessions)
  revokeAll(@CurrentActor() actor: Actor, @CurrentRequestMeta() meta: RequestMeta): Promise<RevokeAllResult> {
    return this.sessions.revokeAll(actor, meta);
  }
}
