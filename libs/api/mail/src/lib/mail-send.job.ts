import { Injectable, Logger, type OnApplicationBootstrap } from '@nestjs/common';
import { JobsService } from '@civics/api-platform';
import { MailRepository } from './mail.repository';
import { MailTransport } from './mail-transport';
import { SEND_MAIL_QUEUE } from './mail.service';

export const SWEEP_MAIL_QUEUE = 'mail.sweep';
/** Tries per mail before it is marked failed. */
export const MAX_MAIL_ATTEMPTS = 5;

/** Sends one queued mail per job, and every minute whatever is still pending (a lost job, a server that was down). */
@Injectable()
export class MailSendJob implements OnApplicationBootstrap {
  private readonly logger = new Logger(SEND_MAIL_QUEUE);

  constructor(
    private readonly jobs: JobsService,
    private readonly repo: MailRepository,
    private readonly transport: MailTransport,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    await this.jobs.work<{ id: string }>(SEND_MAIL_QUEUE, async ({ id }) => {
      await this.sendOne(id);
    });
    await this.jobs.work(SWEEP_MAIL_QUEUE, async () => {
      await this.sweep();
    });
    await this.jobs.schedule(SWEEP_MAIL_QUEUE, '* * * * *');
  }

  async sweep(): Promise<number> {
    let sent = 0;
    for (const id of await this.repo.pendingIds(200)) if (await this.sendOne(id)) sent++;
    return sent;
  }

  async sendOne(id: string): Promise<boolean> {
    const mail = await this.repo.claim(id);
    if (!mail) return false;
    try {
      const { transport, filePath } = await this.transport.send({
        id: mail.id,
        to: mail.toAddress,
        subject: mail.subject,
        text: mail.bodyText,
        createdAt: new Date(mail.createdAt),
        attachment: await this.repo.attachmentOf(id),
      });
      await this.repo.markSent(id, transport, filePath);
      return true;
    } catch (error) {
      this.logger.warn(`mail ${id} not sent (try ${mail.attempts}): ${(error as Error).message}`);
      await this.repo.markFailed(id, (error as Error).message, MAX_MAIL_ATTEMPTS);
      return false;
    }
  }
}
