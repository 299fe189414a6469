import { DataSource } from 'typeorm';
import { dataSourceOptions } from '@civics/api-platform';
import { SCHEMA } from '../../../apps/api/src/app/schema';
import { createTestDatabase, sql } from '../support/test-database';

describe('migrations', () => {
  it('run up on an empty database and all the way down again', async () => {
    const db = await createTestDatabase();
    const ds = await new DataSource(dataSourceOptions(db.url, SCHEMA, 2)).initialize();
    try {
      const applied = await ds.runMigrations({ transaction: 'each' });
      expect(applied.length).toBe(SCHEMA.migrations.length);
      const tables = await sql<{ table_name: string }>(
        db.url,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1`,
      );
      expect(tables.map((t) => t.table_name)).toEqual(
        expect.arrayContaining(['account', 'audit_event', 'organisation', 'person', 'schema_migrations']),
      );
      for (let i = 0; i < applied.length; i++) await ds.undoLastMigration({ transaction: 'each' });
      const left = await sql<{ table_name: string }>(
        db.url,
        `SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'schema_migrations'`,
      );
      expect(left).toEqual([]);
      // And up again: down left nothing behind that blocks a second run.
      expect((await ds.runMigrations({ transaction: 'each' })).length).toBe(SCHEMA.migrations.length);
    } finally {
      await ds.destroy();
      await db.drop();
    }
  });
});
