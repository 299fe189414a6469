import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateIdentity1763880000000 implements MigrationInterface {
  name = 'CreateIdentity1763880000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE organisation (
        id uuid NOT NULL,
        parent_id uuid NULL,
        code text NOT NULL,
        kind text NOT NULL,
        name jsonb NOT NULL,
        path text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_organisation PRIMARY KEY (id),
        CONSTRAINT uq_organisation_code UNIQUE (code),
        CONSTRAINT fk_organisation_parent FOREIGN KEY (parent_id) REFERENCES organisation (id),
        CONSTRAINT ck_organisation_kind CHECK (kind IN ('agency', 'department', 'unit'))
      )`);
    await q.query(`CREATE INDEX ix_organisation_path ON organisation (path text_pattern_ops)`);
    await q.query(`CREATE INDEX ix_organisation_parent ON organisation (parent_id)`);
    await q.query(`
      CREATE TABLE person (
        id uuid NOT NULL,
        personal_code text NOT NULL,
        first_name text NOT NULL,
        last_name text NOT NULL,
        email text NULL,
        preferred_language text NOT NULL DEFAULT 'az',
        organisation_id uuid NOT NULL,
        position_code text NOT NULL,
        position_title text NOT NULL,
        hired_on date NULL,
        left_on date NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_person PRIMARY KEY (id),
        CONSTRAINT uq_person_personal_code UNIQUE (personal_code),
        CONSTRAINT fk_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id),
        CONSTRAINT ck_person_language CHECK (preferred_language IN ('az', 'ru', 'en'))
      )`);
    await q.query(`CREATE INDEX ix_person_organisation ON person (organisation_id)`);
    await q.query(`
      CREATE TABLE account (
        id uuid NOT NULL,
        username text NOT NULL,
        email text NULL,
        password_hash text NULL,
        person_id uuid NULL,
        active boolean NOT NULL DEFAULT true,
        oidc_issuer text NULL,
        oidc_subject text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_account PRIMARY KEY (id),
        CONSTRAINT fk_account_person FOREIGN KEY (person_id) REFERENCES person (id),
        CONSTRAINT uq_account_person UNIQUE (person_id),
        CONSTRAINT uq_account_oidc UNIQUE (oidc_issuer, oidc_subject)
      )`);
    await q.query(`CREATE UNIQUE INDEX uq_account_username ON account (lower(username))`);
    await q.query(`CREATE UNIQUE INDEX uq_account_email ON account (lower(email)) WHERE email IS NOT NULL`);
    await q.query(`
      CREATE TABLE account_role (
        id uuid NOT NULL DEFAULT gen_random_uuid(),
        account_id uuid NOT NULL,
        role text NOT NULL,
        scope_organisation_id uuid NULL,
        scope_provider_id uuid NULL,
        CONSTRAINT pk_account_role PRIMARY KEY (id),
        CONSTRAINT fk_account_role_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
        CONSTRAINT fk_account_role_scope_organisation FOREIGN KEY (scope_organisation_id) REFERENCES organisation (id),
        CONSTRAINT ck_account_role_role CHECK (role IN ('civil_servant', 'hr_officer', 'commission_member', 'training_provider', 'methodologist', 'administrator')),
        CONSTRAINT ck_account_role_hr_scope CHECK (role <> 'hr_officer' OR scope_organisation_id IS NOT NULL),
        CONSTRAINT ck_account_role_provider_scope CHECK (role <> 'training_provider' OR scope_provider_id IS NOT NULL)
      )`);
    await q.query(
      `CREATE UNIQUE INDEX uq_account_role_grant ON account_role (account_id, role, coalesce(scope_organisation_id, '00000000-0000-0000-0000-000000000000'::uuid), coalesce(scope_provider_id, '00000000-0000-0000-0000-000000000000'::uuid))`,
    );
    await q.query(`
      CREATE TABLE auth_session (
        id uuid NOT NULL,
        account_id uuid NOT NULL,
        auth_method text NOT NULL,
        created_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        revoked_at timestamptz NULL,
        revoke_reason text NULL,
        ip text NULL,
        user_agent text NULL,
        CONSTRAINT pk_auth_session PRIMARY KEY (id),
        CONSTRAINT fk_auth_session_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_auth_session_account ON auth_session (account_id)`);
    await q.query(`
      CREATE TABLE refresh_token (
        token_hash text NOT NULL,
        session_id uuid NOT NULL,
        issued_at timestamptz NOT NULL,
        expires_at timestamptz NOT NULL,
        used_at timestamptz NULL,
        CONSTRAINT pk_refresh_token PRIMARY KEY (token_hash),
        CONSTRAINT fk_refresh_token_session FOREIGN KEY (session_id) REFERENCES auth_session (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_refresh_token_session ON refresh_token (session_id)`);
    await q.query(`
      CREATE TABLE login_throttle (
        key text NOT NULL,
        failures integer NOT NULL,
        window_started_at timestamptz NOT NULL,
        locked_until timestamptz NULL,
        CONSTRAINT pk_login_throttle PRIMARY KEY (key)
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of ['login_throttle', 'refresh_token', 'auth_session', 'account_role', 'account', 'person', 'organisation']) {
      await q.query(`DROP TABLE ${t}`);
    }
  }
}
