import type { Language } from '@civics/contracts';

/** One monthly report e-mail: texts already in the recipient's language, the PDF attached. */
export interface ReportMail {
  readonly to: string;
  readonly language: Language;
  readonly subject: string;
  readonly text: string;
  readonly attachment: { readonly fileName: string; readonly contentType: 'application/pdf'; readonly content: Buffer };
}

/** A mail handed to the outbox; its sending is the outbox's job. */
export type ReportMailResult = 'queued';

/** Sends the monthly report by e-mail (bound to the mail outbox: OutboxReportMailer). */
export interface ReportMailer {
  send(mail: ReportMail): Promise<ReportMailResult>;
}

export const REPORT_MAILER = Symbol('REPORT_MAILER');
