import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '@civics/api-platform';
import { NotificationService } from '@civics/api-training';
import { MailService } from '@civics/api-mail';
import { CertificateRepository } from './certificate.repository';
import { CertificateView, todayIso } from './certificate-view';

export const CERTIFICATE_EXPIRY_QUEUE = 'credentials.expiry-reminders';
/** Reminders go out this many days before a certificate's last day (and once each). */
export const EXPIRY_REMINDER_DAYS = [90, 30] as const;

function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * Daily: holders of a valid certificate are reminded 90 and 30 days before it expires, in the app
 * and by e-mail. Each run sends the smallest threshold a certificate has reached, once per
 * certificate and threshold (the dedupe key), so a missed day is made up the next day and nothing
 * is sent twice.
 */
@Injectable()
export class ExpiryRemindersJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(CERTIFICATE_EXPIRY_QUEUE);

  constructor(
    private readonly jobs: JobsService,
    private readonly repo: CertificateRepository,
    private readonly view: CertificateView,
    private readonly notifications: NotificationService,
    private readonly mail: MailService,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work(CERTIFICATE_EXPIRY_QUEUE, async () => {
      const sent = await this.runOnce();
      if (sent) this.logger.log(`Sent ${sent} certificate expiry reminders`);
    });
    await this.jobs.schedule(CERTIFICATE_EXPIRY_QUEUE, '15 6 * * *');
  }

  /** Sends what is due on `now`'s day; returns how many reminder e-mails were newly queued. */
  async runOnce(now = new Date()): Promise<number> {
    const today = todayIso(now);
    let sent = 0;
    for (const c of await this.repo.expiring(today, Math.max(...EXPIRY_REMINDER_DAYS))) {
      const left = daysBetween(today, c.validUntil);
      const threshold = Math.min(...EXPIRY_REMINDER_DAYS.filter((d) => left <= d));
      const key = `certificate_expiry:${threshold}:${c.serial}`;
      const url = this.view.verifyPageUrl(c.serial);
      await this.notifications.notify(
        c.personId,
        'certificate_expiring',
        key,
        {
          az: `${c.serial} nömrəli sertifikatınızın müddəti ${c.validUntil} tarixində bitir (${left} gün qalıb). Yenidən attestasiya üçün HR ilə əlaqə saxlayın.`,
          ru: `Срок действия вашего сертификата ${c.serial} истекает ${c.validUntil} (осталось ${left} дн.). Обратитесь в отдел кадров для переаттестации.`,
          en: `Your certificate ${c.serial} expires on ${c.validUntil} (${left} days left). Ask HR about re-attestation.`,
        },
        '/attestation/my',
      );
      const queued = await this.mail.queue({
        personId: c.personId,
        kind: 'certificate_expiring',
        dedupeKey: key,
        subject: {
          az: `Sertifikatın müddəti bitir: ${c.serial}`,
          ru: `Истекает срок сертификата ${c.serial}`,
          en: `Certificate ${c.serial} is expiring`,
        },
        text: {
          az: `Sertifikatınız ${c.serial} ${c.validUntil} tarixinədək etibarlıdır (${left} gün qalıb).\nYoxlama: ${url}`,
          ru: `Ваш сертификат ${c.serial} действителен до ${c.validUntil} (осталось ${left} дн.).\nПроверка: ${url}`,
          en: `Your certificate ${c.serial} is valid until ${c.validUntil} (${left} days left).\nVerify: ${url}`,
        },
      });
      if (queued) sent++;
    }
    return sent;
  }
}
