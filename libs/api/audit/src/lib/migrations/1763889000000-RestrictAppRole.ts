import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The API works as `civics_app` (see PlatformModule): it may read and write every table except
 * that it cannot UPDATE, DELETE or TRUNCATE the audit trail. The role is cluster-wide and created
 * when missing (several databases of one server share it, so parallel creation is tolerated);
 * when the migrating user may not create roles, the step is skipped with a notice and the
 * append-only triggers still stop every change, the owner's included.
 */
export class RestrictAppRole1763889000000 implements MigrationInterface {
  name = 'RestrictAppRole1763889000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      DO $$
      BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'civics_app') THEN
          BEGIN
            CREATE ROLE civics_app NOLOGIN;
          EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
          END;
        END IF;
      EXCEPTION WHEN insufficient_privilege THEN
        RAISE NOTICE 'civics_app not created: the migrating user may not create roles';
      END $$`);
    const [{ present }] = (await q.query(`SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'civics_app') AS present`)) as {
      present: boolean;
    }[];
    if (!present) return;
    await q.query(`GRANT USAGE ON SCHEMA public TO civics_app`);
    await q.query(`GRANT SELECT, INSERT, UPDATE, DELETE ON ALL TABLES IN SCHEMA public TO civics_app`);
    await q.query(`GRANT USAGE, SELECT, UPDATE ON ALL SEQUENCES IN SCHEMA public TO civics_app`);
    // Tables later migrations create get the same rights.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO civics_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT, UPDATE ON SEQUENCES TO civics_app`);
    await q.query(`REVOKE UPDATE, DELETE, TRUNCATE ON audit_event FROM civics_app`);
    // A login user that is not a superuser needs membership to switch to the role.
    await q.query(`
      DO $$
      BEGIN
        IF NOT pg_has_role(current_user, 'civics_app', 'MEMBER') THEN
          EXECUTE format('GRANT civics_app TO %I', current_user);
        END IF;
      EXCEPTION WHEN insufficient_privilege OR unique_violation THEN
        RAISE NOTICE 'could not make % a member of civics_app', current_user;
      END $$`);
  }

  async down(q: QueryRunner): Promise<void> {
    const [{ present }] = (await q.query(`SELECT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'civics_app') AS present`)) as {
      present: boolean;
    }[];
    if (!present) return;
    // The role itself stays: other databases on the server may use it.
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON SEQUENCES FROM civics_app`);
    await q.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE ALL ON TABLES FROM civics_app`);
    await q.query(`REVOKE ALL ON ALL SEQUENCES IN SCHEMA public FROM civics_app`);
    await q.query(`REVOKE ALL ON ALL TABLES IN SCHEMA public FROM civics_app`);
    await q.query(`REVOKE USAGE ON SCHEMA public FROM civics_app`);
  }
}
