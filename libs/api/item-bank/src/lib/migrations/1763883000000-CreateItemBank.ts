import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateItemBank1763883000000 implements MigrationInterface {
  name = 'CreateItemBank1763883000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE item (
        id uuid NOT NULL,
        ref text NOT NULL,
        version integer NOT NULL,
        status text NOT NULL,
        type text NOT NULL,
        competency_code text NOT NULL,
        level integer NOT NULL,
        content jsonb NOT NULL,
        irt jsonb NULL,
        author_account_id uuid NULL,
        reviewer_account_id uuid NULL,
        usage_count integer NOT NULL DEFAULT 0,
        created_at timestamptz NOT NULL,
        updated_at timestamptz NOT NULL,
        CONSTRAINT pk_item PRIMARY KEY (id),
        CONSTRAINT uq_item_ref_version UNIQUE (ref, version),
        CONSTRAINT ck_item_status CHECK (status IN ('draft', 'reviewed', 'active', 'retired')),
        CONSTRAINT ck_item_level CHECK (level BETWEEN 1 AND 10),
        CONSTRAINT ck_item_reviewer CHECK (status = 'draft' OR status = 'retired' OR reviewer_account_id IS NULL OR reviewer_account_id IS DISTINCT FROM author_account_id)
      )`);
    await q.query(`CREATE INDEX ix_item_cell ON item (competency_code, level, status)`);
    // At most one active version of an item.
    await q.query(`CREATE UNIQUE INDEX uq_item_active_ref ON item (ref) WHERE status = 'active'`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE item`);
  }
}
