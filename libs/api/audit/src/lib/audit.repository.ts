import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource, EntityManager } from 'typeorm';
import { AuditEventEntity } from './audit-event.entity';
import { chainHash, GENESIS_HASH } from './audit-hash';

export interface NewAuditEvent {
  readonly actorAccountId: string | null;
  readonly action: string;
  readonly subjectPersonId?: string | null;
  readonly purpose?: string | null;
  readonly requestId?: string | null;
  readonly details?: Record<string, unknown>;
}

@Injectable()
export class AuditRepository {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  /** Appends under a transaction-scoped lock so the chain has exactly one tail. */
  async append(event: NewAuditEvent, manager?: EntityManager): Promise<AuditEventEntity> {
    const run = async (m: EntityManager) => {
      await m.query(`SELECT pg_advisory_xact_lock(hashtext('audit_event'))`);
      const [{ seq }] = (await m.query(`SELECT nextval('audit_event_seq')::text AS seq`)) as { seq: string }[];
      const last = (await m.query(`SELECT hash FROM audit_event ORDER BY seq DESC LIMIT 1`)) as { hash: string }[];
      const prevHash = last[0]?.hash ?? GENESIS_HASH;
      const row = m.create(AuditEventEntity, {
        seq,
        occurredAt: new Date(),
        actorAccountId: event.actorAccountId,
        action: event.action,
        subjectPersonId: event.subjectPersonId ?? null,
        purpose: event.purpose ?? null,
        requestId: event.requestId ?? null,
        details: event.details ?? {},
        prevHash,
      });
      row.hash = chainHash(prevHash, row);
      await m.save(AuditEventEntity, row);
      return row;
    };
    return manager ? run(manager) : this.dataSource.transaction(run);
  }

  /** Events in chain order, a page at a time. */
  async page(afterSeq: string, limit: number): Promise<AuditEventEntity[]> {
    return this.dataSource
      .getRepository(AuditEventEntity)
      .createQueryBuilder('e')
      .where('e.seq > :afterSeq', { afterSeq })
      .orderBy('e.seq', 'ASC')
      .limit(limit)
      .getMany();
  }

  async forSubject(personId: string, limit: number): Promise<AuditEventEntity[]> {
    return this.dataSource.getRepository(AuditEventEntity).find({
      where: { subjectPersonId: personId },
      order: { seq: 'DESC' },
      take: limit,
    });
  }
}
