import type { MigrationInterface, QueryRunner } from 'typeorm';

export class CreateTraining1763886000000 implements MigrationInterface {
  name = 'CreateTraining1763886000000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE training_provider (
        id uuid NOT NULL,
        name jsonb NOT NULL,
        description jsonb NULL,
        accreditation jsonb NOT NULL,
        specialisations jsonb NOT NULL DEFAULT '[]',
        contacts jsonb NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_training_provider PRIMARY KEY (id)
      )`);
    await q.query(`
      CREATE TABLE course (
        id uuid NOT NULL,
        provider_id uuid NOT NULL,
        code text NOT NULL,
        title jsonb NOT NULL,
        description jsonb NOT NULL,
        targets jsonb NOT NULL,
        format text NOT NULL,
        hours numeric(7,1) NOT NULL,
        languages jsonb NOT NULL,
        modules jsonb NOT NULL DEFAULT '[]',
        price_azn numeric(12,2) NULL,
        status text NOT NULL,
        review_comment text NULL,
        reviewed_at timestamptz NULL,
        reviewed_by_account_id uuid NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_course PRIMARY KEY (id),
        CONSTRAINT uq_course_provider_code UNIQUE (provider_id, code),
        CONSTRAINT fk_course_provider FOREIGN KEY (provider_id) REFERENCES training_provider (id),
        CONSTRAINT ck_course_format CHECK (format IN ('online', 'classroom', 'blended')),
        CONSTRAINT ck_course_status CHECK (status IN ('draft', 'submitted', 'approved', 'rejected')),
        CONSTRAINT ck_course_hours CHECK (hours > 0)
      )`);
    await q.query(`CREATE INDEX ix_course_status ON course (status)`);
    await q.query(`CREATE INDEX ix_course_targets ON course USING gin (targets jsonb_path_ops)`);
    await q.query(`
      CREATE TABLE course_session (
        id uuid NOT NULL,
        course_id uuid NOT NULL,
        starts_on date NOT NULL,
        ends_on date NOT NULL,
        language text NOT NULL,
        place text NULL,
        online_url text NULL,
        capacity integer NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_course_session PRIMARY KEY (id),
        CONSTRAINT fk_course_session_course FOREIGN KEY (course_id) REFERENCES course (id) ON DELETE CASCADE,
        CONSTRAINT ck_course_session_capacity CHECK (capacity > 0),
        CONSTRAINT ck_course_session_dates CHECK (ends_on >= starts_on),
        CONSTRAINT ck_course_session_language CHECK (language IN ('az', 'ru', 'en'))
      )`);
    await q.query(`CREATE INDEX ix_course_session_course ON course_session (course_id, starts_on)`);
    await q.query(`
      CREATE TABLE development_plan (
        id uuid NOT NULL,
        person_id uuid NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_development_plan PRIMARY KEY (id),
        CONSTRAINT uq_development_plan_person UNIQUE (person_id),
        CONSTRAINT fk_development_plan_person FOREIGN KEY (person_id) REFERENCES person (id)
      )`);
    await q.query(`
      CREATE TABLE plan_item (
        id uuid NOT NULL,
        plan_id uuid NOT NULL,
        competency_code text NOT NULL,
        from_level integer NOT NULL,
        target_level integer NOT NULL,
        course_id uuid NULL,
        session_id uuid NULL,
        due_date date NULL,
        status text NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        closed_at timestamptz NULL,
        closed_level integer NULL,
        last_reminded_on date NULL,
        CONSTRAINT pk_plan_item PRIMARY KEY (id),
        CONSTRAINT fk_plan_item_plan FOREIGN KEY (plan_id) REFERENCES development_plan (id) ON DELETE CASCADE,
        CONSTRAINT fk_plan_item_course FOREIGN KEY (course_id) REFERENCES course (id),
        CONSTRAINT fk_plan_item_session FOREIGN KEY (session_id) REFERENCES course_session (id),
        CONSTRAINT ck_plan_item_status CHECK (status IN ('proposed', 'accepted', 'closed', 'cancelled')),
        CONSTRAINT ck_plan_item_levels CHECK (target_level > from_level)
      )`);
    await q.query(`CREATE INDEX ix_plan_item_plan ON plan_item (plan_id)`);
    await q.query(`CREATE INDEX ix_plan_item_open_due ON plan_item (due_date) WHERE status IN ('proposed', 'accepted')`);
    await q.query(`
      CREATE TABLE enrolment (
        id uuid NOT NULL,
        session_id uuid NOT NULL,
        person_id uuid NOT NULL,
        status text NOT NULL,
        plan_item_id uuid NULL,
        score numeric(5,2) NULL,
        evidence text NULL,
        completed_at timestamptz NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        updated_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_enrolment PRIMARY KEY (id),
        CONSTRAINT fk_enrolment_session FOREIGN KEY (session_id) REFERENCES course_session (id),
        CONSTRAINT fk_enrolment_person FOREIGN KEY (person_id) REFERENCES person (id),
        CONSTRAINT fk_enrolment_plan_item FOREIGN KEY (plan_item_id) REFERENCES plan_item (id) ON DELETE SET NULL,
        CONSTRAINT ck_enrolment_status CHECK (status IN ('enrolled', 'waiting', 'in_progress', 'completed', 'failed', 'withdrawn'))
      )`);
    // One live enrolment per person and session (a withdrawn one may be followed by a new one).
    await q.query(`CREATE UNIQUE INDEX uq_enrolment_live ON enrolment (session_id, person_id) WHERE status <> 'withdrawn'`);
    await q.query(`CREATE INDEX ix_enrolment_person ON enrolment (person_id)`);
    await q.query(`
      CREATE TABLE notification (
        id uuid NOT NULL,
        person_id uuid NOT NULL,
        kind text NOT NULL,
        dedupe_key text NOT NULL,
        text jsonb NOT NULL,
        link text NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        read_at timestamptz NULL,
        CONSTRAINT pk_notification PRIMARY KEY (id),
        CONSTRAINT uq_notification_dedupe UNIQUE (dedupe_key),
        CONSTRAINT fk_notification_person FOREIGN KEY (person_id) REFERENCES person (id)
      )`);
    await q.query(`CREATE INDEX ix_notification_person ON notification (person_id, created_at DESC)`);
    await q.query(`
      CREATE TABLE xapi_statement (
        id uuid NOT NULL,
        provider_id uuid NOT NULL,
        verb text NOT NULL,
        statement jsonb NOT NULL,
        enrolment_id uuid NULL,
        stored_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_xapi_statement PRIMARY KEY (id),
        CONSTRAINT fk_xapi_statement_provider FOREIGN KEY (provider_id) REFERENCES training_provider (id),
        CONSTRAINT fk_xapi_statement_enrolment FOREIGN KEY (enrolment_id) REFERENCES enrolment (id)
      )`);
    await q.query(`
      CREATE TABLE library_resource (
        id uuid NOT NULL,
        kind text NOT NULL,
        title jsonb NOT NULL,
        summary jsonb NULL,
        competencies jsonb NOT NULL DEFAULT '[]',
        languages jsonb NOT NULL,
        url text NOT NULL,
        published_on date NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_library_resource PRIMARY KEY (id),
        CONSTRAINT ck_library_resource_kind CHECK (kind IN ('legislation', 'methodology', 'training_material', 'analytics'))
      )`);
  }

  async down(q: QueryRunner): Promise<void> {
    for (const t of [
      'library_resource',
      'xapi_statement',
      'notification',
      'enrolment',
      'plan_item',
      'development_plan',
      'course_session',
      'course',
      'training_provider',
    ])
      await q.query(`DROP TABLE ${t}`);
  }
}
