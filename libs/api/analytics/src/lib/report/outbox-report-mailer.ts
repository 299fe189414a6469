import { Injectable } from '@nestjs/common';
import { MailService } from '@civics/api-mail';
import type { ReportMail, ReportMailer, ReportMailResult } from './report-mailer';

/** Monthly reports go through the mail outbox (SMTP or .eml files); a rerun of a month does not mail the same report twice. */
@Injectable()
export class OutboxReportMailer implements ReportMailer {
  constructor(private readonly mail: MailService) {}

  async send(m: ReportMail): Promise<ReportMailResult> {
    await this.mail.queueToAddress({
      to: m.to,
      language: m.language,
      kind: 'monthly_report',
      dedupeKey: `monthly-report:${m.to}:${m.attachment.fileName}`,
      subject: m.subject,
      text: m.text,
      attachment: m.attachment,
    });
    return 'queued';
  }
}
