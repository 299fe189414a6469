import type { MigrationInterface, QueryRunner } from 'typeorm';

/** Secrets the API generates once and every replica on the database shares (outside production). */
export class CreatePlatformSecret1763886900000 implements MigrationInterface {
  name = 'CreatePlatformSecret1763886900000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE platform_secret (
        name text NOT NULL,
        value text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_platform_secret PRIMARY KEY (name),
        CONSTRAINT ck_platform_secret_value CHECK (length(value) >= 32)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE platform_secret`);
  }
}
