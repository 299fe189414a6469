import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Roster imports: the uploaded rows are staged here with their checks (the preview); staff
 * records change only when the import is committed. XLSX shared strings are staged too, so a
 * large workbook is never held in memory.
 */
export class CreateRosterImport1763887500000 implements MigrationInterface {
  name = 'CreateRosterImport1763887500000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE roster_import (
        id uuid NOT NULL,
        account_id uuid NOT NULL,
        username text NOT NULL,
        scope_roots uuid[] NULL,
        file_name text NOT NULL,
        format text NOT NULL,
        status text NOT NULL,
        total_rows integer NOT NULL DEFAULT 0,
        valid_rows integer NOT NULL DEFAULT 0,
        invalid_rows integer NOT NULL DEFAULT 0,
        to_create integer NOT NULL DEFAULT 0,
        to_update integer NOT NULL DEFAULT 0,
        unchanged integer NOT NULL DEFAULT 0,
        processed integer NOT NULL DEFAULT 0,
        skip_invalid boolean NOT NULL DEFAULT false,
        parse_ms integer NOT NULL DEFAULT 0,
        error text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        committed_at timestamptz NULL,
        CONSTRAINT pk_roster_import PRIMARY KEY (id),
        CONSTRAINT fk_roster_import_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
        CONSTRAINT ck_roster_import_format CHECK (format IN ('csv', 'xlsx')),
        CONSTRAINT ck_roster_import_status CHECK (status IN ('uploading', 'validated', 'committing', 'committed', 'failed', 'discarded'))
      )`);
    await q.query(`CREATE INDEX ix_roster_import_account ON roster_import (account_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE roster_import_row (
        import_id uuid NOT NULL,
        row_no integer NOT NULL,
        personal_code text NOT NULL,
        last_name text NOT NULL,
        first_name text NOT NULL,
        email text NULL,
        unit text NOT NULL,
        position text NOT NULL,
        hired_on_text text NOT NULL,
        language_text text NOT NULL,
        organisation_id uuid NULL,
        position_code text NULL,
        position_title text NULL,
        hired_on date NULL,
        language text NULL,
        errors jsonb NOT NULL DEFAULT '[]'::jsonb,
        outcome text NULL,
        person_id uuid NULL,
        CONSTRAINT pk_roster_import_row PRIMARY KEY (import_id, row_no),
        CONSTRAINT fk_roster_import_row_import FOREIGN KEY (import_id) REFERENCES roster_import (id) ON DELETE CASCADE,
        CONSTRAINT ck_roster_import_row_outcome CHECK (outcome IS NULL OR outcome IN ('create', 'update', 'unchanged', 'skip'))
      )`);
    await q.query(`CREATE INDEX ix_roster_import_row_code ON roster_import_row (import_id, personal_code)`);
    await q.query(`
      CREATE TABLE roster_import_string (
        import_id uuid NOT NULL,
        idx integer NOT NULL,
        text text NOT NULL,
        CONSTRAINT pk_roster_import_string PRIMARY KEY (import_id, idx),
        CONSTRAINT fk_roster_import_string_import FOREIGN KEY (import_id) REFERENCES roster_import (id) ON DELETE CASCADE
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['roster_import_string', 'roster_import_row', 'roster_import']) await q.query(`DROP TABLE ${t}`);
  }
}
