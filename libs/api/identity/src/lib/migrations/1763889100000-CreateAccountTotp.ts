import type { MigrationInterface, QueryRunner } from 'typeorm';

/** The optional second factor of an account: the sealed secret, one pending during enrolment, the last used step. */
export class CreateAccountTotp1763889100000 implements MigrationInterface {
  name = 'CreateAccountTotp1763889100000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE account_totp (
        account_id uuid NOT NULL,
        secret_sealed text NULL,
        pending_sealed text NULL,
        enabled_at timestamptz NULL,
        last_step bigint NULL,
        CONSTRAINT pk_account_totp PRIMARY KEY (account_id),
        CONSTRAINT fk_account_totp_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
        CONSTRAINT ck_account_totp_enabled CHECK ((enabled_at IS NULL) = (secret_sealed IS NULL))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE account_totp`);
  }
}
