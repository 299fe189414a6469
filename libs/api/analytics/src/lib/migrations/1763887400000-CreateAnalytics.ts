import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Analytics aggregates (incrementally maintained, see README "Analytics"), the queue of people whose
 * figures must be recomputed (filled by triggers on measurements and staff records, so no write
 * path can forget it), monthly reports and their recipients.
 */
export class CreateAnalytics1763887400000 implements MigrationInterface {
  name = 'CreateAnalytics1763887400000';

  async up(q: QueryRunner): Promise<void> {
    await q.query(`
      CREATE TABLE analytics_person (
        version_id uuid NOT NULL,
        person_id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        position_code text NOT NULL,
        has_profile boolean NOT NULL,
        ci double precision NULL,
        fully_compliant boolean NULL,
        measured boolean NOT NULL,
        gap_total integer NOT NULL,
        gap_count integer NOT NULL,
        critical_gaps integer NOT NULL,
        last_measured_at timestamptz NULL,
        CONSTRAINT pk_analytics_person PRIMARY KEY (version_id, person_id),
        CONSTRAINT fk_analytics_person_version FOREIGN KEY (version_id) REFERENCES methodology_version (id) ON DELETE CASCADE,
        CONSTRAINT fk_analytics_person_person FOREIGN KEY (person_id) REFERENCES person (id) ON DELETE CASCADE,
        CONSTRAINT fk_analytics_person_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT ck_analytics_person_ci CHECK (ci IS NULL OR (ci >= 0 AND ci <= 1))
      )`);
    await q.query(`CREATE INDEX ix_analytics_person_organisation ON analytics_person (version_id, organisation_id)`);
    await q.query(`CREATE INDEX ix_analytics_person_person ON analytics_person (person_id)`);
    // The people with the largest gaps of the whole service come straight from this index.
    await q.query(`CREATE INDEX ix_analytics_person_gap ON analytics_person (version_id, gap_total DESC, ci, person_id) WHERE has_profile`);

    const unitKey = `version_id uuid NOT NULL, organisation_id uuid NOT NULL, position_code text NOT NULL`;
    const sums = `people integer NOT NULL, measured integer NOT NULL, ci_sum double precision NOT NULL, fully_compliant integer NOT NULL`;
    await q.query(`
      CREATE TABLE analytics_unit_summary (
        ${unitKey},
        has_profile boolean NOT NULL,
        ${sums},
        CONSTRAINT pk_analytics_unit_summary PRIMARY KEY (version_id, organisation_id, position_code),
        CONSTRAINT fk_analytics_unit_summary_version FOREIGN KEY (version_id) REFERENCES methodology_version (id) ON DELETE CASCADE,
        CONSTRAINT fk_analytics_unit_summary_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_analytics_unit_summary_organisation ON analytics_unit_summary (organisation_id)`);
    await q.query(`
      CREATE TABLE analytics_unit_month (
        ${unitKey},
        month date NOT NULL,
        ${sums},
        CONSTRAINT pk_analytics_unit_month PRIMARY KEY (version_id, month, organisation_id, position_code),
        CONSTRAINT fk_analytics_unit_month_version FOREIGN KEY (version_id) REFERENCES methodology_version (id) ON DELETE CASCADE,
        CONSTRAINT fk_analytics_unit_month_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_analytics_unit_month_organisation ON analytics_unit_month (organisation_id)`);
    await q.query(`
      CREATE TABLE analytics_unit_competency (
        ${unitKey},
        competency_code text NOT NULL,
        gap smallint NOT NULL,
        people integer NOT NULL,
        CONSTRAINT pk_analytics_unit_competency PRIMARY KEY (version_id, organisation_id, position_code, competency_code, gap),
        CONSTRAINT fk_analytics_unit_competency_version FOREIGN KEY (version_id) REFERENCES methodology_version (id) ON DELETE CASCADE,
        CONSTRAINT fk_analytics_unit_competency_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT ck_analytics_unit_competency_gap CHECK (gap >= 0)
      )`);
    await q.query(`CREATE INDEX ix_analytics_unit_competency_organisation ON analytics_unit_competency (organisation_id)`);
    // The same counts summed over each organisation's whole subtree: a dashboard reads one row set
    // per child instead of adding up every unit below it.
    await q.query(`
      CREATE TABLE analytics_subtree_competency (
        ${unitKey},
        competency_code text NOT NULL,
        gap smallint NOT NULL,
        people integer NOT NULL,
        CONSTRAINT pk_analytics_subtree_competency PRIMARY KEY (version_id, organisation_id, position_code, competency_code, gap),
        CONSTRAINT fk_analytics_subtree_competency_version FOREIGN KEY (version_id) REFERENCES methodology_version (id) ON DELETE CASCADE,
        CONSTRAINT fk_analytics_subtree_competency_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
      )`);
    await q.query(`CREATE INDEX ix_analytics_subtree_competency_organisation ON analytics_subtree_competency (organisation_id)`);

    // Training of the current staff: open plan items and enrolments now, completions and plan items
    // closed by measurement per month (the dashboard sums the months of its period).
    await q.query(`
      CREATE TABLE analytics_unit_training (
        organisation_id uuid NOT NULL,
        position_code text NOT NULL,
        planned integer NOT NULL,
        enrolled integer NOT NULL,
        waiting integer NOT NULL,
        CONSTRAINT pk_analytics_unit_training PRIMARY KEY (organisation_id, position_code),
        CONSTRAINT fk_analytics_unit_training_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
      )`);
    await q.query(`
      CREATE TABLE analytics_unit_training_month (
        organisation_id uuid NOT NULL,
        position_code text NOT NULL,
        month date NOT NULL,
        completed integer NOT NULL,
        closed integer NOT NULL,
        CONSTRAINT pk_analytics_unit_training_month PRIMARY KEY (organisation_id, position_code, month),
        CONSTRAINT fk_analytics_unit_training_month_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE
      )`);

    await q.query(`CREATE SEQUENCE analytics_dirty_seq`);
    await q.query(`
      CREATE TABLE analytics_dirty_person (
        person_id uuid NOT NULL,
        mark_seq bigint NOT NULL DEFAULT nextval('analytics_dirty_seq'),
        CONSTRAINT pk_analytics_dirty_person PRIMARY KEY (person_id)
      )`);
    await q.query(`
      CREATE TABLE analytics_state (
        id smallint NOT NULL,
        refreshed_at timestamptz NULL,
        built_on date NULL,
        versions text NULL,
        last_kind text NULL,
        last_units integer NULL,
        last_people integer NULL,
        last_duration_ms integer NULL,
        CONSTRAINT pk_analytics_state PRIMARY KEY (id),
        CONSTRAINT ck_analytics_state_single CHECK (id = 1),
        CONSTRAINT ck_analytics_state_kind CHECK (last_kind IS NULL OR last_kind IN ('full', 'incremental'))
      )`);
    await q.query(`INSERT INTO analytics_state (id) VALUES (1)`);

    // A re-mark takes a new sequence number, so a refresh removes exactly the marks it has seen.
    const mark = (source: string) => `
      INSERT INTO analytics_dirty_person (person_id) ${source}
      ON CONFLICT (person_id) DO UPDATE SET mark_seq = nextval('analytics_dirty_seq')`;
    await q.query(`
      CREATE FUNCTION analytics_mark_measured() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${mark('SELECT DISTINCT person_id FROM changed_rows')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION analytics_mark_person_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${mark('SELECT id FROM changed_rows')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION analytics_mark_person_updated() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${mark(`SELECT n.id FROM new_rows n JOIN old_rows o ON o.id = n.id
                WHERE (n.organisation_id, n.position_code, n.hired_on, n.left_on)
                      IS DISTINCT FROM (o.organisation_id, o.position_code, o.hired_on, o.left_on)`)};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION analytics_mark_enrolled() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${mark('SELECT DISTINCT person_id FROM changed_rows')};
        RETURN NULL;
      END $$`);
    await q.query(`
      CREATE FUNCTION analytics_mark_planned() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        ${mark('SELECT DISTINCT d.person_id FROM changed_rows i JOIN development_plan d ON d.id = i.plan_id')};
        RETURN NULL;
      END $$`);
    for (const [table, fn] of [
      ['enrolment', 'analytics_mark_enrolled'],
      ['plan_item', 'analytics_mark_planned'],
    ])
      for (const [event, rows] of [
        ['INSERT', 'NEW'],
        ['UPDATE', 'NEW'],
        ['DELETE', 'OLD'],
      ])
        await q.query(
          `CREATE TRIGGER tr_${table}_analytics_${event.toLowerCase()} AFTER ${event} ON ${table}
           REFERENCING ${rows} TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn}()`,
        );
    await q.query(`
      CREATE TRIGGER tr_competency_measurement_analytics_insert AFTER INSERT ON competency_measurement
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_measured()`);
    await q.query(`
      CREATE TRIGGER tr_competency_measurement_analytics_delete AFTER DELETE ON competency_measurement
      REFERENCING OLD TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_measured()`);
    await q.query(`
      CREATE TRIGGER tr_person_analytics_insert AFTER INSERT ON person
      REFERENCING NEW TABLE AS changed_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_person_inserted()`);
    await q.query(`
      CREATE TRIGGER tr_person_analytics_update AFTER UPDATE ON person
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION analytics_mark_person_updated()`);
    // Everyone already on the staff is computed by the first refresh.
    await q.query(`INSERT INTO analytics_dirty_person (person_id) SELECT id FROM person`);

    await q.query(`
      CREATE TABLE analytics_report (
        id uuid NOT NULL,
        organisation_id uuid NOT NULL,
        month date NOT NULL,
        language text NOT NULL,
        file_name text NOT NULL,
        content bytea NOT NULL,
        created_at timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT pk_analytics_report PRIMARY KEY (id),
        CONSTRAINT uq_analytics_report_month UNIQUE (organisation_id, month, language),
        CONSTRAINT fk_analytics_report_organisation FOREIGN KEY (organisation_id) REFERENCES organisation (id) ON DELETE CASCADE,
        CONSTRAINT ck_analytics_report_language CHECK (language IN ('az', 'ru', 'en'))
      )`);
    await q.query(`
      CREATE TABLE analytics_report_recipient (
        report_id uuid NOT NULL,
        account_id uuid NOT NULL,
        email text NULL,
        delivery text NOT NULL DEFAULT 'ready',
        delivered_at timestamptz NULL,
        error text NULL,
        CONSTRAINT pk_analytics_report_recipient PRIMARY KEY (report_id, account_id),
        CONSTRAINT fk_analytics_report_recipient_report FOREIGN KEY (report_id) REFERENCES analytics_report (id) ON DELETE CASCADE,
        CONSTRAINT fk_analytics_report_recipient_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
        CONSTRAINT ck_analytics_report_recipient_delivery CHECK (delivery IN ('ready', 'sent', 'failed'))
      )`);
    await q.query(`CREATE INDEX ix_analytics_report_recipient_account ON analytics_report_recipient (account_id)`);
  }

  async down(q: QueryRunner): Promise<void> {
    await q.query(`DROP TABLE analytics_report_recipient`);
    await q.query(`DROP TABLE analytics_report`);
    for (const table of ['enrolment', 'plan_item'])
      for (const event of ['insert', 'update', 'delete']) await q.query(`DROP TRIGGER tr_${table}_analytics_${event} ON ${table}`);
    await q.query(`DROP FUNCTION analytics_mark_planned()`);
    await q.query(`DROP FUNCTION analytics_mark_enrolled()`);
    await q.query(`DROP TRIGGER tr_person_analytics_update ON person`);
    await q.query(`DROP TRIGGER tr_person_analytics_insert ON person`);
    await q.query(`DROP TRIGGER tr_competency_measurement_analytics_delete ON competency_measurement`);
    await q.query(`DROP TRIGGER tr_competency_measurement_analytics_insert ON competency_measurement`);
    await q.query(`DROP FUNCTION analytics_mark_person_updated()`);
    await q.query(`DROP FUNCTION analytics_mark_person_inserted()`);
    await q.query(`DROP FUNCTION analytics_mark_measured()`);
    for (const t of [
      'analytics_state',
      'analytics_dirty_person',
      'analytics_unit_training_month',
      'analytics_unit_training',
      'analytics_subtree_competency',
      'analytics_unit_competency',
      'analytics_unit_month',
      'analytics_unit_summary',
      'analytics_person',
    ])
      await q.query(`DROP TABLE ${t}`);
    await q.query(`DROP SEQUENCE analytics_dirty_seq`);
  }
}
