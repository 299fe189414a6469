import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMethodologyVersion1763882000000 implements MigrationInterface {
  name = 'CreateMethodologyVersion1763882000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE methodology_version (
        id uuid NOT NULL,
        code text NOT NULL,
        version_number integer NOT NULL,
        title jsonb NOT NULL,
        status text NOT NULL,
        is_current boolean NOT NULL DEFAULT false,
        legal_basis jsonb NULL,
        effective_date date NULL,
        based_on_id uuid NULL,
        content jsonb NOT NULL,
        approved_at timestamptz NULL,
        approved_by_account_id uuid NULL,
        approved_by_name text NULL,
        retired_at timestamptz NULL,
        retire_reason text NULL,
        created_by_account_id uuid NULL,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT pk_methodology_version PRIMARY KEY (id),
        CONSTRAINT uq_methodology_version_code_number UNIQUE (code, version_number),
        CONSTRAINT fk_methodology_version_based_on FOREIGN KEY (based_on_id) REFERENCES methodology_version (id) ON DELETE SET NULL,
        CONSTRAINT ck_methodology_version_status CHECK (status IN ('draft', 'approved', 'retired')),
        CONSTRAINT ck_methodology_version_current_approved CHECK (NOT is_current OR status = 'approved'),
        CONSTRAINT ck_methodology_version_approval CHECK (status = 'draft' OR (approved_at IS NOT NULL AND legal_basis IS NOT NULL))
      )`);
    // Exactly one current version platform-wide.
    await q.query(`CREATE UNIQUE INDEX uq_methodology_version_current ON methodology_version (is_current) WHERE is_current`);
    // An approved version is frozen: only its life-cycle columns may change, and it cannot be deleted.
    await q.query(`
      CREATE FUNCTION methodology_version_freeze() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'DELETE' THEN
          IF OLD.status <> 'draft' THEN
            RAISE EXCEPTION 'methodology version % is frozen', OLD.id USING ERRCODE = 'check_violation', CONSTRAINT = 'methodology_version_frozen';
          END IF;
          RETURN OLD;
        END IF;
        IF OLD.status <> 'draft' AND (
          NEW.content IS DISTINCT FROM OLD.content OR NEW.title IS DISTINCT FROM OLD.title OR NEW.code IS DISTINCT FROM OLD.code
          OR NEW.version_number IS DISTINCT FROM OLD.version_number OR NEW.legal_basis IS DISTINCT FROM OLD.legal_basis
          OR NEW.effective_date IS DISTINCT FROM OLD.effective_date OR NEW.approved_at IS DISTINCT FROM OLD.approved_at
          OR (OLD.status = 'retired' AND NEW.status <> 'retired')
        ) THEN
          RAISE EXCEPTION 'methodology version % is frozen', OLD.id USING ERRCODE = 'check_violation', CONSTRAINT = 'methodology_version_frozen';
        END IF;
        RETURN NEW;
      END $$`);
    await q.query(
      `CREATE TRIGGER trg_methodology_version_freeze BEFORE UPDATE OR DELETE ON methodology_version FOR EACH ROW EXECUTE FUNCTION methodology_version_freeze()`,
    );
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE methodology_version`);
    await q.query(`DROP FUNCTION methodology_version_freeze()`);
  }
}
