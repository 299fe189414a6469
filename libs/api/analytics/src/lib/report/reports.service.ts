import type { Readable } from 'node:stream';
import { Injectable } from '@nestjs/common';
import type { ComplianceExportQuery, ComplianceReportQuery, MonthlyReport, PersonComplianceRow } from '@civics/contracts';
import { hasRole, type Actor } from '@civics/api-platform';
import { AnalyticsRepository } from '../analytics.repository';
import { AnalyticsErrorCode, AnalyticsException } from '../analytics.exception';
import { DashboardScope } from '../dashboard/dashboard-scope';
import { DashboardService, toPersonRow } from '../dashboard/dashboard.service';
import { orgRef, OrgTree } from '../dashboard/org-tree';
import { dashboardTable } from '../export/dashboard-tables';
import { CONTENT_TYPES, writeTable } from '../export/table-writer';
import { renderSummaryPdf } from './summary-pdf';

export interface FileReply {
  readonly fileName: string;
  readonly contentType: string;
  readonly body: Readable | Buffer;
}

/** Exports of the dashboard tables, the printable summary and the monthly reports a caller may download. */
@Injectable()
export class ReportsService {
  constructor(
    private readonly repo: AnalyticsRepository,
    private readonly dashboard: DashboardService,
    private readonly scopes: DashboardScope,
  ) {}

  async exportTable(actor: Actor, q: ComplianceExportQuery): Promise<FileReply> {
    const d = await this.dashboard.dashboard(actor, q);
    const scope = await this.scopes.resolve(actor, q.orgId);
    const repo = this.repo;
    const filter = {
      versionId: d.version.id,
      organisationIds: scope.unitIds ? [...scope.unitIds] : null,
      positionCode: q.positionCode ?? null,
      sort: 'gap' as const,
    };
    async function* people(): AsyncGenerator<PersonComplianceRow[]> {
      for await (const batch of repo.peopleCursor(filter)) yield batch.map((r) => toPersonRow(r, scope.tree));
    }
    const spec = dashboardTable(q.table, d, q.lang, people);
    return {
      fileName: `compliance-${q.table}-${(d.organisation?.code ?? 'all').toLowerCase()}-${new Date().toISOString().slice(0, 10)}.${q.format}`,
      contentType: CONTENT_TYPES[q.format],
      body: writeTable(q.format, spec),
    };
  }

  async summaryPdf(actor: Actor, q: ComplianceReportQuery): Promise<FileReply> {
    const d = await this.dashboard.dashboard(actor, q);
    return {
      fileName: `compliance-report-${(d.organisation?.code ?? 'all').toLowerCase()}-${d.period.to}-${q.lang}.pdf`,
      contentType: 'application/pdf',
      body: await renderSummaryPdf(d, q.lang),
    };
  }

  /** Reports addressed to the caller; administrators see every report. */
  async reports(actor: Actor): Promise<MonthlyReport[]> {
    const [rows, organisations] = await Promise.all([
      this.repo.reports(hasRole(actor, 'administrator') ? null : actor.accountId),
      this.repo.organisations(),
    ]);
    const tree = new OrgTree(organisations);
    return rows
      .filter((r) => tree.get(r.organisationId))
      .map((r) => ({
        id: r.id,
        organisation: orgRef(tree.get(r.organisationId) as NonNullable<ReturnType<OrgTree['get']>>),
        month: r.month,
        language: r.language,
        fileName: r.fileName,
        sizeBytes: r.sizeBytes,
        createdAt: new Date(r.createdAt).toISOString(),
        delivery: r.delivery,
      }));
  }

  async reportFile(actor: Actor, id: string): Promise<FileReply> {
    const file = await this.repo.reportFile(id, hasRole(actor, 'administrator') ? null : actor.accountId);
    if (!file) throw new AnalyticsException(AnalyticsErrorCode.ReportNotFound, 'The report was not found.');
    return { fileName: file.fileName, contentType: 'application/pdf', body: file.content };
  }
}
