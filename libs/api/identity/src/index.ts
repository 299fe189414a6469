export * from './lib/identity.module';
export * from './lib/identity.exception';
export * from './lib/scope/scope.service';
export * from './lib/persons/person.repository';
export * from './lib/organisations/organisation.repository';
export { toPerson } from './lib/persons/person.service';
export { DEMO_PROVIDER_ID } from './lib/seed/demo-identity.data';
export type { PersonEntity, OrganisationEntity } from './lib/entities';
export { AccessLogService } from './lib/privacy/access-log.service';
