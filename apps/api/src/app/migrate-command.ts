import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@civics/api-platform';
import { SCHEMA } from './schema';

/** `main.js migrate` applies pending migrations; `migrate:revert` undoes the last one. */
export async function runMigrationCommand(command: 'migrate' | 'migrate:revert', databaseUrl: string): Promise<void> {
  const ds = await new DataSource(dataSourceOptions(databaseUrl, SCHEMA, 2)).initialize();
  try {
    if (command === 'migrate') {
      const done = await ds.runMigrations({ transaction: 'each' });
      console.log(done.length ? `Applied: ${done.map((m) => m.name).join(', ')}` : 'Schema is up to date');
    } else {
      await ds.undoLastMigration({ transaction: 'each' });
      console.log('Reverted the last migration');
    }
  } finally {
    await ds.destroy();
  }
}
