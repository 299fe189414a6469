export * from './lib/audit.module';
export * from './lib/audit.service';
export type { NewAuditEvent } from './lib/audit.repository';
export { verifyAuditChain } from './lib/verify-chain';
