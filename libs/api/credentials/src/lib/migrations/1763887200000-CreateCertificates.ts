import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateCertificates1763887200000 implements MigrationInterface {
  name = 'CreateCertificates1763887200000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE certificate_status_list (
        id integer NOT NULL,
        purpose text NOT NULL DEFAULT 'revocation',
        size integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_certificate_status_list PRIMARY KEY (id),
        CONSTRAINT ck_certificate_status_list_purpose CHECK (purpose = 'revocation'),
        CONSTRAINT ck_certificate_status_list_size CHECK (size > 0 AND size % 8 = 0)
      )`);
    await q.query(`
      CREATE TABLE certificate (
        id uuid NOT NULL,
        serial text NOT NULL,
        person_id uuid NOT NULL,
        holder_name text NOT NULL,
        source_id uuid NOT NULL,
        source_round integer NOT NULL,
        session_id uuid NULL,
        outcome text NOT NULL,
        note jsonb NULL,
        methodology_version_id uuid NOT NULL,
        position_code text NULL,
        competencies jsonb NOT NULL,
        issued_at timestamptz NOT NULL,
        valid_until date NOT NULL,
        key_id text NOT NULL,
        jws text NOT NULL,
        status_list_id integer NOT NULL,
        status_index integer NOT NULL,
        revoked_at timestamptz NULL,
        revocation_reason text NULL,
        revocation_note text NULL,
        revoked_by_account_id uuid NULL,
        CONSTRAINT pk_certificate PRIMARY KEY (id),
        CONSTRAINT uq_certificate_serial UNIQUE (serial),
        CONSTRAINT uq_certificate_source UNIQUE (source_id, source_round),
        CONSTRAINT uq_certificate_status_entry UNIQUE (status_list_id, status_index),
        CONSTRAINT fk_certificate_person FOREIGN KEY (person_id) REFERENCES person (id),
        CONSTRAINT fk_certificate_methodology FOREIGN KEY (methodology_version_id) REFERENCES methodology_version (id),
        CONSTRAINT fk_certificate_status_list FOREIGN KEY (status_list_id) REFERENCES certificate_status_list (id),
        CONSTRAINT ck_certificate_outcome CHECK (outcome IN ('meets', 'meets_subject_to_training')),
        CONSTRAINT ck_certificate_validity CHECK (valid_until > issued_at::date),
        CONSTRAINT ck_certificate_status_index CHECK (status_index >= 0),
        CONSTRAINT ck_certificate_revocation CHECK ((revoked_at IS NULL) = (revocation_reason IS NULL)),
        CONSTRAINT ck_certificate_revocation_reason CHECK (
          revocation_reason IS NULL OR revocation_reason IN ('decision_changed_on_appeal', 'issued_in_error', 'fraud', 'superseded', 'other')
        )
      )`);
    await q.query(`CREATE INDEX ix_certificate_person ON certificate (person_id, issued_at DESC)`);
    await q.query(`CREATE INDEX ix_certificate_expiry ON certificate (valid_until) WHERE revoked_at IS NULL`);
    // Nothing signed may be changed afterwards: a trigger refuses updates of the issued content.
    await q.query(`
      CREATE FUNCTION certificate_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF NEW.serial <> OLD.serial OR NEW.jws <> OLD.jws OR NEW.person_id <> OLD.person_id OR NEW.outcome <> OLD.outcome
           OR NEW.valid_until <> OLD.valid_until OR NEW.status_index <> OLD.status_index OR NEW.status_list_id <> OLD.status_list_id THEN
          RAISE EXCEPTION 'an issued certificate cannot be changed; revoke it instead';
        END IF;
        IF OLD.revoked_at IS NOT NULL AND NEW.revoked_at IS DISTINCT FROM OLD.revoked_at THEN
          RAISE EXCEPTION 'a revocation is final';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER tr_certificate_immutable BEFORE UPDATE ON certificate FOR EACH ROW EXECUTE FUNCTION certificate_immutable()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TRIGGER tr_certificate_immutable ON certificate`);
    await q.query(`DROP FUNCTION certificate_immutable()`);
    await q.query(`DROP TABLE certificate`);
    await q.query(`DROP TABLE certificate_status_list`);
  }
}
