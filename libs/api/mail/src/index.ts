export * from './lib/mail.module';
export { MailService, SEND_MAIL_QUEUE, type MailRequest } from './lib/mail.service';
export { MailSendJob, SWEEP_MAIL_QUEUE } from './lib/mail-send.job';
