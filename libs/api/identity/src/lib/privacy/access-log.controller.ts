import { Controller } from '@nestjs/common';
import { type AccessLogEntry, SecurityRoutes } from '@civics/contracts';
import { type Actor, CurrentActor, Endpoint } from '@civics/api-platform';
import { AccessLogService } from './access-log.service';

@Controller()
export class AccessLogController {
  constructor(private readonly log: AccessLogService) {}

  @Endpoint(SecurityRoutes.accessLog)
  mine(@CurrentActor() actor: Actor): Promise<AccessLogEntry[]> {
    return this.log.mine(actor);
  }
}
