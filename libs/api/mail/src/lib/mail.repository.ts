import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { Language } from '@civics/contracts';

export interface OutboxRow {
  id: string;
  personId: string | null;
  toAddress: string;
  subject: string;
  bodyText: string;
  status: 'pending' | 'sent' | 'failed';
  transport: 'smtp' | 'file' | null;
  attempts: number;
  createdAt: Date;
  sentAt: Date | null;
}

export interface MailAttachment {
  readonly fileName: string;
  readonly contentType: string;
  readonly content: Buffer;
}

const SELECT = `SELECT id, person_id AS "personId", to_address AS "toAddress", subject, body_text AS "bodyText", status, transport,
  attempts, created_at AS "createdAt", sent_at AS "sentAt" FROM mail_outbox`;

/** The only code of the mail feature that speaks to the database. */
@Injectable()
export class MailRepository {
  constructor(@InjectDataSource() private readonly ds: DataSource) {}

  async recipient(personId: string): Promise<{ email: string | null; language: Language; name: string } | null> {
    const rows = (await this.ds.query(
      `SELECT email, preferred_language AS language, first_name || ' ' || last_name AS name FROM person WHERE id = $1`,
      [personId],
    )) as { email: string | null; language: Language; name: string }[];
    return rows[0] ?? null;
  }

  /** Adds a mail unless one with the same dedupe key exists; true when added. */
  async insert(m: {
    id: string;
    personId: string | null;
    to: string;
    language: Language;
    kind: string;
    dedupeKey: string | null;
    subject: string;
    text: string;
    attachment?: MailAttachment | null;
  }): Promise<boolean> {
    const a = m.attachment ?? null;
    const rows = (await this.ds.query(
      `INSERT INTO mail_outbox (id, person_id, to_address, language, kind, dedupe_key, subject, body_text, attachment_name, attachment_type, attachment)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) ON CONFLICT (dedupe_key) DO NOTHING RETURNING id`,
      [
        m.id,
        m.personId,
        m.to,
        m.language,
        m.kind,
        m.dedupeKey,
        m.subject,
        m.text,
        a?.fileName ?? null,
        a?.contentType ?? null,
        a?.content ?? null,
      ],
    )) as unknown[];
    return rows.length > 0;
  }

  /**
   * Claims a pending mail for sending (counts the attempt) for two minutes, so the job of the mail
   * and the sweep never send it both; null when it is not pending or someone else holds it.
   */
  async claim(id: string): Promise<OutboxRow | null> {
    const rows = (await this.ds.query(
      `UPDATE mail_outbox SET attempts = attempts + 1, claimed_until = now() + interval '2 minutes'
       WHERE id = $1 AND status = 'pending' AND (claimed_until IS NULL OR claimed_until < now())
       RETURNING id, person_id AS "personId", to_address AS "toAddress", subject, body_text AS "bodyText", status, transport, attempts,
                 created_at AS "createdAt", sent_at AS "sentAt"`,
      [id],
    )) as [OutboxRow[], number] | OutboxRow[];
    const list = (Array.isArray(rows[0]) ? rows[0] : rows) as OutboxRow[];
    return list[0] ?? null;
  }

  /** The attachment of a mail being sent (read only then: it can be large). */
  async attachmentOf(id: string): Promise<MailAttachment | null> {
    const rows = (await this.ds.query(
      `SELECT attachment_name AS "fileName", attachment_type AS "contentType", attachment AS content FROM mail_outbox WHERE id = $1 AND attachment IS NOT NULL`,
      [id],
    )) as MailAttachment[];
    return rows[0] ?? null;
  }

  async markSent(id: string, transport: 'smtp' | 'file', filePath: string | null): Promise<void> {
    await this.ds.query(
      `UPDATE mail_outbox SET status = 'sent', transport = $2, file_path = $3, sent_at = now(), last_error = NULL WHERE id = $1`,
      [id, transport, filePath],
    );
  }

  /** Records a failed try; after `maxAttempts` the mail is given up as failed. */
  async markFailed(id: string, error: string, maxAttempts: number): Promise<void> {
    await this.ds.query(
      `UPDATE mail_outbox SET last_error = $2, claimed_until = NULL, status = CASE WHEN attempts >= $3 THEN 'failed' ELSE status END WHERE id = $1`,
      [id, error.slice(0, 1000), maxAttempts],
    );
  }

  async pendingIds(limit: number): Promise<string[]> {
    const rows = (await this.ds.query(`SELECT id FROM mail_outbox WHERE status = 'pending' ORDER BY created_at LIMIT $1`, [limit])) as {
      id: string;
    }[];
    return rows.map((r) => r.id);
  }

  async ofPerson(personId: string): Promise<OutboxRow[]> {
    return (await this.ds.query(`${SELECT} WHERE person_id = $1 ORDER BY created_at DESC LIMIT 100`, [personId])) as OutboxRow[];
  }
}
