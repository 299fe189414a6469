import { Injectable } from '@nestjs/common';
import { AppConfig } from '@civics/api-platform';
import { NotificationService } from '@civics/api-training';
import { MailService } from '@civics/api-mail';
import type { Notice } from './notices';

/** One notice to one person: in the app (`GET /api/notifications/me`) and by e-mail (the outbox), each once per key. */
@Injectable()
export class AttestationNotifier {
  constructor(
    private readonly config: AppConfig,
    private readonly notifications: NotificationService,
    private readonly mail: MailService,
  ) {}

  /** An absolute link into the web app (for e-mails). */
  url(path: string): string {
    return `${this.config.publicUrl}${path}`;
  }

  async tell(personId: string | null, kind: string, key: string, notice: Notice, link: string): Promise<void> {
    if (!personId) return;
    await this.notifications.notify(personId, kind, key, notice.text, link);
    await this.mail.queue({ personId, kind, dedupeKey: key, subject: notice.subject, text: notice.text });
  }
}
