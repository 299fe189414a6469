import { Controller, Res, type StreamableFile } from '@nestjs/common';
import type { FastifyReply } from 'fastify';
import {
  AnalyticsRoutes as R,
  type AnalyticsStatus,
  type ComplianceDashboard,
  type ComplianceExportQuery,
  type ComplianceFilter,
  type CompliancePeoplePage,
  type CompliancePeopleQuery,
  type ComplianceReportQuery,
  type IdParam,
  type MonthlyReport,
  type MonthlyRunResult,
  type PersonCompliance,
} from '@civics/contracts';
import {
  type Actor,
  CurrentActor,
  CurrentRequestMeta,
  Endpoint,
  type RequestMeta,
  ValidBody,
  ValidParams,
  ValidQuery,
} from '@civics/api-platform';
import { DashboardService } from './dashboard/dashboard.service';
import { PersonComplianceService } from './dashboard/person-compliance.service';
import { RefreshService } from './refresh/refresh.service';
import { ReportsService } from './report/reports.service';
import { sendFile } from './send-file';
import { MonthlyReportJob } from './report/monthly-report.job';

@Controller()
export class AnalyticsController {
  constructor(
    private readonly dashboard: DashboardService,
    private readonly people: PersonComplianceService,
    private readonly refresh: RefreshService,
    private readonly reports: ReportsService,
    private readonly monthly: MonthlyReportJob,
  ) {}

  @Endpoint(R.compliance)
  compliance(@CurrentActor() actor: Actor, @ValidQuery(R.compliance) q: ComplianceFilter): Promise<ComplianceDashboard> {
    return this.dashboard.dashboard(actor, q);
  }

  @Endpoint(R.people)
  peoplePage(@CurrentActor() actor: Actor, @ValidQuery(R.people) q: CompliancePeopleQuery): Promise<CompliancePeoplePage> {
    return this.people.list(actor, q);
  }

  @Endpoint(R.exportTable)
  async exportTable(
    @CurrentActor() actor: Actor,
    @ValidQuery(R.exportTable) q: ComplianceExportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendFile(reply, await this.reports.exportTable(actor, q));
  }

  @Endpoint(R.summaryReport)
  async summaryReport(
    @CurrentActor() actor: Actor,
    @ValidQuery(R.summaryReport) q: ComplianceReportQuery,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendFile(reply, await this.reports.summaryPdf(actor, q));
  }

  @Endpoint(R.person)
  person(
    @CurrentActor() actor: Actor,
    @ValidParams(R.person) p: IdParam,
    @ValidQuery(R.person) q: { versionId?: string },
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<PersonCompliance> {
    return this.people.person(actor, p.id, q.versionId, meta);
  }

  @Endpoint(R.status)
  status(): Promise<AnalyticsStatus> {
    return this.refresh.status();
  }

  @Endpoint(R.refresh)
  refreshNow(): Promise<AnalyticsStatus> {
    return this.refresh.refresh();
  }

  @Endpoint(R.reports)
  reportList(@CurrentActor() actor: Actor): Promise<MonthlyReport[]> {
    return this.reports.reports(actor);
  }

  @Endpoint(R.reportFile)
  async reportFile(
    @CurrentActor() actor: Actor,
    @ValidParams(R.reportFile) p: IdParam,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<StreamableFile> {
    return sendFile(reply, await this.reports.reportFile(actor, p.id));
  }

  @Endpoint(R.runMonthly)
  runMonthly(@ValidBody(R.runMonthly) body: { month?: string }): Promise<MonthlyRunResult> {
    return this.monthly.runOnce(body.month);
  }
}
