import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAuditEvent1763881000000 implements MigrationInterface {
  name = 'CreateAuditEvent1763881000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE SEQUENCE audit_event_seq`);
    await q.query(`
      CREATE TABLE audit_event (
        seq bigint NOT NULL,
        occurred_at timestamptz NOT NULL,
        actor_account_id uuid NULL,
        action text NOT NULL,
        subject_person_id uuid NULL,
        purpose text NULL,
        request_id text NULL,
        details jsonb NOT NULL DEFAULT '{}'::jsonb,
        prev_hash text NOT NULL,
        hash text NOT NULL,
        CONSTRAINT pk_audit_event PRIMARY KEY (seq)
      )`);
    await q.query(
      `CREATE INDEX ix_audit_event_subject ON audit_event (subject_person_id, occurred_at DESC) WHERE subject_person_id IS NOT NULL`,
    );
    await q.query(`CREATE INDEX ix_audit_event_actor ON audit_event (actor_account_id, occurred_at DESC)`);
    // Append-only at the database level: rows are never changed or removed by the application.
    await q.query(`
      CREATE FUNCTION audit_event_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        RAISE EXCEPTION 'audit_event is append-only' USING ERRCODE = 'insufficient_privilege';
      END $$`);
    await q.query(
      `CREATE TRIGGER trg_audit_event_no_update BEFORE UPDATE OR DELETE ON audit_event FOR EACH ROW EXECUTE FUNCTION audit_event_append_only()`,
    );
    await q.query(
      `CREATE TRIGGER trg_audit_event_no_truncate BEFORE TRUNCATE ON audit_event FOR EACH STATEMENT EXECUTE FUNCTION audit_event_append_only()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE audit_event`);
    await q.query(`DROP FUNCTION audit_event_append_only()`);
    await q.query(`DROP SEQUENCE audit_event_seq`);
  }
}
