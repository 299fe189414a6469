import { randomUUID } from 'node:crypto';
import { Injectable, Logger, type OnApplicationBootstrap, type OnApplicationShutdown } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Client } from 'pg';
import type { DataSource, EntityManager } from 'typeorm';
import { DatabaseUrl } from '../database/database-url';

const CHANNEL = 'civics_cluster';
const RECONNECT_MS = 1000;

/** What a topic's handler receives: the payload, or `null` after a reconnect (events may have been missed). */
export type ClusterEventHandler = (payload: Record<string, unknown> | null) => void;

/**
 * Tells every API replica on the same database that something changed, through PostgreSQL
 * LISTEN/NOTIFY on the primary: the short in-memory caches (callers, methodology versions,
 * active items) drop an entry as soon as any replica changes it, not only when the change was
 * made in this process. A notification sent inside a transaction is delivered at its commit, so
 * no replica reloads the old row in between.
 *
 * Caches keep their short lifetimes as the bound when a notification is lost (listener
 * reconnecting): after a reconnect every handler is called with `null` and drops everything.
 */
@Injectable()
export class ClusterEvents implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger('cluster');
  private readonly handlers = new Map<string, ClusterEventHandler[]>();
  /** Lets this process skip its own notifications: it has already acted on them. */
  readonly origin = randomUUID();
  private client: Client | null = null;
  private stopped = false;
  private retry: NodeJS.Timeout | null = null;

  constructor(
    private readonly db: DatabaseUrl,
    @InjectDataSource() private readonly ds: DataSource,
  ) {}

  /** Calls `handler` whenever another process publishes `topic`. */
  on(topic: string, handler: ClusterEventHandler): void {
    this.handlers.set(topic, [...(this.handlers.get(topic) ?? []), handler]);
  }

  /**
   * Announces a change to the other processes. With `m` inside a transaction the notification
   * leaves at its commit (and not at all on a rollback); otherwise at once. Never throws: a lost
   * notification only means the other replicas' caches expire by themselves.
   */
  async publish(topic: string, payload: Record<string, unknown> = {}, m: EntityManager = this.ds.manager): Promise<void> {
    try {
      await m.query('SELECT pg_notify($1, $2)', [CHANNEL, JSON.stringify({ topic, origin: this.origin, payload })]);
    } catch (e) {
      this.logger.warn(`Could not announce ${topic}: ${(e as Error).message}`);
    }
  }

  /** True while this process receives the other replicas' notifications. */
  get listening(): boolean {
    return this.client !== null;
  }

  async onApplicationBootstrap(): Promise<void> {
    await this.connect();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    if (this.retry) clearTimeout(this.retry);
    const client = this.client;
    this.client = null;
    await client?.end().catch(() => undefined);
  }

  private async connect(): Promise<void> {
    if (this.stopped) return;
    const { Client: PgClient } = await import('pg');
    const client = new PgClient({ connectionString: this.db.url, application_name: 'civics-api-events' });
    const lost = (why: string) => {
      if (this.client !== client) return;
      this.client = null;
      void client.end().catch(() => undefined);
      this.logger.warn(`Listener lost (${why}); reconnecting`);
      this.scheduleReconnect();
    };
    client.on('error', (e) => lost(e.message));
    client.on('end', () => lost('connection ended'));
    client.on('notification', (n) => this.deliver(n.payload));
    try {
      await client.connect();
      await client.query(`LISTEN ${CHANNEL}`);
    } catch (e) {
      await client.end().catch(() => undefined);
      this.logger.warn(`Listener not connected (${(e as Error).message}); retrying`);
      this.scheduleReconnect();
      return;
    }
    if (this.stopped) {
      await client.end().catch(() => undefined);
      return;
    }
    const reconnected = this.everConnected;
    this.client = client;
    this.everConnected = true;
    // Whatever was announced while no listener was connected is unknown: drop every cache.
    if (reconnected) for (const list of this.handlers.values()) for (const h of list) h(null);
  }

  private everConnected = false;

  private scheduleReconnect(): void {
    if (this.stopped || this.retry) return;
    this.retry = setTimeout(() => {
      this.retry = null;
      void this.connect();
    }, RECONNECT_MS);
    this.retry.unref();
  }

  private deliver(raw: string | undefined): void {
    let message: { topic?: unknown; origin?: unknown; payload?: unknown };
    try {
      message = JSON.parse(raw ?? '') as typeof message;
    } catch {
      return;
    }
    if (message.origin === this.origin || typeof message.topic !== 'string') return;
    const payload = message.payload && typeof message.payload === 'object' ? (message.payload as Record<string, unknown>) : {};
    for (const h of this.handlers.get(message.topic) ?? []) {
      try {
        h(payload);
      } catch (e) {
        this.logger.warn(`Handler of ${message.topic} failed: ${(e as Error).message}`);
      }
    }
  }
}
