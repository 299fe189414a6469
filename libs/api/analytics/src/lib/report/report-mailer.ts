import { Injectable } from '@nestjs/common';
import type { Language } from '@civics/contracts';

/** One monthly report e-mail: texts already in the recipient's language, the PDF attached. */
export interface ReportMail {
  readonly to: string;
  readonly language: Language;
  readonly subject: string;
  readonly text: string;
  readonly attachment: { readonly fileName: string; readonly contentType: 'application/pdf'; readonly content: Buffer };
}

/** What became of a mail: handed to the outbox, or no mail channel is connected (in-app only). */
export type ReportMailResult = 'queued' | 'not_connected';

/**
 * Sends the monthly report by e-mail. The mail outbox (attestation branch) implements this; until
 * it is wired in (see README "Analytics"), reports are delivered in the app only: each recipient
 * finds them under "Monthly reports" and their delivery stays "ready".
 */
export interface ReportMailer {
  send(mail: ReportMail): Promise<ReportMailResult>;
}

export const REPORT_MAILER = Symbol('REPORT_MAILER');

@Injectable()
export class InAppOnlyReportMailer implements ReportMailer {
  async send(): Promise<ReportMailResult> {
    return 'not_connected';
  }
}
