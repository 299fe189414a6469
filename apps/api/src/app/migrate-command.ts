import { DataSource } from 'typeorm';
import { dataSourceOptions, runMigrationsLocked } from '@civics/api-platform';
import { SCHEMA } from './schema';

export type MigrationCommand = 'migrate' | 'migrate:revert' | 'migrate:status';

export const MIGRATION_COMMANDS: readonly string[] = ['migrate', 'migrate:revert', 'migrate:status'];

/**
 * `main.js migrate` applies pending migrations (under the migration lock); `migrate:revert` undoes
 * the last one; `migrate:status` exits 0 when the schema is current and 3 while migrations are
 * pending (a Kubernetes init container waits on it until the migration job is done).
 */
export async function runMigrationCommand(command: MigrationCommand, databaseUrl: string): Promise<void> {
  const ds = await new DataSource(dataSourceOptions(databaseUrl, SCHEMA, 2)).initialize();
  try {
    if (command === 'migrate') {
      const done = await runMigrationsLocked(ds);
      console.log(done.length ? `Applied: ${done.map((m) => m.name).join(', ')}` : 'Schema is up to date');
    } else if (command === 'migrate:status') {
      const pending = await ds.showMigrations();
      console.log(pending ? 'Migrations are pending' : 'Schema is up to date');
      if (pending) process.exitCode = 3;
    } else {
      await ds.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration');
    }
  } finally {
    await ds.destroy();
  }
}
