import { Injectable } from '@nestjs/common';
import type { AccessLogEntry } from '@civics/contracts';
import type { Actor } from '@civics/api-platform';
import { AccessLogRepository } from './access-log.repository';

/** The newest entries only: the page and the export show the recent history, the audit keeps it all. */
const ACCESS_LOG_LIMIT = 500;

/** "Who used my data": every event about me that another account caused, with its purpose. */
@Injectable()
export class AccessLogService {
  constructor(private readonly repo: AccessLogRepository) {}

  async mine(actor: Actor): Promise<AccessLogEntry[]> {
    return actor.personId ? this.ofPerson(actor.personId) : [];
  }

  async ofPerson(personId: string): Promise<AccessLogEntry[]> {
    return (await this.repo.forPerson(personId, ACCESS_LOG_LIMIT)).map((r) => ({
      seq: Number(r.seq),
      occurredAt: new Date(r.occurred_at).toISOString(),
      actorName: r.actor_first_name && r.actor_last_name ? `${r.actor_first_name} ${r.actor_last_name}` : (r.actor_username ?? 'system'),
      actorRoles: r.actor_roles ?? [],
      action: r.action,
      purpose: r.purpose,
    }));
  }
}
