import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { Injectable, type OnApplicationShutdown } from '@nestjs/common';
import { createTransport, type Transporter } from 'nodemailer';
import { AppConfig } from '@civics/api-platform';

export interface OutgoingMail {
  readonly id: string;
  readonly to: string;
  readonly subject: string;
  readonly text: string;
  readonly createdAt: Date;
  readonly attachment?: { readonly fileName: string; readonly contentType: string; readonly content: Buffer } | null;
}

/**
 * Hands a mail to the SMTP server (SMTP_URL), or — when none is configured, as in development —
 * writes the RFC 5322 message as an `.eml` file into MAIL_DIR, where any mail client opens it.
 */
@Injectable()
export class MailTransport implements OnApplicationShutdown {
  private smtp: Transporter | null = null;
  private readonly files = createTransport({ streamTransport: true, buffer: true, newline: 'unix' });

  constructor(private readonly config: AppConfig) {}

  get kind(): 'smtp' | 'file' {
    return this.config.smtpUrl ? 'smtp' : 'file';
  }

  async send(mail: OutgoingMail): Promise<{ transport: 'smtp' | 'file'; filePath: string | null }> {
    const message = {
      from: this.config.mailFrom,
      to: mail.to,
      subject: mail.subject,
      text: mail.text,
      messageId: `<${mail.id}@civics>`,
      date: mail.createdAt,
      attachments: mail.attachment
        ? [{ filename: mail.attachment.fileName, contentType: mail.attachment.contentType, content: mail.attachment.content }]
        : [],
    };
    if (this.config.smtpUrl) {
      this.smtp ??= createTransport(this.config.smtpUrl);
      await this.smtp.sendMail(message);
      return { transport: 'smtp', filePath: null };
    }
    const info = (await this.files.sendMail(message)) as { message: Buffer };
    await mkdir(this.config.mailDir, { recursive: true });
    const filePath = join(this.config.mailDir, `${mail.createdAt.toISOString().replace(/[:.]/g, '-')}-${mail.id}.eml`);
    await writeFile(filePath, info.message);
    return { transport: 'file', filePath };
  }

  onApplicationShutdown(): void {
    this.smtp?.close();
  }
}
