import { PLATFORM_MIGRATIONS, type SchemaParts } from '@civics/api-platform';
import { AUDIT_ENTITIES, AUDIT_LATE_MIGRATIONS, AUDIT_MIGRATIONS } from '@civics/api-audit';
import { IDENTITY_ENTITIES, IDENTITY_MIGRATIONS } from '@civics/api-identity';
import { METHODOLOGY_ENTITIES, METHODOLOGY_MIGRATIONS } from '@civics/api-methodology';
import { ITEM_BANK_ENTITIES, ITEM_BANK_MIGRATIONS } from '@civics/api-item-bank';
import { ASSESSMENT_ENTITIES, ASSESSMENT_MIGRATIONS } from '@civics/api-assessment';
import { TRAINING_ENTITIES, TRAINING_MIGRATIONS } from '@civics/api-training';
import { MAIL_ENTITIES, MAIL_MIGRATIONS } from '@civics/api-mail';
import { CREDENTIALS_ENTITIES, CREDENTIALS_MIGRATIONS } from '@civics/api-credentials';
import { ATTESTATION_ENTITIES, ATTESTATION_MIGRATIONS } from '@civics/api-attestation';
import { ANALYTICS_MIGRATIONS } from '@civics/api-analytics';

/** Every feature's entities and migrations, in the order the migrations must run. */
export const SCHEMA: SchemaParts = {
  entities: [
    ...IDENTITY_ENTITIES,
    ...AUDIT_ENTITIES,
    ...METHODOLOGY_ENTITIES,
    ...ITEM_BANK_ENTITIES,
    ...ASSESSMENT_ENTITIES,
    ...TRAINING_ENTITIES,
    ...MAIL_ENTITIES,
    ...CREDENTIALS_ENTITIES,
    ...ATTESTATION_ENTITIES,
  ],
  migrations: [
    ...PLATFORM_MIGRATIONS,
    ...IDENTITY_MIGRATIONS,
    ...AUDIT_MIGRATIONS,
    ...METHODOLOGY_MIGRATIONS,
    ...ITEM_BANK_MIGRATIONS,
    ...ASSESSMENT_MIGRATIONS,
    ...TRAINING_MIGRATIONS,
    ...MAIL_MIGRATIONS,
    ...CREDENTIALS_MIGRATIONS,
    ...ATTESTATION_MIGRATIONS,
    ...ANALYTICS_MIGRATIONS,
    ...AUDIT_LATE_MIGRATIONS,
  ],
};
