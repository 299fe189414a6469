import { Module } from '@nestjs/common';
import { MailRepository } from './mail.repository';
import { MailService } from './mail.service';
import { MailTransport } from './mail-transport';
import { MailSendJob } from './mail-send.job';
import { MailController } from './mail.controller';
import { MailOutboxEntity } from './mail-outbox.entity';
import { CreateMailOutbox1763887100000 } from './migrations/1763887100000-CreateMailOutbox';
import { AddMailAttachment1763887600000 } from './migrations/1763887600000-AddMailAttachment';

export const MAIL_ENTITIES = [MailOutboxEntity];
export const MAIL_MIGRATIONS = [CreateMailOutbox1763887100000, AddMailAttachment1763887600000];

/** E-mail: an outbox table, a pg-boss job that sends through SMTP or writes .eml files, and "my mails". */
@Module({
  controllers: [MailController],
  providers: [MailRepository, MailService, MailTransport, MailSendJob],
  exports: [MailService, MailSendJob],
})
export class MailModule {}
