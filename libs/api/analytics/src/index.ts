export * from './lib/analytics.module';
export { RefreshService, WINDOW_MONTHS } from './lib/refresh/refresh.service';
export { REFRESH_QUEUE } from './lib/refresh/refresh.job';
export { MonthlyReportJob, MONTHLY_REPORT_QUEUE } from './lib/report/monthly-report.job';
export { REPORT_MAILER, type ReportMailer, type ReportMail, type ReportMailResult } from './lib/report/report-mailer';
export {
  ATTESTATION_PIPELINE_SOURCE,
  type AttestationPipelineSource,
  type AttestationCounts,
  type AttestationQuery,
} from './lib/attestation/attestation-pipeline';
