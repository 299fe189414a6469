import type { MigrationInterface, QueryRunner } from 'typeorm';

/** One optional attachment per mail (the monthly compliance report PDF). */
export class AddMailAttachment1763887600000 implements MigrationInterface {
  name = 'AddMailAttachment1763887600000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE mail_outbox
        ADD COLUMN attachment_name text NULL,
        ADD COLUMN attachment_type text NULL,
        ADD COLUMN attachment bytea NULL,
        ADD CONSTRAINT ck_mail_outbox_attachment CHECK ((attachment IS NULL) = (attachment_name IS NULL) AND (attachment IS NULL) = (attachment_type IS NULL))
    `);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`
      ALTER TABLE mail_outbox
        DROP CONSTRAINT ck_mail_outbox_attachment,
        DROP COLUMN attachment,
        DROP COLUMN attachment_type,
        DROP COLUMN attachment_name
    `);
  }
}
