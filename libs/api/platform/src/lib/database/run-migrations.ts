import type { DataSource, Migration } from 'typeorm';

/** Any fixed number shared by every process of the platform: the key of the migration lock. */
const MIGRATION_LOCK_KEY = 727_001;

/**
 * Applies pending migrations while holding a PostgreSQL advisory lock, so replicas that start at
 * once (MIGRATIONS_RUN=true) or a migration job that is retried never run the same migration
 * twice: the second one waits, then finds nothing pending.
 */
export async function runMigrationsLocked(ds: DataSource): Promise<Migration[]> {
  const lock = ds.createQueryRunner('master');
  try {
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await ds.runMigrations({ transaction: 'each' });
  } finally {
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await lock.release();
  }
}
