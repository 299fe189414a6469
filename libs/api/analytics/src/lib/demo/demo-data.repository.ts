import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { LocalizedText } from '@civics/contracts';

export interface DemoMeasurement {
  personId: string;
  code: string;
  level: number;
  attemptId: string;
  at: Date;
}

/** The SQL of the analytics demo data (never run in production). */
@Injectable()
export class DemoDataRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async organisationExists(code: string): Promise<boolean> {
    return ((await this.ds.query(`SELECT 1 FROM organisation WHERE code = $1`, [code])) as unknown[]).length > 0;
  }

  async diagnosticTemplate(): Promise<string | null> {
    const rows = (await this.ds.query(`SELECT id FROM assessment_template WHERE purpose = 'diagnostic' ORDER BY created_at LIMIT 1`)) as {
      id: string;
    }[];
    return rows[0]?.id ?? null;
  }

  /** Inserts an organisation under the one with `parentCode` (its path extends the parent's) and returns its id. */
  async insertOrganisation(id: string, code: string, parentCode: string, kind: string, name: LocalizedText): Promise<string> {
    await this.ds.query(
      `INSERT INTO organisation (id, parent_id, code, kind, name, path)
       SELECT $1::uuid, p.id, $2, $3, $4, p.path || $1::text || '/' FROM organisation p WHERE p.code = $5`,
      [id, code, kind, JSON.stringify(name), parentCode],
    );
    return id;
  }

  async insertPerson(p: {
    id: string;
    personalCode: string;
    firstName: string;
    lastName: string;
    email: string;
    language: string;
    organisationId: string;
    positionCode: string;
    positionTitle: string;
    hiredOn: string;
  }): Promise<void> {
    await this.ds.query(
      `INSERT INTO person (id, personal_code, first_name, last_name, email, preferred_language, organisation_id, position_code, position_title, hired_on)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [p.id, p.personalCode, p.firstName, p.lastName, p.email, p.language, p.organisationId, p.positionCode, p.positionTitle, p.hiredOn],
    );
  }

  async insertAttempt(
    id: string,
    personId: string,
    templateId: string,
    versionId: string,
    position: string,
    seed: number,
    at: Date,
  ): Promise<void> {
    await this.ds.query(
      `INSERT INTO attempt (id, person_id, template_id, methodology_version_id, position_code, seed, status, started_at, deadline, submitted_at, scored_at)
       VALUES ($1, $2, $3, $4, $5, $6, 'scored', $7::timestamptz, $7::timestamptz + interval '45 minutes',
               $7::timestamptz + interval '30 minutes', $7::timestamptz + interval '30 minutes')`,
      [id, personId, templateId, versionId, position, seed, at.toISOString()],
    );
  }

  async insertMeasurements(rows: readonly DemoMeasurement[], versionId: string): Promise<void> {
    await this.ds.query(
      `INSERT INTO competency_measurement (person_id, competency_code, level, attempt_id, methodology_version_id, measured_at)
       SELECT person_id, code, level, attempt_id, $6, at FROM unnest($1::uuid[], $2::text[], $3::int[], $4::uuid[], $5::timestamptz[])
         AS m(person_id, code, level, attempt_id, at)`,
      [
        rows.map((r) => r.personId),
        rows.map((r) => r.code),
        rows.map((r) => r.level),
        rows.map((r) => r.attemptId),
        rows.map((r) => r.at.toISOString()),
        versionId,
      ],
    );
  }

  async ensurePlan(id: string, personId: string, createdAt: Date): Promise<string> {
    const [row] = (await this.ds.query(
      `INSERT INTO development_plan (id, person_id, created_at, updated_at) VALUES ($1, $2, $3, $3)
       ON CONFLICT (person_id) DO UPDATE SET updated_at = development_plan.updated_at RETURNING id`,
      [id, personId, createdAt.toISOString()],
    )) as { id: string }[];
    return row.id;
  }

  async insertPlanItem(i: {
    id: string;
    planId: string;
    competencyCode: string;
    fromLevel: number;
    targetLevel: number;
    dueDate: string;
    status: 'accepted' | 'closed';
    createdAt: Date;
    closedAt: Date | null;
    closedLevel: number | null;
  }): Promise<void> {
    await this.ds.query(
      `INSERT INTO plan_item (id, plan_id, competency_code, from_level, target_level, due_date, status, created_at, closed_at, closed_level)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
      [
        i.id,
        i.planId,
        i.competencyCode,
        i.fromLevel,
        i.targetLevel,
        i.dueDate,
        i.status,
        i.createdAt.toISOString(),
        i.closedAt?.toISOString() ?? null,
        i.closedLevel,
      ],
    );
  }
}
