import { OrganisationEntity } from './organisation.entity';
import { PersonEntity } from './person.entity';
import { AccountEntity } from './account.entity';
import { AccountRoleEntity } from './account-role.entity';
import { AuthSessionEntity } from './auth-session.entity';
import { RefreshTokenEntity } from './refresh-token.entity';
import { LoginThrottleEntity } from './login-throttle.entity';

export { OrganisationEntity, PersonEntity, AccountEntity, AccountRoleEntity, AuthSessionEntity, RefreshTokenEntity, LoginThrottleEntity };

export const IDENTITY_ENTITIES = [
  OrganisationEntity,
  PersonEntity,
  AccountEntity,
  AccountRoleEntity,
  AuthSessionEntity,
  RefreshTokenEntity,
  LoginThrottleEntity,
];
