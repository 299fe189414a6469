import { createHash } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import type { RetentionPreview, RetentionRun } from '@civics/contracts';
import { AppConfig } from '@civics/api-platform';
import { AuditAction, AuditService } from '@civics/api-audit';
import { PrivacyRepository } from './privacy.repository';

/** The day before which leaving the service makes a person due for pseudonymisation. */
export function retentionCutoff(today: Date, years: number): string {
  const d = new Date(Date.UTC(today.getUTCFullYear() - years, today.getUTCMonth(), today.getUTCDate()));
  return d.toISOString().slice(0, 10);
}

/** A stable pseudonym: the same person always gets the same one, and it reveals nothing. */
export function pseudonymOf(personId: string): string {
  return `PSN-${createHash('sha256').update(personId).digest('hex').slice(0, 12).toUpperCase()}`;
}

/** Retention of personal data of people who left the service (RETENTION_YEARS, default 5). */
@Injectable()
export class RetentionService {
  constructor(
    private readonly repo: PrivacyRepository,
    private readonly config: AppConfig,
    private readonly audit: AuditService,
  ) {}

  async preview(now = new Date()): Promise<RetentionPreview> {
    const cutoff = retentionCutoff(now, this.config.retentionYears);
    const rows = await this.repo.retentionCandidates(cutoff);
    return { retentionYears: this.config.retentionYears, cutoff, candidates: rows.map((r) => ({ personId: r.id, leftOn: r.left_on })) };
  }

  /** Pseudonymises every due person; each one is audited. `actorAccountId` null: the scheduled job. */
  async run(actorAccountId: string | null, now = new Date()): Promise<RetentionRun> {
    const { cutoff, candidates } = await this.preview(now);
    let pseudonymised = 0;
    for (const c of candidates) {
      if (!(await this.repo.pseudonymise(c.personId, pseudonymOf(c.personId)))) continue;
      pseudonymised++;
      await this.audit.record({
        actorAccountId,
        action: AuditAction.PersonPseudonymised,
        subjectPersonId: c.personId,
        purpose: 'retention period ended',
        details: { leftOn: c.leftOn, cutoff, retentionYears: this.config.retentionYears },
      });
    }
    return { pseudonymised, cutoff };
  }
}
