import type { MigrationInterface, QueryRunner } from 'typeorm';

export class AddAdaptiveAndCalibration1763885100000 implements MigrationInterface {
  name = 'AddAdaptiveAndCalibration1763885100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE assessment_template ADD COLUMN adaptive jsonb NULL`);
    await q.query(`ALTER TABLE assessment_template ADD CONSTRAINT ck_assessment_template_mode CHECK (mode IN ('fixed', 'adaptive'))`);
    // The adaptive decision trail lives on the delivered sequence: θ̂ when chosen, credit, θ̂ and SE after.
    await q.query(`
      ALTER TABLE attempt_item
        ADD COLUMN locked_at timestamptz NULL,
        ADD COLUMN theta_before double precision NULL,
        ADD COLUMN credit double precision NULL,
        ADD COLUMN theta_after double precision NULL,
        ADD COLUMN se_after double precision NULL,
        ADD COLUMN stop_reason text NULL,
        ADD CONSTRAINT ck_attempt_item_finite CHECK (
          (theta_after IS NULL OR theta_after BETWEEN -10 AND 10) AND (se_after IS NULL OR se_after BETWEEN 0 AND 10)
        )`);
    await q.query(`ALTER TABLE attempt_result ADD COLUMN theta double precision NULL, ADD COLUMN se double precision NULL`);
    await q.query(`
      CREATE TABLE calibration_run (
        id uuid NOT NULL,
        competency_code text NOT NULL,
        status text NOT NULL,
        persons integer NOT NULL,
        converged boolean NOT NULL,
        iterations integer NOT NULL,
        log_likelihood double precision NOT NULL,
        items jsonb NOT NULL,
        created_by_account_id uuid NULL,
        created_at timestamptz NOT NULL,
        decided_by_account_id uuid NULL,
        decided_at timestamptz NULL,
        comment text NULL,
        CONSTRAINT pk_calibration_run PRIMARY KEY (id),
        CONSTRAINT ck_calibration_run_status CHECK (status IN ('proposed', 'accepted', 'rejected')),
        CONSTRAINT ck_calibration_run_finite CHECK (log_likelihood <> 'NaN'::float8 AND log_likelihood > '-Infinity'::float8 AND log_likelihood < 'Infinity'::float8)
      )`);
    await q.query(`CREATE INDEX ix_calibration_run_created ON calibration_run (created_at DESC)`);
    await q.query(`CREATE INDEX ix_attempt_item_item ON attempt_item (item_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP INDEX ix_attempt_item_item`);
    await q.query(`DROP TABLE calibration_run`);
    await q.query(`ALTER TABLE attempt_result DROP COLUMN theta, DROP COLUMN se`);
    await q.query(`
      ALTER TABLE attempt_item DROP CONSTRAINT ck_attempt_item_finite,
        DROP COLUMN locked_at, DROP COLUMN theta_before, DROP COLUMN credit,
        DROP COLUMN theta_after, DROP COLUMN se_after, DROP COLUMN stop_reason`);
    await q.query(`ALTER TABLE assessment_template DROP CONSTRAINT ck_assessment_template_mode`);
    await q.query(`ALTER TABLE assessment_template DROP COLUMN adaptive`);
  }
}
