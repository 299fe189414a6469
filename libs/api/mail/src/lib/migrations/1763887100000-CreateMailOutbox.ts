import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateMailOutbox1763887100000 implements MigrationInterface {
  name = 'CreateMailOutbox1763887100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE mail_outbox (
        id uuid NOT NULL,
        person_id uuid NULL,
        to_address text NOT NULL,
        language text NOT NULL,
        kind text NOT NULL,
        dedupe_key text NULL,
        subject text NOT NULL,
        body_text text NOT NULL,
        status text NOT NULL DEFAULT 'pending',
        transport text NULL,
        attempts integer NOT NULL DEFAULT 0,
        claimed_until timestamptz NULL,
        last_error text NULL,
        file_path text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        sent_at timestamptz NULL,
        CONSTRAINT pk_mail_outbox PRIMARY KEY (id),
        CONSTRAINT fk_mail_outbox_person FOREIGN KEY (person_id) REFERENCES person (id),
        CONSTRAINT uq_mail_outbox_dedupe UNIQUE (dedupe_key),
        CONSTRAINT ck_mail_outbox_status CHECK (status IN ('pending', 'sent', 'failed')),
        CONSTRAINT ck_mail_outbox_transport CHECK (transport IS NULL OR transport IN ('smtp', 'file')),
        CONSTRAINT ck_mail_outbox_language CHECK (language IN ('az', 'ru', 'en'))
      )`);
    await q.query(`CREATE INDEX ix_mail_outbox_pending ON mail_outbox (created_at) WHERE status = 'pending'`);
    await q.query(`CREATE INDEX ix_mail_outbox_person ON mail_outbox (person_id, created_at DESC)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE mail_outbox`);
  }
}
