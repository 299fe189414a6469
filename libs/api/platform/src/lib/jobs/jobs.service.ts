import { Injectable, Logger, type OnApplicationShutdown } from '@nestjs/common';
import type { PgBoss as PgBossType } from 'pg-boss';
import { AppConfig } from '../config/app-config';
import { DatabaseUrl } from '../database/database-url';

export type JobHandler<T> = (data: T) => Promise<void>;

/**
 * Background jobs on pg-boss, in the same PostgreSQL database (schema `pgboss`).
 * Features register workers at start; any API replica may run them.
 */
@Injectable()
export class JobsService implements OnApplicationShutdown {
  private readonly logger = new Logger('jobs');
  private boss: PgBossType | null = null;
  private readonly workers: { queue: string; handler: JobHandler<unknown> }[] = [];
  private readonly schedules: { queue: string; cron: string }[] = [];

  constructor(
    private readonly config: AppConfig,
    private readonly db: DatabaseUrl,
  ) {}

  get running(): boolean {
    return this.boss !== null;
  }

  /** Registers a worker; it starts with the job runner (now, if already running). */
  async work<T>(queue: string, handler: JobHandler<T>): Promise<void> {
    this.workers.push({ queue, handler: handler as JobHandler<unknown> });
    if (this.boss) await this.attach(this.boss, queue, handler as JobHandler<unknown>);
  }

  /**
   * Queues a job. Works in every process: where jobs are disabled (API replicas beside a worker)
   * a producer-only pg-boss is started on first use, without workers, schedules or maintenance.
   */
  async send<T extends object>(queue: string, data: T, options: { singletonKey?: string; startAfter?: Date } = {}): Promise<string | null> {
    const boss = this.boss ?? (await this.producerOnly());
    await boss.createQueue(queue).catch(() => undefined);
    return boss.send(queue, data, options);
  }

  private producer: Promise<PgBossType> | null = null;

  private producerOnly(): Promise<PgBossType> {
    this.producer ??= import('pg-boss').then(async ({ PgBoss }) => {
      const boss = new PgBoss({ connectionString: this.db.url, schema: 'pgboss', max: 2, supervise: false, schedule: false });
      boss.on('error', (err: unknown) => this.logger.error({ err }, 'pg-boss error'));
      await boss.start();
      return boss;
    });
    this.producer.catch(() => (this.producer = null));
    return this.producer;
  }

  /** Runs `queue` on a cron schedule (one job per tick across all replicas). */
  async schedule(queue: string, cron: string): Promise<void> {
    this.schedules.push({ queue, cron });
    if (this.boss) await this.attachSchedule(this.boss, queue, cron);
  }

  async start(): Promise<void> {
    if (!this.config.jobsEnabled || this.boss) return;
    const { PgBoss } = await import('pg-boss');
    const boss = new PgBoss({ connectionString: this.db.url, schema: 'pgboss', max: 4 });
    boss.on('error', (err: unknown) => this.logger.error({ err }, 'pg-boss error'));
    await boss.start();
    this.boss = boss;
    for (const w of this.workers) await this.attach(boss, w.queue, w.handler);
    for (const s of this.schedules) await this.attachSchedule(boss, s.queue, s.cron);
    this.logger.log('Job runner started');
  }

  async onApplicationShutdown(): Promise<void> {
    const boss = this.boss;
    this.boss = null;
    if (boss) await boss.stop({ graceful: true, timeout: 5000 });
    const producer = this.producer;
    this.producer = null;
    if (producer) await (await producer.catch(() => null))?.stop({ graceful: false, timeout: 1000 });
  }

  private async attachSchedule(boss: PgBossType, queue: string, cron: string): Promise<void> {
    await boss.createQueue(queue).catch(() => undefined);
    await boss.schedule(queue, cron);
  }

  private async attach(boss: PgBossType, queue: string, handler: JobHandler<unknown>): Promise<void> {
    await boss.createQueue(queue).catch(() => undefined);
    await boss.work(queue, async (jobs: { data: unknown }[]) => {
      for (const job of jobs) await handler(job.data);
    });
  }
}
