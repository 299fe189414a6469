import { Injectable } from '@nestjs/common';
import type { MyDataExport } from '@civics/contracts';
import { type Actor, NotFoundException, type RequestMeta } from '@civics/api-platform';
import { AuditAction, AuditService } from '@civics/api-audit';
import { AccessLogService } from '@civics/api-identity';
import { PrivacyRepository } from './privacy.repository';
import { renderExportPdf } from './export-pdf';

/** A person's right of access: everything stored about them, as JSON or PDF. */
@Injectable()
export class ExportService {
  constructor(
    private readonly repo: PrivacyRepository,
    private readonly accessLog: AccessLogService,
    private readonly audit: AuditService,
  ) {}

  json(actor: Actor, meta: RequestMeta): Promise<MyDataExport> {
    return this.exported(actor, meta, 'json');
  }

  async pdf(actor: Actor, meta: RequestMeta): Promise<Buffer> {
    return renderExportPdf(await this.exported(actor, meta, 'pdf'));
  }

  /** The caller's data, with the export recorded in the audit trail. */
  private async exported(actor: Actor, meta: RequestMeta, format: 'json' | 'pdf'): Promise<MyDataExport> {
    const data = await this.collect(actor);
    await this.audit.record({
      actorAccountId: actor.accountId,
      action: AuditAction.DataExported,
      subjectPersonId: actor.personId,
      requestId: meta.requestId,
      details: { format },
    });
    return data;
  }

  private async collect(actor: Actor): Promise<MyDataExport> {
    const personId = actor.personId;
    if (!personId) {
      // An account without a person (e.g. an administrator) holds only its account data.
      return {
        exportedAt: new Date().toISOString(),
        person: null,
        accounts: [],
        results: [],
        attempts: [],
        plans: [],
        enrolments: [],
        attestation: [],
        certificates: [],
        accessLog: [],
      };
    }
    const person = await this.repo.person(personId);
    if (!person) throw new NotFoundException('The person');
    const [accounts, results, attempts, plans, enrolments, attestation, certificates, accessLog] = await Promise.all([
      this.repo.accounts(personId),
      this.repo.results(personId),
      this.repo.attempts(personId),
      this.repo.plans(personId),
      this.repo.enrolments(personId),
      this.repo.attestation(personId),
      this.repo.certificates(personId),
      this.accessLog.ofPerson(personId),
    ]);
    return {
      exportedAt: new Date().toISOString(),
      person: plain(person),
      accounts: accounts.map(plain),
      results: results.map(plain),
      attempts: attempts.map(plain),
      plans: plans.map(plain),
      enrolments: enrolments.map(plain),
      attestation: attestation.map(plain),
      certificates: certificates.map(plain),
      accessLog,
    };
  }
}

/** Dates as ISO text, so JSON and PDF show the same values. */
function plain(row: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(row).map(([k, v]) => [k, v instanceof Date ? v.toISOString() : v]));
}
