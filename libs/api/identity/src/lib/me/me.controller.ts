import { Controller } from '@nestjs/common';
import { type Me, MeRoutes, type PasswordChange } from '@civics/contracts';
import { type Actor, CurrentActor, CurrentRequestMeta, Endpoint, type RequestMeta, ValidBody } from '@civics/api-platform';
import { MeService } from './me.service';
import { AccountService } from '../accounts/account.service';

@Controller()
export class MeController {
  constructor(
    private readonly me: MeService,
    private readonly accounts: AccountService,
  ) {}

  @Endpoint(MeRoutes.me)
  get(@CurrentActor() actor: Actor): Promise<Me> {
    return this.me.me(actor.accountId);
  }

  @Endpoint(MeRoutes.changePassword)
  changePassword(
    @CurrentActor() actor: Actor,
    @ValidBody(MeRoutes.changePassword) body: PasswordChange,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<void> {
    return this.accounts.changePassword(actor, body, meta);
  }
}
