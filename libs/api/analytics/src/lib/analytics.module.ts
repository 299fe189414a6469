import { Module, type OnModuleInit } from '@nestjs/common';
import { AppConfig, DemoSeedRegistry } from '@civics/api-platform';
import { IdentityModule } from '@civics/api-identity';
import { MethodologyModule } from '@civics/api-methodology';
import { AttestationModule, AttestationPipelineCounts } from '@civics/api-attestation';
import { MailModule } from '@civics/api-mail';
import { AnalyticsRepository } from './analytics.repository';
import { AnalyticsController } from './analytics.controller';
import { DashboardScope } from './dashboard/dashboard-scope';
import { DashboardService } from './dashboard/dashboard.service';
import { PersonComplianceService } from './dashboard/person-compliance.service';
import { RefreshService } from './refresh/refresh.service';
import { RefreshJob } from './refresh/refresh.job';
import { ReportsService } from './report/reports.service';
import { MonthlyReportJob } from './report/monthly-report.job';
import { REPORT_MAILER } from './report/report-mailer';
import { OutboxReportMailer } from './report/outbox-report-mailer';
import { ATTESTATION_PIPELINE_SOURCE } from './attestation/attestation-pipeline';
import { RosterRepository } from './roster/roster.repository';
import { RosterService } from './roster/roster.service';
import { RosterController } from './roster/roster.controller';
import { DemoDataRepository } from './demo/demo-data.repository';
import { DemoAnalyticsSeeder } from './demo/demo-analytics.seeder';
import { CreateAnalytics1763887400000 } from './migrations/1763887400000-CreateAnalytics';
import { CreateRosterImport1763887500000 } from './migrations/1763887500000-CreateRosterImport';

export const ANALYTICS_MIGRATIONS = [CreateAnalytics1763887400000, CreateRosterImport1763887500000];

/**
 * HR analytics (issue 9): compliance dashboard over incrementally maintained aggregates, exports,
 * the printable summary and monthly reports, and the roster import. The attestation figures come
 * from the attestation feature and monthly reports are mailed through the mail outbox, both behind
 * interfaces (ATTESTATION_PIPELINE_SOURCE, REPORT_MAILER) so the dashboard tests can replace them.
 */
@Module({
  imports: [IdentityModule, MethodologyModule, AttestationModule, MailModule],
  controllers: [AnalyticsController, RosterController],
  providers: [
    AnalyticsRepository,
    DashboardScope,
    DashboardService,
    PersonComplianceService,
    RefreshService,
    RefreshJob,
    ReportsService,
    MonthlyReportJob,
    RosterRepository,
    RosterService,
    DemoDataRepository,
    DemoAnalyticsSeeder,
    { provide: REPORT_MAILER, useClass: OutboxReportMailer },
    { provide: ATTESTATION_PIPELINE_SOURCE, useExisting: AttestationPipelineCounts },
  ],
  exports: [RefreshService, MonthlyReportJob, DashboardService],
})
export class AnalyticsModule implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly seeder: DemoAnalyticsSeeder,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.seedDemo) this.seeds.register(this.seeder);
  }
}
