import { randomUUID } from 'node:crypto';
import { Injectable, Logger } from '@nestjs/common';
import type { Language, LocalizedText, Mail } from '@civics/contracts';
import { type Actor, JobsService } from '@civics/api-platform';
import { type MailAttachment, MailRepository } from './mail.repository';

export const SEND_MAIL_QUEUE = 'mail.send';

export interface MailRequest {
  readonly personId: string;
  readonly kind: string;
  /** The same key is mailed once (e.g. one reminder per certificate and threshold). */
  readonly dedupeKey: string;
  readonly subject: LocalizedText;
  readonly text: LocalizedText;
}

/** Queues e-mails in the outbox (sent by the `mail.send` job) and lists a person's mails. */
@Injectable()
export class MailService {
  private readonly logger = new Logger('mail');

  constructor(
    private readonly repo: MailRepository,
    private readonly jobs: JobsService,
  ) {}

  /** Queues a mail to a person in their preferred language; false when they have no address or it was queued before. */
  async queue(request: MailRequest): Promise<boolean> {
    const to = await this.repo.recipient(request.personId);
    if (!to?.email) return false;
    const id = randomUUID();
    const added = await this.repo.insert({
      id,
      personId: request.personId,
      to: `${to.name} <${to.email}>`,
      language: to.language,
      kind: request.kind,
      dedupeKey: request.dedupeKey,
      subject: request.subject[to.language],
      text: request.text[to.language],
    });
    if (added) await this.prompt(id);
    return added;
  }

  /**
   * Queues a mail to an address in a language already chosen (e.g. a monthly report to an HR
   * officer's account address), with an optional attachment; false when queued before.
   */
  async queueToAddress(request: {
    readonly to: string;
    readonly language: Language;
    readonly kind: string;
    readonly dedupeKey: string;
    readonly subject: string;
    readonly text: string;
    readonly attachment?: MailAttachment;
  }): Promise<boolean> {
    const id = randomUUID();
    const added = await this.repo.insert({ id, personId: null, ...request });
    if (added) await this.prompt(id);
    return added;
  }

  /** The sweep every minute sends a queued mail anyway; this only makes it prompt. */
  private async prompt(id: string): Promise<void> {
    if (!this.jobs.running) return;
    await this.jobs.send(SEND_MAIL_QUEUE, { id }).catch((e: unknown) => this.logger.warn(`mail ${id} waits for the sweep: ${String(e)}`));
  }

  async mine(actor: Actor): Promise<Mail[]> {
    if (!actor.personId) return [];
    return (await this.repo.ofPerson(actor.personId)).map((m) => ({
      id: m.id,
      to: m.toAddress,
      subject: m.subject,
      text: m.bodyText,
      status: m.status,
      transport: m.transport,
      createdAt: new Date(m.createdAt).toISOString(),
      sentAt: m.sentAt ? new Date(m.sentAt).toISOString() : null,
    }));
  }
}
