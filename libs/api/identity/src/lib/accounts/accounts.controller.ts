import { Controller } from '@nestjs/common';
import { type Account, type AccountCreate, type AccountRolesUpdate, type IdParam, IdentityRoutes, SecurityRoutes } from '@civics/contracts';
import { type Actor, CurrentActor, CurrentRequestMeta, Endpoint, type RequestMeta, ValidBody, ValidParams } from '@civics/api-platform';
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

  @Endpoint(SecurityRoutes.setAccountRoles)
  setRoles(
    @CurrentActor() actor: Actor,
    @ValidParams(SecurityRoutes.setAccountRoles) params: IdParam,
    @ValidBody(SecurityRoutes.setAccountRoles) body: AccountRolesUpdate,
    @CurrentRequestMeta() meta: RequestMeta,
  ): Promise<Account> {
    return this.accounts.setRoles(actor, params.id, body, meta);
  }
}
