import { Controller } from '@nestjs/common';
import { type Mail, MailRoutes as R } from '@civics/contracts';
import { type Actor, CurrentActor, Endpoint } from '@civics/api-platform';
import { MailService } from './mail.service';

@Controller()
export class MailController {
  constructor(private readonly mail: MailService) {}

  @Endpoint(R.myMail)
  mine(@CurrentActor() actor: Actor): Promise<Mail[]> {
    return this.mail.mine(actor);
  }
}
