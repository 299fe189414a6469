import { z } from 'zod';
import { route } from '../route-def';
import { Permission } from '../permissions';
import { MailSchema } from '../credentials';

/** The outbox as its recipients see it. */
export const MailRoutes = {
  myMail: route({
    method: 'GET',
    path: '/api/mail/me',
    summary: 'E-mails the platform sent me (written to files in development when no SMTP server is configured)',
    tag: 'mail',
    access: Permission.MeRead,
    response: z.array(MailSchema),
  }),
} as const;
