export * from './lib/credentials.module';
export { CertificateService, ISSUE_CERTIFICATE_QUEUE, type IssueRequest } from './lib/certificate.service';
export { ExpiryRemindersJob, CERTIFICATE_EXPIRY_QUEUE, EXPIRY_REMINDER_DAYS } from './lib/expiry-reminders.job';
export { decodeStatusList } from './lib/status-list';
export { newPdf, pdfBytes, drawTable } from './lib/pdf/pdf-document';
