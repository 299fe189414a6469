import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '@civics/api-platform';
import { RetentionService } from './retention.service';

export const RETENTION_QUEUE = 'privacy.retention';

/** Nightly: pseudonymises people whose retention period after leaving the service has ended. */
@Injectable()
export class RetentionJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(RETENTION_QUEUE);

  constructor(
    private readonly jobs: JobsService,
    private readonly retention: RetentionService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(RETENTION_QUEUE, async () => {
      const r = await this.retention.run(null);
      if (r.pseudonymised) this.logger.log(`Pseudonymised ${r.pseudonymised} people who left before ${r.cutoff}`);
    });
    await this.jobs.schedule(RETENTION_QUEUE, '40 2 * * *');
  }
}
