import { randomUUID } from 'node:crypto';
import { Inject, Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import type { Language, MonthlyRunResult } from '@civics/contracts';
import { addMonths, monthOf } from '@civics/domain';
import { JobsService } from '@civics/api-platform';
import { AnalyticsRepository } from '../analytics.repository';
import { DashboardService } from '../dashboard/dashboard.service';
import { LABELS } from '../export/labels';
import { REPORT_MAILER, type ReportMailer } from './report-mailer';
import { renderSummaryPdf } from './summary-pdf';

export const MONTHLY_REPORT_QUEUE = 'analytics.monthly-report';

/**
 * pg-boss job `analytics.monthly-report`, at 06:00 on the 1st of each month: for every HR officer's
 * organisation, the summary report of the month just ended (the 12 months up to it) in each
 * language its recipients read, stored for download ("report ready" for each recipient) and
 * handed to the mailer.
 */
@Injectable()
export class MonthlyReportJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(MONTHLY_REPORT_QUEUE);

  constructor(
    private readonly jobs: JobsService,
    private readonly repo: AnalyticsRepository,
    private readonly dashboard: DashboardService,
    @Inject(REPORT_MAILER) private readonly mailer: ReportMailer,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(MONTHLY_REPORT_QUEUE, async () => {
      const r = await this.runOnce();
      this.logger.log(`Monthly reports for ${r.month}: ${r.reports} reports, ${r.recipients} recipients`);
    });
    await this.jobs.schedule(MONTHLY_REPORT_QUEUE, '0 6 1 * *');
  }

  /** Produces the reports of `month` (default: the month before now); a rerun replaces them. */
  async runOnce(month = addMonths(monthOf(new Date()), -1)): Promise<MonthlyRunResult> {
    const recipients = await this.repo.reportRecipients();
    const byOrg = new Map<string, typeof recipients>();
    for (const r of recipients) byOrg.set(r.scopeOrganisationId, [...(byOrg.get(r.scopeOrganisationId) ?? []), r]);
    let reports = 0;
    let delivered = 0;
    for (const [orgId, people] of byOrg) {
      const d = await this.dashboard.forOrganisation(orgId, { to: month, from: addMonths(month, -11) });
      const orgCode = (d.organisation?.code ?? 'org').toLowerCase();
      for (const language of [...new Set(people.map((p) => p.language))] as Language[]) {
        const pdf = await renderSummaryPdf(d, language);
        const fileName = `compliance-report-${orgCode}-${month}-${language}.pdf`;
        const reportId = await this.repo.saveReport(randomUUID(), orgId, month, language, fileName, pdf);
        reports++;
        const L = LABELS[language];
        const orgName = d.organisation?.name[language] ?? '';
        for (const r of people.filter((p) => p.language === language)) {
          await this.repo.addRecipient(reportId, r.accountId, r.email);
          delivered++;
          if (!r.email) continue;
          try {
            const result = await this.mailer.send({
              to: r.email,
              language,
              subject: L.mail.subject(orgName, month),
              text: L.mail.text(orgName, month),
              attachment: { fileName, contentType: 'application/pdf', content: pdf },
            });
            if (result === 'queued') await this.repo.markDelivery(reportId, r.accountId, 'sent', null);
          } catch (err) {
            await this.repo.markDelivery(reportId, r.accountId, 'failed', err instanceof Error ? err.message : String(err));
          }
        }
      }
    }
    return { month, reports, recipients: delivered };
  }
}
