import { Controller, Res } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import { PlatformRoutes, type Health } from '@civics/contracts';
import { Endpoint } from '../http/endpoint.decorator';
import { HealthService } from './health.service';
import { APP_VERSION } from '../version';

@Controller()
export class HealthController {
  constructor(private readonly health: HealthService) {}

  @Endpoint(PlatformRoutes.health)
  async check(@Res({ passthrough: true }) reply: FastifyReply): Promise<Health> {
    const result = await this.health.check(APP_VERSION);
    if (result.database === 'down') void reply.status(503);
    return result;
  }

  @Endpoint(PlatformRoutes.liveness)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }
}
