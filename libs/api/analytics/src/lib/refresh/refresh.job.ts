import { Injectable, Logger, type OnApplicationBootstrap, type BeforeApplicationShutdown } from '@nestjs/common';
import { JobsService } from '@civics/api-platform';
import { RefreshService } from './refresh.service';

export const REFRESH_QUEUE = 'analytics.refresh';

/**
 * pg-boss job `analytics.refresh`: every minute, and right after a roster import, brings the
 * aggregates up to date (cheap when nothing changed: one look at the queue of changed people).
 */
@Injectable()
export class RefreshJob implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(REFRESH_QUEUE);
  /** A refresh started in this process, awaited at shutdown so it never dies half-way. */
  private inFlight: Promise<unknown> | null = null;

  constructor(
    private readonly jobs: JobsService,
    private readonly refresh: RefreshService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(REFRESH_QUEUE, async () => {
      await this.refresh.refresh();
    });
    await this.jobs.schedule(REFRESH_QUEUE, '* * * * *');
  }

  /** Asks for a refresh soon (through the job queue when it runs, else in this process). */
  async requestSoon(): Promise<void> {
    if (this.jobs.running) {
      await this.jobs.send(REFRESH_QUEUE, {}, { singletonKey: REFRESH_QUEUE });
      return;
    }
    const run = this.refresh
      .refresh()
      .catch((err: unknown) => this.logger.error({ err }, 'Analytics refresh failed'))
      .finally(() => {
        if (this.inFlight === run) this.inFlight = null;
      });
    this.inFlight = run;
  }

  async beforeApplicationShutdown(): Promise<void> {
    await this.inFlight;
  }
}
