import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAssessment1763884000000 implements MigrationInterface {
  name = 'CreateAssessment1763884000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE assessment_template (
        id uuid NOT NULL,
        title jsonb NOT NULL,
        purpose text NOT NULL,
        mode text NOT NULL,
        blueprint jsonb NOT NULL,
        methodology_version_id uuid NOT NULL,
        time_limit_minutes integer NOT NULL,
        shuffle_items boolean NOT NULL,
        shuffle_options boolean NOT NULL,
        navigation text NOT NULL,
        max_attempts integer NOT NULL,
        retake_wait_days integer NOT NULL,
        allow_review boolean NOT NULL,
        active boolean NOT NULL,
        created_by_account_id uuid NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT pk_assessment_template PRIMARY KEY (id),
        CONSTRAINT fk_assessment_template_methodology FOREIGN KEY (methodology_version_id) REFERENCES methodology_version (id),
        CONSTRAINT ck_assessment_template_purpose CHECK (purpose IN ('diagnostic', 'attestation', 'pre_training', 'post_training')),
        CONSTRAINT ck_assessment_template_navigation CHECK (navigation IN ('free', 'linear'))
      )`);
    await q.query(`
      CREATE TABLE attempt (
        id uuid NOT NULL,
        person_id uuid NOT NULL,
        template_id uuid NOT NULL,
        methodology_version_id uuid NOT NULL,
        position_code text NULL,
        seed integer NOT NULL,
        status text NOT NULL,
        started_at timestamptz NOT NULL,
        deadline timestamptz NOT NULL,
        submitted_at timestamptz NULL,
        scored_at timestamptz NULL,
        CONSTRAINT pk_attempt PRIMARY KEY (id),
        CONSTRAINT fk_attempt_person FOREIGN KEY (person_id) REFERENCES person (id),
        CONSTRAINT fk_attempt_template FOREIGN KEY (template_id) REFERENCES assessment_template (id),
        CONSTRAINT fk_attempt_methodology FOREIGN KEY (methodology_version_id) REFERENCES methodology_version (id),
        CONSTRAINT ck_attempt_status CHECK (status IN ('in_progress', 'submitted', 'expired', 'scored'))
      )`);
    // Starting twice at once yields one attempt: one open attempt per person and template.
    await q.query(`CREATE UNIQUE INDEX uq_attempt_open ON attempt (person_id, template_id) WHERE status = 'in_progress'`);
    await q.query(`CREATE INDEX ix_attempt_person ON attempt (person_id, started_at DESC)`);
    await q.query(`CREATE INDEX ix_attempt_deadline_open ON attempt (deadline) WHERE status = 'in_progress'`);
    await q.query(`
      CREATE TABLE attempt_item (
        attempt_id uuid NOT NULL,
        position integer NOT NULL,
        item_id uuid NOT NULL,
        option_order jsonb NULL,
        CONSTRAINT pk_attempt_item PRIMARY KEY (attempt_id, position),
        CONSTRAINT uq_attempt_item_item UNIQUE (attempt_id, item_id),
        CONSTRAINT fk_attempt_item_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id) ON DELETE CASCADE,
        CONSTRAINT fk_attempt_item_item FOREIGN KEY (item_id) REFERENCES item (id)
      )`);
    await q.query(`
      CREATE TABLE response (
        attempt_id uuid NOT NULL,
        item_id uuid NOT NULL,
        answer jsonb NULL,
        seq integer NOT NULL,
        flagged boolean NOT NULL DEFAULT false,
        saved_at timestamptz NOT NULL,
        CONSTRAINT pk_response PRIMARY KEY (attempt_id, item_id),
        CONSTRAINT fk_response_attempt_item FOREIGN KEY (attempt_id, item_id) REFERENCES attempt_item (attempt_id, item_id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE attempt_result (
        attempt_id uuid NOT NULL,
        competency_code text NOT NULL,
        earned double precision NOT NULL,
        possible double precision NOT NULL,
        achieved_level integer NOT NULL,
        CONSTRAINT pk_attempt_result PRIMARY KEY (attempt_id, competency_code),
        CONSTRAINT fk_attempt_result_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE competency_measurement (
        id bigserial NOT NULL,
        person_id uuid NOT NULL,
        competency_code text NOT NULL,
        level integer NOT NULL,
        attempt_id uuid NOT NULL,
        methodology_version_id uuid NOT NULL,
        measured_at timestamptz NOT NULL,
        CONSTRAINT pk_competency_measurement PRIMARY KEY (id),
        CONSTRAINT uq_competency_measurement_attempt UNIQUE (attempt_id, competency_code),
        CONSTRAINT fk_competency_measurement_person FOREIGN KEY (person_id) REFERENCES person (id),
        CONSTRAINT fk_competency_measurement_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id)
      )`);
    await q.query(`CREATE INDEX ix_competency_measurement_latest ON competency_measurement (person_id, competency_code, measured_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['competency_measurement', 'attempt_result', 'response', 'attempt_item', 'attempt', 'assessment_template'])
      await q.query(`DROP TABLE ${t}`);
  }
}
