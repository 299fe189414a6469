import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '@civics/api-platform';
import { DeliveryService } from './delivery.service';

export const EXPIRE_ATTEMPTS_QUEUE = 'attempts.expire';

/** Every minute, any replica scores the attempts whose time ran out. */
@Injectable()
export class ExpiryJob implements OnApplicationBootstrap {
  private readonly logger = new Logger('attempts.expire');

  constructor(
    private readonly jobs: JobsService,
    private readonly delivery: DeliveryService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(EXPIRE_ATTEMPTS_QUEUE, async () => {
      const n = await this.delivery.expireDue();
      if (n) this.logger.log(`Scored ${n} expired attempts`);
    });
    await this.jobs.schedule(EXPIRE_ATTEMPTS_QUEUE, '* * * * *');
  }
}
