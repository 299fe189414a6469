export * from './lib/privacy.module';
export { RetentionService, retentionCutoff, pseudonymOf } from './lib/retention.service';
export { RETENTION_QUEUE } from './lib/retention.job';
