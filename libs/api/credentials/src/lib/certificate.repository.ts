import { randomInt } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CertificateOutcome, LocalizedText, RevocationReason } from '@civics/contracts';
import { STATUS_LIST_SIZE } from '@civics/domain';

export interface CertificateRow {
  id: string;
  serial: string;
  personId: string;
  organisationId: string;
  holderName: string;
  sourceId: string;
  sourceRound: number;
  sessionId: string | null;
  outcome: CertificateOutcome;
  note: LocalizedText | null;
  methodologyVersionId: string;
  positionCode: string | null;
  competencies: { competencyCode: string; level: number; required: number }[];
  issuedAt: Date;
  validUntil: string;
  keyId: string;
  jws: string;
  statusListId: number;
  statusIndex: number;
  revokedAt: Date | null;
  revocationReason: RevocationReason | null;
  revocationNote: string | null;
}

export interface NewCertificate {
  id: string;
  serial: string;
  personId: string;
  holderName: string;
  sourceId: string;
  sourceRound: number;
  sessionId: string | null;
  outcome: CertificateOutcome;
  note: LocalizedText | null;
  methodologyVersionId: string;
  positionCode: string | null;
  competencies: { competencyCode: string; level: number; required: number }[];
  issuedAt: Date;
  validUntil: string;
  keyId: string;
  jws: string;
  statusListId: number;
  statusIndex: number;
}

const SELECT = `
  SELECT c.id, c.serial, c.person_id AS "personId", p.organisation_id AS "organisationId", c.holder_name AS "holderName",
         c.source_id AS "sourceId", c.source_round AS "sourceRound", c.session_id AS "sessionId", c.outcome, c.note,
         c.methodology_version_id AS "methodologyVersionId", c.position_code AS "positionCode", c.competencies, c.issued_at AS "issuedAt",
         c.valid_until::text AS "validUntil", c.key_id AS "keyId", c.jws, c.status_list_id AS "statusListId", c.status_index AS "statusIndex",
         c.revoked_at AS "revokedAt", c.revocation_reason AS "revocationReason", c.revocation_note AS "revocationNote"
  FROM certificate c JOIN person p ON p.id = c.person_id`;

/** A status list is retired for new entries once half full: random indexes stay cheap to find and the herd stays large. */
const LIST_FILL_LIMIT = 0.5;

/** The only code of the credentials feature that speaks to the database. */
@Injectable()
export class CertificateRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async bySerial(serial: string): Promise<CertificateRow | null> {
    const rows = (await this.ds.query(`${SELECT} WHERE c.serial = $1`, [serial])) as CertificateRow[];
    return rows[0] ?? null;
  }

  async bySource(sourceId: string, round: number): Promise<CertificateRow | null> {
    const rows = (await this.ds.query(`${SELECT} WHERE c.source_id = $1 AND c.source_round = $2`, [sourceId, round])) as CertificateRow[];
    return rows[0] ?? null;
  }

  async ofSources(sourceIds: readonly string[]): Promise<CertificateRow[]> {
    if (sourceIds.length === 0) return [];
    return (await this.ds.query(`${SELECT} WHERE c.source_id = ANY($1) ORDER BY c.issued_at`, [sourceIds])) as CertificateRow[];
  }

  async ofPerson(personId: string): Promise<CertificateRow[]> {
    return (await this.ds.query(`${SELECT} WHERE c.person_id = $1 ORDER BY c.issued_at DESC`, [personId])) as CertificateRow[];
  }

  /** Certificates of people in the subtrees of `roots` (null: everyone), optionally in one organisation's subtree. */
  async inScope(roots: readonly string[] | null, organisationId: string | undefined): Promise<CertificateRow[]> {
    const where: string[] = [];
    const params: unknown[] = [];
    if (roots) {
      params.push(roots);
      where.push(`o.path LIKE ANY(ARRAY(SELECT '%/' || r || '/%' FROM unnest($${params.length}::text[]) r))`);
    }
    if (organisationId) {
      params.push(`%/${organisationId}/%`);
      where.push(`o.path LIKE $${params.length}`);
    }
    return (await this.ds.query(
      `${SELECT} JOIN organisation o ON o.id = p.organisation_id ${where.length ? `WHERE ${where.join(' AND ')}` : ''}
       ORDER BY c.issued_at DESC LIMIT 2000`,
      params,
    )) as CertificateRow[];
  }

  async latestNotRevoked(
    personIds: readonly string[],
  ): Promise<{ personId: string; serial: string; validUntil: string; positionCode: string | null }[]> {
    if (personIds.length === 0) return [];
    return (await this.ds.query(
      `SELECT DISTINCT ON (person_id) person_id AS "personId", serial, valid_until::text AS "validUntil", position_code AS "positionCode"
       FROM certificate WHERE person_id = ANY($1::uuid[]) AND revoked_at IS NULL ORDER BY person_id, issued_at DESC`,
      [personIds],
    )) as { personId: string; serial: string; validUntil: string; positionCode: string | null }[];
  }

  async serialTaken(serial: string): Promise<boolean> {
    return ((await this.ds.query(`SELECT 1 FROM certificate WHERE serial = $1`, [serial])) as unknown[]).length > 0;
  }

  async personFacts(personId: string): Promise<{ name: string; organisationId: string; language: string } | null> {
    const rows = (await this.ds.query(
      `SELECT first_name || ' ' || last_name AS name, organisation_id AS "organisationId", preferred_language AS language FROM person WHERE id = $1`,
      [personId],
    )) as { name: string; organisationId: string; language: string }[];
    return rows[0] ?? null;
  }

  /**
   * A free random entry of the newest list with room (a new list when it is half full), and the
   * certificate written with it, in one transaction under the list's lock. Random indexes keep
   * the order of issue out of the published list.
   */
  async insertWithStatusEntry(build: (entry: { listId: number; index: number }) => Promise<NewCertificate>): Promise<void> {
    await this.ds.transaction(async (m) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('certificate_status_list'))`);
      let [list] = (await m.query(
        `SELECT l.id, l.size, (SELECT count(*)::int FROM certificate c WHERE c.status_list_id = l.id) AS used
         FROM certificate_status_list l ORDER BY l.id DESC LIMIT 1`,
      )) as { id: number; size: number; used: number }[];
      if (!list || list.used >= list.size * LIST_FILL_LIMIT) {
        const id = (list?.id ?? 0) + 1;
        await m.query(`INSERT INTO certificate_status_list (id, size) VALUES ($1, $2)`, [id, STATUS_LIST_SIZE]);
        list = { id, size: STATUS_LIST_SIZE, used: 0 };
      }
      let index = randomInt(0, list.size);
      for (let tries = 0; tries < 64; tries++) {
        const taken = (await m.query(`SELECT 1 FROM certificate WHERE status_list_id = $1 AND status_index = $2`, [
          list.id,
          index,
        ])) as unknown[];
        if (taken.length === 0) break;
        index = randomInt(0, list.size);
      }
      const c = await build({ listId: list.id, index });
      await m.query(
        `INSERT INTO certificate (id, serial, person_id, holder_name, source_id, source_round, session_id, outcome, note, methodology_version_id,
           position_code, competencies, issued_at, valid_until, key_id, jws, status_list_id, status_index)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17, $18)`,
        [
          c.id,
          c.serial,
          c.personId,
          c.holderName,
          c.sourceId,
          c.sourceRound,
          c.sessionId,
          c.outcome,
          c.note ? JSON.stringify(c.note) : null,
          c.methodologyVersionId,
          c.positionCode,
          JSON.stringify(c.competencies),
          c.issuedAt,
          c.validUntil,
          c.keyId,
          c.jws,
          c.statusListId,
          c.statusIndex,
        ],
      );
    });
  }

  /** Revokes once: false when it was already revoked (a concurrent revocation). */
  async revoke(id: string, reason: RevocationReason, note: string, accountId: string | null): Promise<boolean> {
    const rows = (await this.ds.query(
      `UPDATE certificate SET revoked_at = now(), revocation_reason = $2, revocation_note = $3, revoked_by_account_id = $4
       WHERE id = $1 AND revoked_at IS NULL RETURNING id`,
      [id, reason, note, accountId],
    )) as [unknown[], number] | unknown[];
    const list = Array.isArray(rows[0]) ? (rows[0] as unknown[]) : rows;
    return list.length > 0;
  }

  async statusList(listId: number): Promise<{ size: number; revoked: number[] } | null> {
    const [list] = (await this.ds.query(`SELECT size FROM certificate_status_list WHERE id = $1`, [listId])) as { size: number }[];
    if (!list) return null;
    const rows = (await this.ds.query(`SELECT status_index AS i FROM certificate WHERE status_list_id = $1 AND revoked_at IS NOT NULL`, [
      listId,
    ])) as { i: number }[];
    return { size: list.size, revoked: rows.map((r) => r.i) };
  }

  /** Valid certificates whose last day falls within `days` of `today` (for the expiry reminders). */
  async expiring(today: string, days: number): Promise<{ serial: string; personId: string; validUntil: string }[]> {
    return (await this.ds.query(
      `SELECT serial, person_id AS "personId", valid_until::text AS "validUntil" FROM certificate
       WHERE revoked_at IS NULL AND valid_until >= $1::date AND valid_until <= $1::date + $2::int ORDER BY valid_until LIMIT 10000`,
      [today, days],
    )) as { serial: string; personId: string; validUntil: string }[];
  }
}
