import { Module, type OnModuleInit } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { AppConfig, DemoSeedRegistry } from '@civics/api-platform';
import { OrganisationRepository } from './organisations/organisation.repository';
import { OrganisationService } from './organisations/organisation.service';
import { OrganisationsController } from './organisations/organisations.controller';
import { PersonRepository } from './persons/person.repository';
import { PersonService } from './persons/person.service';
import { PersonsController } from './persons/persons.controller';
import { AccountRepository } from './accounts/account.repository';
import { AccountService } from './accounts/account.service';
import { AccountsController } from './accounts/accounts.controller';
import { SessionRepository } from './auth/session.repository';
import { ThrottleRepository } from './auth/throttle.repository';
import { TokenService } from './auth/token.service';
import { LoginThrottleService } from './auth/login-throttle.service';
import { AuthService } from './auth/auth.service';
import { AuthGuard } from './auth/auth.guard';
import { ActorCache } from './auth/actor-cache';
import { AuthController } from './auth/auth.controller';
import { PasswordHasher } from './passwords/password-hasher';
import { MeService } from './me/me.service';
import { MeController } from './me/me.controller';
import { SessionsService } from './me/sessions.service';
import { SessionsController } from './me/sessions.controller';
import { TotpRepository } from './totp/totp.repository';
import { TotpService } from './totp/totp.service';
import { TotpController } from './totp/totp.controller';
import { AccessLogRepository } from './privacy/access-log.repository';
import { AccessLogService } from './privacy/access-log.service';
import { AccessLogController } from './privacy/access-log.controller';
import { OidcService } from './oidc/oidc.service';
import { ScopeService } from './scope/scope.service';
import { DemoIdentitySeeder } from './seed/demo-identity.seeder';
import { IDENTITY_ENTITIES } from './entities';
import { CreateIdentity1763880000000 } from './migrations/1763880000000-CreateIdentity';
import { CreateAccountTotp1763889100000 } from './migrations/1763889100000-CreateAccountTotp';

export { IDENTITY_ENTITIES };
export const IDENTITY_MIGRATIONS = [CreateIdentity1763880000000, CreateAccountTotp1763889100000];

@Module({
  controllers: [
    AuthController,
    MeController,
    SessionsController,
    TotpController,
    AccessLogController,
    OrganisationsController,
    PersonsController,
    AccountsController,
  ],
  providers: [
    OrganisationRepository,
    OrganisationService,
    PersonRepository,
    PersonService,
    AccountRepository,
    AccountService,
    SessionRepository,
    ThrottleRepository,
    TokenService,
    ActorCache,
    LoginThrottleService,
    AuthService,
    PasswordHasher,
    MeService,
    SessionsService,
    TotpRepository,
    TotpService,
    AccessLogRepository,
    AccessLogService,
    OidcService,
    ScopeService,
    DemoIdentitySeeder,
    { provide: APP_GUARD, useClass: AuthGuard },
  ],
  exports: [ScopeService, PersonRepository, OrganisationRepository, MeService, AccessLogService],
})
export class IdentityModule implements OnModuleInit {
  constructor(
    private readonly seeds: DemoSeedRegistry,
    private readonly seeder: DemoIdentitySeeder,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    if (this.config.seedDemo) this.seeds.register(this.seeder);
  }
}
