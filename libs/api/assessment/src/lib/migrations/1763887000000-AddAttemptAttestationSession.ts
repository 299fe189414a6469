import type { MigrationInterface, QueryRunner } from 'typeorm';

/** An attestation attempt records the session it was taken in (the attestation feature adds the foreign key). */
export class AddAttemptAttestationSession1763887000000 implements MigrationInterface {
  name = 'AddAttemptAttestationSession1763887000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attempt ADD COLUMN attestation_session_id uuid NULL`);
    await q.query(
      `CREATE INDEX ix_attempt_attestation_session ON attempt (attestation_session_id) WHERE attestation_session_id IS NOT NULL`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_attempt_attestation_session`);
    await q.query(`ALTER TABLE attempt DROP COLUMN attestation_session_id`);
  }
}
