import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateAttestation1763887300000 implements MigrationInterface {
  name = 'CreateAttestation1763887300000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE attestation_session (
        id uuid NOT NULL,
        title text NOT NULL,
        organisation_id uuid NOT NULL,
        starts_at timestamptz NOT NULL,
        ends_at timestamptz NOT NULL,
        place text NULL,
        online_url text NULL,
        template_id uuid NOT NULL,
        methodology_version_id uuid NOT NULL,
        status text NOT NULL DEFAULT 'scheduled',
        created_by_account_id uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz NULL,
        closed_by_account_id uuid NULL,
        cancelled_at timestamptz NULL,
        CONSTRAINT pk_attestation_session PRIMARY KEY (id),
        CONSTRAINT fk_attestation_session_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
        CONSTRAINT fk_attestation_session_template FOREIGN KEY (template_id) REFERENCES assessment_template (id),
        CONSTRAINT fk_attestation_session_methodology FOREIGN KEY (methodology_version_id) REFERENCES methodology_version (id),
        CONSTRAINT fk_attestation_session_created_by FOREIGN KEY (created_by_account_id) REFERENCES account (id),
        CONSTRAINT fk_attestation_session_closed_by FOREIGN KEY (closed_by_account_id) REFERENCES account (id),
        CONSTRAINT ck_attestation_session_window CHECK (ends_at > starts_at),
        CONSTRAINT ck_attestation_session_where CHECK (place IS NOT NULL OR online_url IS NOT NULL),
        CONSTRAINT ck_attestation_session_status CHECK (status IN ('scheduled', 'decided', 'cancelled')),
        CONSTRAINT ck_attestation_session_closed CHECK ((status = 'decided') = (closed_at IS NOT NULL))
      )`);
    await q.query(`CREATE INDEX ix_attestation_session_organisation ON attestation_session (organisation_id, starts_at)`);
    await q.query(`CREATE INDEX ix_attestation_session_window ON attestation_session (ends_at) WHERE status = 'scheduled'`);
    await q.query(`
      CREATE TABLE attestation_member (
        session_id uuid NOT NULL,
        account_id uuid NOT NULL,
        chair boolean NOT NULL DEFAULT false,
        CONSTRAINT pk_attestation_member PRIMARY KEY (session_id, account_id),
        CONSTRAINT fk_attestation_member_session FOREIGN KEY (session_id) REFERENCES attestation_session (id) ON DELETE CASCADE,
        CONSTRAINT fk_attestation_member_account FOREIGN KEY (account_id) REFERENCES account (id)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_attestation_member_chair ON attestation_member (session_id) WHERE chair`);
    await q.query(`CREATE INDEX ix_attestation_member_account ON attestation_member (account_id)`);
    await q.query(`
      CREATE TABLE attestation_candidate (
        id uuid NOT NULL,
        session_id uuid NOT NULL,
        person_id uuid NOT NULL,
        due_reasons jsonb NOT NULL DEFAULT '[]',
        status text NOT NULL DEFAULT 'invited',
        attempt_id uuid NULL,
        round integer NOT NULL DEFAULT 1,
        absent_at timestamptz NULL,
        appeal_reason text NULL,
        appealed_at timestamptz NULL,
        CONSTRAINT pk_attestation_candidate PRIMARY KEY (id),
        CONSTRAINT uq_attestation_candidate_person UNIQUE (session_id, person_id),
        CONSTRAINT fk_attestation_candidate_session FOREIGN KEY (session_id) REFERENCES attestation_session (id) ON DELETE CASCADE,
        CONSTRAINT fk_attestation_candidate_person FOREIGN KEY (person_id) REFERENCES person (id),
        CONSTRAINT fk_attestation_candidate_attempt FOREIGN KEY (attempt_id) REFERENCES attempt (id),
        CONSTRAINT ck_attestation_candidate_status CHECK (status IN ('invited', 'absent', 'decided', 'appealed')),
        CONSTRAINT ck_attestation_candidate_absent CHECK ((status = 'absent') = (absent_at IS NOT NULL)),
        CONSTRAINT ck_attestation_candidate_round CHECK (round >= 1),
        CONSTRAINT ck_attestation_candidate_appeal CHECK ((appealed_at IS NULL) = (appeal_reason IS NULL))
      )`);
    await q.query(`CREATE INDEX ix_attestation_candidate_person ON attestation_candidate (person_id)`);
    await q.query(`
      CREATE TABLE attestation_vote (
        candidate_id uuid NOT NULL,
        round integer NOT NULL,
        account_id uuid NOT NULL,
        outcome text NOT NULL,
        comment text NULL,
        cast_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_attestation_vote PRIMARY KEY (candidate_id, round, account_id),
        CONSTRAINT fk_attestation_vote_candidate FOREIGN KEY (candidate_id) REFERENCES attestation_candidate (id) ON DELETE CASCADE,
        CONSTRAINT fk_attestation_vote_account FOREIGN KEY (account_id) REFERENCES account (id),
        CONSTRAINT ck_attestation_vote_outcome CHECK (outcome IN ('meets', 'meets_subject_to_training', 'does_not_meet'))
      )`);
    await q.query(`
      CREATE TABLE attestation_decision (
        candidate_id uuid NOT NULL,
        round integer NOT NULL,
        outcome text NOT NULL,
        recommendation text NOT NULL,
        justification text NULL,
        evidence jsonb NOT NULL,
        votes jsonb NOT NULL,
        methodology_version_id uuid NOT NULL,
        decided_at timestamptz NOT NULL,
        decided_by_account_id uuid NULL,
        training_deadline date NULL,
        retake_on date NULL,
        plan_id uuid NULL,
        CONSTRAINT pk_attestation_decision PRIMARY KEY (candidate_id, round),
        CONSTRAINT fk_attestation_decision_candidate FOREIGN KEY (candidate_id) REFERENCES attestation_candidate (id) ON DELETE CASCADE,
        CONSTRAINT fk_attestation_decision_methodology FOREIGN KEY (methodology_version_id) REFERENCES methodology_version (id),
        CONSTRAINT fk_attestation_decision_account FOREIGN KEY (decided_by_account_id) REFERENCES account (id),
        CONSTRAINT ck_attestation_decision_outcome CHECK (
          outcome IN ('meets', 'meets_subject_to_training', 'does_not_meet')
          AND recommendation IN ('meets', 'meets_subject_to_training', 'does_not_meet')
        ),
        -- A decision other than the recommendation carries its written justification.
        CONSTRAINT ck_attestation_decision_justified CHECK (outcome = recommendation OR char_length(justification) >= 20)
      )`);
    await q.query(
      `ALTER TABLE attempt ADD CONSTRAINT fk_attempt_attestation_session FOREIGN KEY (attestation_session_id) REFERENCES attestation_session (id)`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`ALTER TABLE attempt DROP CONSTRAINT fk_attempt_attestation_session`);
    for (const t of ['attestation_decision', 'attestation_vote', 'attestation_candidate', 'attestation_member', 'attestation_session'])
      await q.query(`DROP TABLE ${t}`);
  }
}
