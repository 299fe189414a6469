import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';

export interface AccessLogRow {
  seq: string;
  occurred_at: Date;
  action: string;
  purpose: string | null;
  actor_username: string | null;
  actor_first_name: string | null;
  actor_last_name: string | null;
  actor_roles: string[] | null;
}

/** Audit events about a person written by other accounts, with the name and roles of who wrote them. */
@Injectable()
export class AccessLogRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async forPerson(personId: string, limit: number): Promise<AccessLogRow[]> {
    return (await this.ds.query(
      `SELECT e.seq::text AS seq, e.occurred_at, e.action, e.purpose,
              a.username AS actor_username, p.first_name AS actor_first_name, p.last_name AS actor_last_name,
              (SELECT array_agg(DISTINCT r.role ORDER BY r.role) FROM account_role r WHERE r.account_id = a.id) AS actor_roles
       FROM audit_event e
       LEFT JOIN account a ON a.id = e.actor_account_id
       LEFT JOIN person p ON p.id = a.person_id
       WHERE e.subject_person_id = $1
         AND (a.person_id IS DISTINCT FROM $1 OR e.actor_account_id IS NULL)
       ORDER BY e.seq DESC
       LIMIT $2`,
      [personId, limit],
    )) as AccessLogRow[];
  }
}
