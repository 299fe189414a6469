import { Controller } from '@nestjs/common';
import { type Account, type AccountCreate, IdentityRoutes } from '@civics/contracts';
import { type Actor, CurrentActor, CurrentRequestMeta, Endpoint, type RequestMeta, ValidBody } from '@civics/api-platform';
import { AccountService } from './account.service';

@Controller()
export class AccountsController {
  constructor(private readonly accounts: AccountService) {}

  @Endpoint(IdentityRoutes.listAccounts)
  list(): Promise<Account[]> {
    return this.accounts.list();
  }

  @Endpoint(IdentityRoutes.createAccount)
  create(
    @CurrentActor() actor: Actor,
    @ValidBody(IdentityRoutes.createAccount) body: AccountCreate,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Account> {
    return this.accounts.create(actor, body, meta);
  }
}
